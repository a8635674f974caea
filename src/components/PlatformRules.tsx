import { Text, View } from '@tarojs/components'
import { PLATFORM_LABELS, type PlatformRuleResult, sourcesText, STATUS_LABELS } from '../domain'
import './Status.scss'
import './AiBlock.scss'

/** Platform rules that are not permits (WeChat 虚拟支付): each says it is a platform rule that may change. */
export default function PlatformRules({ rules }: { rules: readonly PlatformRuleResult[] }) {
  if (rules.length === 0) return null
  return (
    // The title is the section's own text (.section--head): no node of its own (result-nodes budget).
    <View className='section section--head ai-block' id='platform-rules'>
      平台支付规则
      {rules.map((r) => (
        <View key={r.rule} className={`ai-block__line status-${r.status}`} id={`platform-rule-${r.rule.replace(/\./g, '-')}`}>
          <View className='ai-block__head'>
            {`${PLATFORM_LABELS[r.platform] ?? r.platform}：${r.title}`}
            {r.status !== 'notRequired' && <Text className={`ai-block__status pill pill--${r.status}`}>{STATUS_LABELS[r.status]}</Text>}
          </View>
          <Text className='section__line'>{r.text}</Text>
          {r.question !== undefined && <Text className='section__line'>待确认：{r.question}</Text>}
          <Text className='section__line section__muted'>
            {r.note}。{sourcesText(r.sources)}
          </Text>
        </View>
      ))}
    </View>
  )
}
