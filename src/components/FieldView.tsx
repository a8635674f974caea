import { Input, Picker, Text, View } from '@tarojs/components'
import { PROVINCES } from '../domain/provinces'
import { parseNumberInput, type Answers, type Field, type NumberFieldId } from '../domain/questions'
import type { OperatorType } from '../domain/types'
import { useWizard } from '../store'
import Choice from './Choice'
import './FieldView.scss'

const PROVINCE_NAMES = PROVINCES.map(([, name]) => name)

/** Typed text of the number fields, with their message, kept until the text is valid. */
export type Drafts = Partial<Record<NumberFieldId, { text: string; error: string | null }>>

interface Props {
  field: Field
  answers: Answers
  drafts: Drafts
  onDraft: (field: NumberFieldId, text: string, error: string | null) => void
}

/** One question, rendered from the question model; answers go straight to the store. */
export default function FieldView({ field, answers, drafts, onDraft }: Props) {
  const { toggle, chooseOperator, setFlag, setNumber, setProvince } = useWizard.getState()

  const title = (
    <Text className='field__label' id={`label-${field.id}`}>
      {field.label}
    </Text>
  )
  const help = field.help !== undefined ? <Text className='field__help'>{field.help}</Text> : null

  switch (field.kind) {
    case 'multi':
    case 'single': {
      // Several may be chosen (checkbox) or one of a group (radio, the operator type).
      const isChosen = (value: string) =>
        field.kind === 'single' ? answers.operatorType === value : ((answers[field.id] ?? []) as string[]).includes(value)
      const choose = (value: string) =>
        field.kind === 'single' ? chooseOperator(value as OperatorType) : toggle(field.id, value as never)
      return (
        <View className='field'>
          {title}
          {help}
          {field.options.map((o) => (
            <Choice
              key={o.value}
              id={`opt-${field.id}-${o.value}`}
              role={field.kind === 'single' ? 'radio' : 'checkbox'}
              label={o.label}
              description={o.description}
              selected={isChosen(o.value)}
              onTap={() => choose(o.value)}
            />
          ))}
        </View>
      )
    }
    case 'boolean': {
      const value = answers[field.id] === true
      return (
        <View className='field'>
          {title}
          {help}
          <View className='field__pair'>
            <Choice id={`opt-${field.id}-yes`} role='radio' label='是' selected={value} onTap={() => setFlag(field.id, true)} />
            <Choice id={`opt-${field.id}-no`} role='radio' label='否' selected={!value} onTap={() => setFlag(field.id, false)} />
          </View>
        </View>
      )
    }
    case 'number': {
      const draft = drafts[field.id]
      const saved = answers[field.id]
      const text = draft?.text ?? (saved === undefined ? '' : String(saved))
      const error = draft?.error ?? null
      return (
        <View className='field'>
          {title}
          {help}
          <Input
            id={`input-${field.id}`}
            className={`field__input${error !== null ? ' field__input--error' : ''}`}
            type={field.id === 'registeredCapital' ? 'number' : 'digit'}
            value={text}
            placeholder={field.placeholder}
            ariaLabel={field.label}
            onInput={(e) => {
              const typed = String(e.detail.value)
              const parsed = parseNumberInput(field.id, typed)
              if (parsed.ok) setNumber(field.id, parsed.value)
              onDraft(field.id, typed, parsed.ok ? null : parsed.message)
            }}
          />
          {error !== null && (
            <View className='field__error' id={`error-${field.id}`} ariaRole='alert'>
              {error}
            </View>
          )}
        </View>
      )
    }
    case 'province': {
      const index = PROVINCES.findIndex(([code]) => code === answers.province)
      return (
        <View className='field'>
          {title}
          <Picker
            mode='selector'
            range={PROVINCE_NAMES}
            value={index < 0 ? 0 : index}
            onChange={(e) => {
              setProvince(PROVINCES[Number(e.detail.value)][0])
            }}
          >
            <View id='input-province' className='field__picker' ariaRole='button' ariaLabel={`${field.label}：${index < 0 ? '未选择' : PROVINCE_NAMES[index]}`}>
              {index < 0 ? '请选择省份（可不填）' : PROVINCE_NAMES[index]}
            </View>
          </Picker>
        </View>
      )
    }
  }
}
