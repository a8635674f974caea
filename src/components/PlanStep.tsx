import { Block, Text, View } from '@tarojs/components'
import { memo, useState, type ReactNode } from 'react'
import { progress, type PlanStep as Step } from '../domain'
import './RequirementCard.scss'
import { aria } from './a11y'
import ShowMore from './ShowMore'

interface Props {
  step: Step
  done: readonly string[]
  onToggle?: (itemId: string) => void
  /** A link of the card's, on the materials' row (用时与依据). */
  aside?: ReactNode
  /** Show the times (法定时限, 通常用时, 有效期) too: the card's 用时与依据 is open. */
  times?: boolean
}

interface ItemProps {
  id: string
  item: string
  text: string
  ticked: boolean
  onToggle?: (itemId: string) => void
}

/** One material to tick: re-renders only when its own tick changes (one small setData per tap). */
const CheckItem = memo(function CheckItem({ id, item, text, ticked, onToggle }: ItemProps) {
  return (
    <View id={id} className={`check${ticked ? ' check--done' : ''}`} {...aria('checkbox', `${ticked ? '已备好' : '未备好'}：${text}`)} onClick={() => onToggle?.(item)}>
      {text}
    </View>
  )
})

/** What to do for one permit: the action, the office, where, how long, how long it lasts, and its materials as a checklist. */
/** Materials shown per tap (ShowMore): one small setData each. */
const MATERIALS_STEP = 5

export default function PlanStep({ step, done, onToggle, aside, times = true }: Props) {
  const [open, setOpen] = useState(false)
  const p = progress([step], done)
  const facts = [
    step.authority !== undefined && !step.action.includes(step.authority) ? `受理：${step.authority}` : null,
    step.where !== undefined && !step.action.includes(step.where) ? `办理：${step.where}` : null,
    times && step.statutory !== undefined ? `法定时限：${step.statutory}` : null,
    times && step.typical !== undefined ? `通常用时：${step.typical}` : null,
    times && step.validity !== undefined ? `有效期：${step.validity}` : null,
  ].filter((x): x is string => x !== null)
  return (
    <View className='step' id={`step-${step.id}`}>
      {/* The action is the step's own text (styled by .step): one node less per step (result-nodes budget). */}
      {step.action}
      {facts.length > 0 && <Text className='step__facts'>{facts.join('\n')}</Text>}
      {/* One row of links: the materials, and what the card adds (为什么): one tap target each, one line. */}
      <View className='step__links'>
        {step.items.length > 0 && (
          <View className='link link--small' id={`materials-${step.id}`} {...aria('button')} onClick={() => setOpen(!open)}>
            {open ? `收起材料 ${p.done}/${p.total}` : `材料清单 ${p.done}/${p.total} ›`}
          </View>
        )}
        {aside}
      </View>
      <Block>
        {open && (
          <ShowMore
            items={step.items}
            step={MATERIALS_STEP}
            id={`materials-more-${step.id}`}
            render={(i) => <CheckItem key={i.id} id={`item-${step.id}-${i.id}`} item={i.id} text={i.text} ticked={done.includes(i.id)} onToggle={onToggle} />}
          />
        )}
      </Block>
    </View>
  )
}
