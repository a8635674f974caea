import { Text, View } from '@tarojs/components'

import './index.scss'

/** Placeholder: the wizard itself is built in its own issue. */
export default function Wizard() {
  return (
    <View className='wizard'>
      <Text className='wizard__title' id='title'>资质向导</Text>
      <Text className='wizard__step' id='step'>第 1 步</Text>
    </View>
  )
}
