import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import './index.scss'

export const WIZARD_URL = '/pages/wizard/index'

export default function Index() {
  const start = () => {
    void Taro.navigateTo({ url: WIZARD_URL })
  }

  return (
    <View className='index'>
      <Text className='index__title' id='title'>小程序资质向导</Text>
      <Text className='index__lead' id='lead'>
        回答几个问题，告诉你的小程序需要备案、ICP 许可证还是 EDI 许可证，以及依据。
      </Text>
      <Text className='index__privacy' id='privacy'>不登录、不联网，答案只保存在本机。</Text>
      <Button
        id='start'
        className='index__start'
        type='primary'
        ariaLabel='开始回答问题'
        onClick={start}
      >
        开始
      </Button>
    </View>
  )
}
