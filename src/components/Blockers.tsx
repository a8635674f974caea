import { Text, View } from '@tarojs/components'
import { REQUIREMENT_LABELS } from '../domain/labels'
import type { Blockers as BlockersPlan, WayOut } from '../domain/plan'
import './Sections.scss'

const WAY_TITLE: Record<WayOut['kind'], string> = {
  company: '设立公司',
  capital: '增加注册资本',
  shareholding: '调整股权',
  listing: '移出失信名单',
  feature: '暂不上线这项功能',
}

/** Why a needed licence cannot be obtained as things stand, and the ways out: first on the page. */
export default function Blockers({ blockers }: { blockers: BlockersPlan }) {
  return (
    <View className='section blockers' id='result-blockers' ariaRole='alert'>
      <Text className='section__title blockers__title'>
        先解决：现在还不能取得 {blockers.requirements.map((id) => REQUIREMENT_LABELS[id]).join('、')}
      </Text>
      <Text className='section__line'>{`${blockers.problems.map((p) => p.text).join('\n')}\n可以这样做（任选其一）：`}</Text>
      {blockers.ways.map((w, i) => (
        <Text key={`${w.kind}-${i}`} className='section__line blockers__way' id={`way-${w.kind}-${i}`}>
          {i + 1}. {WAY_TITLE[w.kind]}：{w.text}
          {w.time !== undefined ? `（时间：${w.time}）` : ''}
        </Text>
      ))}
    </View>
  )
}
