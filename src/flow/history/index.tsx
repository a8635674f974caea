import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import StoreNotice from '../../components/StoreNotice'
import { RULESET_VERSION } from '../../domain/version'
import { RESULT_URL } from '../../routes'
import { useWizard } from '../../store'
import '../../components/Sections.scss'
import './index.scss'

/** Saved assessments: date, headline, ruleset version; open (re-evaluated under the bundled rules) or delete. */
export default function History() {
  const history = useWizard((s) => s.history)
  const remove = useWizard.getState().removeFromHistory
  if (history.length === 0) {
    return (
      <View className='history'>
        <StoreNotice />
        <Text className='section__line' id='history-empty'>还没有保存的评估。完成一次评估后，结果会自动保存在本机。</Text>
      </View>
    )
  }
  return (
    <View className='history'>
      <StoreNotice />
      {history.map((e) => (
        <View key={e.id} className='section' id={`history-${e.id}`}>
          <Text className='section__line'>{e.headline}</Text>
          <Text className='section__line section__muted'>
            {e.savedAt.slice(0, 10)} · 规则 {e.rulesetVersion}
            {e.rulesetVersion !== RULESET_VERSION ? '（规则已更新，打开后重新评估）' : ''}
          </Text>
          <View className='history__actions'>
            <View className='link' ariaRole='button' onClick={() => void Taro.navigateTo({ url: `${RESULT_URL}?h=${e.id}` })}>
              打开
            </View>
            <View className='link history__delete' ariaRole='button' ariaLabel={`删除 ${e.headline}`} onClick={() => remove(e.id)}>
              删除
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
