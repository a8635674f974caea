import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BASIS_LABELS, REQUIREMENT_DETAILS, REQUIREMENT_LABELS, STATUS_LABELS } from '../domain/labels'
import type { Requirement } from '../domain/types'
import SourceDetail from './SourceDetail'
import './RequirementCard.scss'

/** A requirement: its status in words and colour, law vs platform, its reasons; tap a reason for its sources. */
export default function RequirementCard({ req }: { req: Requirement }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View id={`req-${req.id}`} className={`card status-${req.status}`}>
      <View className='card__head'>
        <Text className='card__name'>{REQUIREMENT_LABELS[req.id]}</Text>
        <Text className={`card__status card__status--${req.status}`}>{STATUS_LABELS[req.status]}</Text>
      </View>
      {REQUIREMENT_DETAILS[req.id] !== undefined && <Text className='card__detail'>{REQUIREMENT_DETAILS[req.id]}</Text>}
      <Text className='card__basis'>依据：{req.basis.map((b) => BASIS_LABELS[b]).join(' + ')}</Text>
      {req.reasons.map((r) => (
        <View key={r.rule}>
          <View
            className='card__reason'
            id={`reason-${r.rule.replace(/\./g, '-')}`}
            ariaRole='button'
            ariaLabel={`${r.text} 点按查看依据`}
            onClick={() => setOpen(open === r.rule ? null : r.rule)}
          >
            {r.text}
            <Text className='card__cite'> [{r.sources.join(' · ')}]</Text>
          </View>
          {open === r.rule && <SourceDetail rule={r.rule} sources={r.sources} />}
        </View>
      ))}
      {req.question !== undefined && <Text className='card__question'>取决于：{req.question}</Text>}
    </View>
  )
}
