import { Block, Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'
import { BASIS_LABELS, type PlanStep as Step, type Requirement, REQUIREMENT_DETAILS, REQUIREMENT_LABELS, statusLabel } from '../domain'
import PlanStep from './PlanStep'
import Reasons from './Reasons'
import './Status.scss'
import './RequirementCard.scss'
import { aria } from './a11y'

interface Props {
  req: Requirement
  /** For a required or likely requirement: what to do, with its checklist. */
  step?: Step
  done?: readonly string[]
  onToggle?: (itemId: string) => void
  /** Compact: the name, the status and the first reason only (the not-needed list). */
  compact?: boolean
  /** E.g. the inline question of an undecided requirement. */
  children?: ReactNode
  /**
   * Start folded: the name, the status and one line, opened by a tap. For a card an inline
   * answer has just moved here, so the answer sends a line, not the whole card (issue 13).
   */
  startFolded?: boolean
}

/**
 * A requirement: its status in words and colour, what to do (the plan step), why (its reasons,
 * each with its citations read as text; tap a reason for the source card).
 */
export default function RequirementCard({ req, step, done = [], onToggle, compact = false, children, startFolded = false }: Props) {
  const [folded, setFolded] = useState(startFolded)
  // A step of the plan says what to do and where; how long and why (its times, detail and reasons)
  // are one tap away, so the plan up to 通常不需要 reads in about three screens (issue 25). Other
  // cards show their first reason.
  const [why, setWhy] = useState(false)
  // The same element while `why` holds: PlanStep is memoised and re-renders only when it changes.
  const whyLink = useMemo(
    () => (
      <View className='link link--small card__why' id={`why-${req.id}`} {...aria('button')} onClick={() => setWhy(!why)}>
        {why ? '收起依据' : '用时与依据 ›'}
      </View>
    ),
    [why, req.id],
  )
  const statusText = statusLabel(req)
  if (folded) {
    // One line in the card's colour; a tap opens the card in full.
    return (
      <View id={`req-${req.id}`} className={`card status-${req.status} card--folded`}>
        <View className='card__unfold' id={`unfold-${req.id}`} {...aria('button')} onClick={() => setFolded(false)}>
          {`${REQUIREMENT_LABELS[req.id]} · ${statusText} · 刚更新，查看 ›`}
        </View>
        {/* Its inline question waits for the unfold too: the answer just given moved the card (one setData ≤ 2 KB). */}
      </View>
    )
  }
  return (
    <View id={`req-${req.id}`} className={`card status-${req.status}${compact ? ' card--compact' : ''}${req.held === true ? ' card--held' : ''}`}>
      {/* The name as the head's own text, not a Text of its own: one node less per card (result-nodes budget). */}
      <View className='card__head'>
        {REQUIREMENT_LABELS[req.id]}
        <Text className={`pill pill--${req.held === true ? 'held' : req.status}`}>{statusText}</Text>
      </View>
      {step !== undefined && (
        <PlanStep
          step={step}
          done={done}
          onToggle={onToggle}
          times={why}
          aside={whyLink}
        />
      )}
      {/* Detail and reasons in a slot of their own (an answer that changes them re-sends them only;
          opening them sends them alone): the first reason at once, the rest two per tap (ShowMore). */}
      <Block>
        {(step === undefined || why) && (
          <>
            {!compact && (
              <Text className='card__detail'>
                {`${REQUIREMENT_DETAILS[req.id] !== undefined ? `${REQUIREMENT_DETAILS[req.id]}\n` : ''}依据类型：${req.basis.map((b) => BASIS_LABELS[b]).join(' + ')}`}
              </Text>
            )}
            <Reasons reasons={compact ? req.reasons.slice(0, 1) : req.reasons} moreId={`more-${req.id}`} />
          </>
        )}
      </Block>
      {/* In a slot of its own: when the question is answered and goes, the card is not re-sent. */}
      {children !== undefined && <Block>{children}</Block>}
    </View>
  )
}
