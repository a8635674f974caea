import { Text, View } from '@tarojs/components'
import { describeAnswers, type AnswerId, type Answers } from '../domain/profile'
import { control, heading } from './a11y'
import ShowMore from './ShowMore'
import './AnswersUsed.scss'

interface Props {
  answers: Answers
  /** With it, each line has 修改 (id `edit-<answerId>`), e.g. back to the wizard step that asks it. */
  onEdit?: (id: AnswerId) => void
  /** A heading above the lines (e.g. 本结果依据的回答); none on the review screen, whose title says it. */
  title?: string
  /** Show this many lines, and as many more per 更多 tap (the result); absent: all (the review). */
  step?: number
}

/**
 * The answers an assessment used, one short-labelled line each (capital in 万元), from the
 * answers table — on the review screen and on the result.
 */
export default function AnswersUsed({ answers, onEdit, title, step }: Props) {
  const lines = describeAnswers(answers)
  return (
    <View className='answers-used' id='answers-used'>
      {title !== undefined && (
        <Text className='answers-used__title' {...heading(2)}>
          {title}
        </Text>
      )}
      <ShowMore
        items={lines}
        step={step ?? lines.length}
        id='answers-more'
        render={(line) => (
        <View key={line.id} className='answers-used__line' id={`answer-${line.id}`}>
          <View className='answers-used__text'>
            <Text className='answers-used__label'>{line.label}</Text>
            <Text className='answers-used__value'>{line.value}</Text>
          </View>
          {onEdit !== undefined && (
            <View
              className='answers-used__edit'
              id={`edit-${line.id}`}
              onClick={() => onEdit(line.id)}
              aria-label={`修改${line.label}`}
              {...control('button', () => onEdit(line.id))}
            >
              修改
            </View>
          )}
        </View>
        )}
      />
    </View>
  )
}
