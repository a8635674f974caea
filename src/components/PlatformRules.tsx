import { Block, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PLATFORM_LABELS, type PlatformRuleResult, sourcesText, STATUS_LABELS } from '../domain'
import { aria } from './a11y'
import './Status.scss'
import './AiBlock.scss'

/**
 * Platform rules that are not permits (WeChat 虚拟支付): the rule in one line with its status, what
 * is open, and the rule's text one tap away (the plan stays short, issue 25); each says it is a
 * platform rule that may change.
 */
export default function PlatformRules({ rules }: { rules: readonly PlatformRuleResult[] }) {
  const [open, setOpen] = useState<string | null>(null)
  if (rules.length === 0) return null
  return (
    // The title is the section's own text (.section--head): no node of its own (result-nodes budget).
    <View className='section section--head ai-block' id='platform-rules'>
      平台支付规则
      {rules.map((r) => {
        const id = r.rule.replace(/\./g, '-')
        const shown = open === r.rule
        return (
          <View key={r.rule} className={`ai-block__line status-${r.status}`} id={`platform-rule-${id}`}>
            <View className='ai-block__head'>
              {`${PLATFORM_LABELS[r.platform] ?? r.platform}：${r.title}`}
              {r.status !== 'notRequired' && <Text className={`ai-block__status pill pill--${r.status}`}>{STATUS_LABELS[r.status]}</Text>}
            </View>
            {r.question !== undefined && <Text className='section__line'>待确认：{r.question}</Text>}
            <View className='link link--small' id={`platform-rule-open-${id}`} {...aria('button')} onClick={() => setOpen(shown ? null : r.rule)}>
              {shown ? '收起规则' : '查看规则和依据 ›'}
            </View>
            <Block>
              {shown && (
                <>
                  <Text className='section__line'>{r.text}</Text>
                  <Text className='section__line section__muted'>
                    {r.note}。{sourcesText(r.sources)}
                  </Text>
                </>
              )}
            </Block>
          </View>
        )
      })}
    </View>
  )
}
