import { Block, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { aria } from './a11y'
import { AUTHORITY_LABELS, type Eligibility, eligibleText, formatYuan, openFactsText, REQUIREMENT_LABELS, sourcesText } from '../domain'
import { StableSlots } from './Slots'
import './Sections.scss'

/** The verdict in words: what is still missing is named; a pilot-zone licence says it needs MIIT's approval. */
function verdictText(e: Eligibility): string {
  if (e.eligible === false) return '暂时不能申请'
  if (e.eligible === null) return `还差信息才能判断：${openFactsText(e.open)}`
  return eligibleText(e) === '符合' ? '可以申请' : '可以申请试点：须先取得工信部《电信业务经营试点批复》'
}

/**
 * Can the operator apply for the licences required: what blocks it, how to fix it, where to apply.
 * `shownAbove`: problem texts the blockers block at the top of the result already shows.
 */
export default function EligibilityBlock({ e, shownAbove = [] }: { e: Eligibility; shownAbove?: readonly string[] }) {
  const above = e.problems.some((p) => shownAbove.includes(p.text))
  // The notes (where to apply across provinces …) are background: one tap away, so the plan stays short.
  const [notes, setNotes] = useState(false)
  const key = e.eligible === true ? 'yes' : e.eligible === false ? 'no' : 'unknown'
  return (
    <View id='eligibility' className={`section eligibility eligible-${key}`}>
      <Text className='section__title'>{`申请资格：${e.licenses.map((id) => REQUIREMENT_LABELS[id]).join('、')}`}</Text>
      <Text className={`eligibility__verdict eligibility__verdict--${key}`}>{verdictText(e)}</Text>
      <Text className='section__line'>
        {`注册资本至少 ${formatYuan(e.capitalRequired)} · 受理：${AUTHORITY_LABELS[e.authority]}`}
      </Text>
      {/* Slotted: a problem or note an inline answer adds or removes is sent alone (./Slots). */}
      {/* A problem the blockers block already states at the top is not repeated here. */}
      <Block>{above && <Text className='section__line eligibility__problem'>✗ 原因见页首「先解决」。</Text>}</Block>
      <StableSlots
        items={e.problems.filter((p) => !shownAbove.includes(p.text))}
        keyOf={(p) => p.code}
        render={(p) => (
          <Text className='section__line eligibility__problem' id={`problem-${p.code}`}>
            {`✗ ${p.text}（${sourcesText(p.sources)}）`}
          </Text>
        )}
      />
      <Block>
        {e.notes.length > 0 && (
          <View className='link link--small' id='eligibility-notes' {...aria('button')} onClick={() => setNotes(!notes)}>
            {notes ? '收起说明' : `说明（${e.notes.length} 条）›`}
          </View>
        )}
      </Block>
      <StableSlots
        items={notes ? e.notes : []}
        keyOf={(n) => n}
        render={(n) => <Text className='section__line section__muted'>{n}</Text>}
      />
    </View>
  )
}
