import { Text, View } from '@tarojs/components'
import { AUTHORITY_LABELS, REQUIREMENT_LABELS, formatYuan } from '../domain/labels'
import { sourcesText } from '../domain/plan'
import type { Eligibility } from '../domain/types'
import './Sections.scss'

const VERDICT = {
  yes: '可以申请',
  no: '暂时不能申请',
  unknown: '还差一个信息才能判断',
} as const

/** Can the operator apply for the licences required: what blocks it, how to fix it, where to apply. */
export default function EligibilityBlock({ e }: { e: Eligibility }) {
  const key = e.eligible === true ? 'yes' : e.eligible === false ? 'no' : 'unknown'
  return (
    <View id='eligibility' className={`section eligibility eligible-${key}`}>
      <Text className='section__title'>申请资格：{e.licenses.map((id) => REQUIREMENT_LABELS[id]).join('、')}</Text>
      <Text className={`eligibility__verdict eligibility__verdict--${key}`}>{VERDICT[key]}</Text>
      <Text className='section__line'>
        注册资本至少 {formatYuan(e.capitalRequired)} · 受理：{e.authority === 'consult' ? '待确认：先咨询属地通信管理局' : AUTHORITY_LABELS[e.authority]}
      </Text>
      {e.problems.map((p) => (
        <Text key={p.code} className='section__line eligibility__problem' id={`problem-${p.code}`}>
          ✗ {p.text}（{sourcesText(p.sources)}）
        </Text>
      ))}
      {e.notes.map((n) => (
        <Text key={n} className='section__line section__muted'>
          {n}
        </Text>
      ))}
    </View>
  )
}
