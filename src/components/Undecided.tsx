import { Block, Text, View } from '@tarojs/components'
import type { AnswerValue, DecidingFact, OpenItem } from '../domain'
import { control } from './a11y'
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
    return item.question !== undefined ? <Text className='card__question'>取决于：{item.question}</Text> : null
  }
  return (
    <>
      {item.questions.map((q) => (
        // The question carries the ask's id; the chips follow it in the card (no wrapper node: result-nodes budget).
        <Block key={q.fact}>
          <Text className='card__question' id={`ask-${item.id}-${q.fact}`}>
            {q.question}
          </Text>
          {q.options.map((o) => (
            <View
              key={key(o.value)}
              id={`ans-${q.fact}-${key(o.value)}`}
              className={`chip${q.value === o.value ? ' chip--on' : ''}`}
              onClick={() => onAnswer?.(q.fact, o.value)}
              {...control('radio', () => onAnswer?.(q.fact, o.value), q.value === o.value)}
            >
              {o.label}
            </View>
          ))}
        </Block>
      ))}
    </>
  )
}
