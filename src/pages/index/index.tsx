import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { HISTORY_URL, SOURCES_URL, WIZARD_URL } from '../../routes'
import ActionButton from '../../components/ActionButton'
import StorageNotice from '../../components/StorageNotice'
import { control, heading } from '../../components/a11y'
import { issueFreshToken } from '../../store/fresh'
import { peekSaved } from '../../store/peek'

import './index.scss'

export { WIZARD_URL }

/**
 * The first screen. It imports neither the store nor the rules core (they load with the `flow`
 * subpackage), and reads on show what it needs of the saved state.
 */
export default function Index() {
  const [{ started, saved, problem, step }, setSaved] = useState(peekSaved)
  useDidShow(() => setSaved(peekSaved()))

  // A new token each time: the wizard starts over once for it, not again on a reload.
  const begin = () => void Taro.navigateTo({ url: `${WIZARD_URL}?fresh=${issueFreshToken()}` })
  // Unfinished answers are not dropped without asking (history is never touched).
  const start = () => {
    if (!started) return begin()
    void Taro.showModal({ title: '重新开始？', content: '未完成的回答会被清空，历史记录保留。', confirmText: '重新开始' }).then((r) => {
      if (r.confirm) begin()
    })
  }

  const openHistory = () => void Taro.navigateTo({ url: HISTORY_URL })
  const openSources = () => void Taro.navigateTo({ url: SOURCES_URL })

  return (
    <View className='index'>
      <Text className='index__title' id='title' {...heading(1)}>小程序资质向导</Text>
      <Text className='index__lead' id='lead'>
        回答几个问题，告诉你的小程序需要备案、ICP 许可证还是 EDI 许可证，以及依据。
      </Text>
      <Text className='index__privacy' id='privacy'>不登录、不联网，答案只保存在本机。</Text>
      <StorageNotice message={problem} />
      <ActionButton id='start' className='index__start index__start--primary' type='primary' ariaLabel='开始回答问题' onClick={start}>
        开始
      </ActionButton>
      {started && (
        <ActionButton id='continue' className='index__start' ariaLabel='继续上次未完成的评估' onClick={() => void Taro.navigateTo({ url: WIZARD_URL })}>
          {/* The wizard opens on the step left (the store keeps it): say which, so 继续 is not a guess. */}
          {step === undefined ? '继续上次的评估' : `继续上次的评估（停在第 ${step + 1} 步）`}
        </ActionButton>
      )}
      <View className='index__links'>
        <View className='index__link' id='open-history' onClick={openHistory} {...control('button', openHistory)}>
          历史记录{saved > 0 ? `（${saved}）` : ''}
        </View>
        <View className='index__link' id='open-sources' onClick={openSources} {...control('button', openSources)}>
          法规与来源
        </View>
      </View>
    </View>
  )
}
