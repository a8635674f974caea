import { Button, Text, View } from '@tarojs/components'

import { useCounter } from '../../store'

export default function Index() {
  const count = useCounter((s) => s.count)
  const increment = useCounter((s) => s.increment)
  return (
    <View className='index'>
      <Text id='title'>Hello world</Text>
      <Button id='start' onClick={increment}>{`tapped ${count}`}</Button>
    </View>
  )
}
