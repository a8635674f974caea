import { Text, View } from '@tarojs/components'
import { PLATFORM_LABELS, type PlatformGate, sourcesText } from '../domain'
import './Sections.scss'

const qualificationText = (q: string[][]) =>
  q.length === 0 ? '无需额外资质' : q.length === 1 ? q[0].join(' + ') : `任选其一：${q.map((x) => x.join(' + ')).join('；或 ')}`

/** What each chosen platform's category review demands: kept apart from the law. */
export default function Gates({ gates }: { gates: readonly PlatformGate[] }) {
  return (
    <View className='section' id='gates'>
      <Text className='section__title'>平台审核要求（类目资质）</Text>
      {gates.map((g) => (
        <Text key={g.rule} className='section__line' id={`gate-${g.rule.replace(/\./g, '-')}`}>
          {PLATFORM_LABELS[g.platform]}「{g.category}」：{qualificationText(g.qualifications)}
          {g.note !== undefined ? `。${g.note}` : ''}（{sourcesText(g.sources)}）
        </Text>
      ))}
    </View>
  )
}
