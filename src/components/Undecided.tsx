import { View } from '@tarojs/components'
import type { AnswerValue, DecidingFact, OpenItem } from '../domain/plan'
import './Sections.scss'

const key = (v: AnswerValue) => (v === true ? 'yes' : v === false ? 'no' : v)

interface Props {
  item: OpenItem
  /** Absent: the answers cannot be changed here (they are not the merchant's own). */
  onAnswer?: (fact: DecidingFact, value: AnswerValue) => void
}

/** The question that decides an undecided verdict, answered in place: 是 / 否 / 不确定. */
export default function Undecided({ item, onAnswer }: Props) {
  if (item.questions.length === 0) {
    return item.question !== undefined ? <View className='card__question'>取决于：{item.question}</View> : null
  }
  return (
    <View className='ask'>
      {item.questions.map((q) => (
        <View key={q.fact} className='ask__q' id={`ask-${item.id}-${q.fact}`}>
          <View className='card__question'>{q.question}</View>
          <View className='ask__opts'>
            {q.options.map((o) => (
              <View
                key={key(o.value)}
                id={`ans-${q.fact}-${key(o.value)}`}
                className={`chip${q.value === o.value ? ' chip--on' : ''}`}
                ariaRole='radio'
                ariaLabel={`${o.label}${q.value === o.value ? '（已选）' : ''}`}
                onClick={() => onAnswer?.(q.fact, o.value)}
              >
                {o.label}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
