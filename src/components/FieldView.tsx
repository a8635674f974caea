import { Block, Input, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { type Answers, fromYesNo, type Option, PROVINCE_REGIONS, type ShownField, yesNoValue } from '../domain/profile'
import { useWizard, type MultiId } from '../store'
import { alert, control, group } from './a11y'
import Choice from './Choice'
import './FieldView.scss'

/** Typed text of the number fields, with their message, kept until the text is valid. */
export type Drafts = Partial<Record<string, { text: string; error: string | null; ask?: { asYuan?: number; asWan: number } }>>

interface Props {
  shown: ShownField
  answers: Answers
  drafts: Drafts
  onDraft: (id: string, draft: { text: string; error: string | null; ask?: { asYuan?: number; asWan: number } }) => void
  /** Marked after 下一步 was tapped with this question unanswered. */
  missing?: boolean
  /** A follow-up shown under the option that raised it (indented, no group heading of its own). */
  nested?: boolean
  /**
   * The follow-ups under each option (a list that can raise some): every option then gets a slot of
   * its own, so a follow-up that appears is sent alone (Taro re-sends a list from an insertion).
   */
  below?: Partial<Record<string, ReactNode[]>>
}

/** One question, rendered from the answers table; answers go straight to the store. */
export default function FieldView({ shown, answers, drafts, onDraft, missing, nested, below }: Props) {
  const { field, label, options } = shown
  const { toggle, setAnswer } = useWizard.getState()
  const labelId = `label-${field.id}`
  const value = answers[field.id] as unknown

  const title = (
    <Text className='field__label' id={labelId}>
      {label}
    </Text>
  )
  const help = field.help !== undefined ? <Text className='field__help'>{field.help}</Text> : null
  const cls = `field${nested === true ? ' field--nested' : ''}${missing === true ? ' field--missing' : ''}`
  const missingNote = missing === true ? <Text className='field__missing'>请回答这一题</Text> : null

  switch (field.kind) {
    case 'multi':
    case 'single': {
      const multi = field.kind === 'multi'
      const list = Array.isArray(value) ? (value as string[]) : undefined
      // personalData: [] is 都没有 (its own option), absent is "not asked" (ChoiceRow.none).
      const none = multi ? field.none : undefined
      const isChosen = (v: string) => (multi ? (list ?? []).includes(v) : value === v)
      const choose = (v: string) => {
        if (!multi) return setAnswer(field.id, v as never)
        // Unticking the last real option leaves the question unanswered, never silently 都没有.
        if (none !== undefined && list !== undefined && list.length === 1 && list[0] === v) return setAnswer(field.id, undefined)
        toggle(field.id as MultiId, v as never)
      }
      const noneChosen = list !== undefined && list.length === 0
      const choice = (o: Option) => (
        <Choice
          key={o.value}
          id={`opt-${field.id}-${o.value}`}
          role={multi ? 'checkbox' : 'radio'}
          label={o.label}
          description={o.description}
          selected={isChosen(o.value)}
          onTap={() => choose(o.value)}
        />
      )
      const slotted = 'optionsFor' in field && field.optionsFor !== undefined
      const offered = new Set(options.map((o) => o.value))
      return (
        <View className={cls} id={`field-${field.id}`} {...group(multi ? 'group' : 'radiogroup', labelId)}>
          {title}
          {help}
          {missingNote}
          {slotted
            ? // Options that come and go with other answers (the approvals of the sectors chosen): one
              // slot per possible option, so an option that appears is sent alone (Taro re-sends a
              // list from the point of an insertion).
              field.options.map((o) => (
                <Block key={o.value}>{offered.has(o.value) && choice(o)}</Block>
              ))
            : below !== undefined
              ? options.map((o) => (
                  <Block key={o.value}>
                    {choice(o)}
                    {below[o.value]}
                  </Block>
                ))
              : options.map(choice)}
          {none !== undefined && (
            <Choice
              id={`opt-${field.id}-${none.value}`}
              role='checkbox'
              label={none.label}
              selected={noneChosen}
              onTap={() => setAnswer(field.id, (noneChosen ? undefined : []) as never)}
            />
          )}
        </View>
      )
    }
    case 'yesNo': {
      const current = yesNoValue(value)
      return (
        <View className={cls} id={`field-${field.id}`} {...group('radiogroup', labelId)}>
          {title}
          {help}
          {missingNote}
          <View className='field__pair'>
            {field.options.map((o) => (
              <Choice
                key={o.value}
                id={`opt-${field.id}-${o.value}`}
                role='radio'
                compact
                label={o.label}
                selected={current === o.value}
                onTap={() => setAnswer(field.id, fromYesNo(o.value) as never)}
              />
            ))}
          </View>
        </View>
      )
    }
    case 'number': {
      const draft = drafts[field.id]
      const saved = typeof value === 'number' ? value : undefined
      const text = draft?.text ?? (saved === undefined ? '' : field.toText(saved))
      const error = draft?.error ?? null
      const typedText = (typed: string) => {
        const parsed = field.parse(typed)
        if (parsed.ok) {
          setAnswer(field.id, ('yuan' in parsed ? parsed.yuan : parsed.value) as never)
          onDraft(field.id, { text: typed, error: null })
        } else {
          onDraft(field.id, { text: typed, error: parsed.message, ask: 'ask' in parsed ? parsed.ask : undefined })
        }
      }
      const ask = draft?.ask
      return (
        <View className={cls} id={`field-${field.id}`}>
          {title}
          {help}
          <View className='field__row'>
            <Input
              id={`input-${field.id}`}
              className={`field__input${error !== null ? ' field__input--error' : ''}`}
              type={field.id === 'foreignShare' ? 'digit' : 'text'}
              value={text}
              placeholder={field.placeholder}
              ariaLabel={`${field.label}`}
              onInput={(e) => typedText(String(e.detail.value))}
            />
            <Text className='field__unit'>{field.unit}</Text>
          </View>
          {error === null && saved !== undefined && field.echo !== undefined && (
            <Text className='field__echo' id={`echo-${field.id}`}>
              {field.echo(saved)}
            </Text>
          )}
          {error !== null && (
            <View className='field__error' id={`error-${field.id}`} {...alert()}>
              {error}
            </View>
          )}
          {error !== null && ask !== undefined && (
            <View className='field__pair'>
              {ask.asYuan !== undefined && (
                <View
                  className='field__fix'
                  id={`fix-${field.id}-yuan`}
                  onClick={() => typedText(`${ask.asYuan}元`)}
                  {...control('button', () => typedText(`${ask.asYuan}元`))}
                >
                  按元：{ask.asYuan}元
                </View>
              )}
              <View
                className='field__fix'
                id={`fix-${field.id}-wan`}
                onClick={() => typedText(`${text.trim()}万`)}
                {...control('button', () => typedText(`${text.trim()}万`))}
              >
                按万元：{text.trim()}万
              </View>
            </View>
          )}
        </View>
      )
    }
    case 'province':
      return (
        <ProvinceField
          id={field.id}
          label={label}
          labelId={labelId}
          help={help}
          options={options}
          value={typeof value === 'string' ? value : undefined}
          onChoose={(code) => setAnswer(field.id, code as never)}
        />
      )
  }
}

interface ProvinceProps {
  id: string
  label: string
  labelId: string
  help: ReactNode
  options: readonly Option[]
  value: string | undefined
  onChoose: (code: string | undefined) => void
}

/** 31 provinces as a grouped list with a filter: one tap, no wheel. */
function ProvinceField({ id, label, labelId, help, options, value, onChoose }: ProvinceProps) {
  const [query, setQuery] = useState('')
  const q = query.trim()
  const shown = options.filter((o) => q === '' || o.label.includes(q) || o.value === value)
  const regions = PROVINCE_REGIONS.map((r) => ({ ...r, options: shown.filter((o) => r.codes.includes(o.value)) })).filter(
    (r) => r.options.length > 0,
  )
  const chosen = options.find((o) => o.value === value)
  return (
    <View className='field' id={`field-${id}`} {...group('radiogroup', labelId)}>
      <Text className='field__label' id={labelId}>
        {label}：{chosen?.label ?? '未选择'}
      </Text>
      {help}
      <Input
        id={`search-${id}`}
        className='field__input field__search'
        type='text'
        value={query}
        placeholder='输入省份名筛选，如 广东'
        ariaLabel={`筛选${label}`}
        onInput={(e) => setQuery(String(e.detail.value))}
      />
      {regions.map((r) => (
        <View key={r.name} className='field__region'>
          <Text className='field__region-name'>{r.name}</Text>
          <View className='field__grid'>
            {r.options.map((o) => (
              <Choice
                key={o.value}
                id={`opt-${id}-${o.value}`}
                role='radio'
                compact
                label={o.label}
                selected={o.value === value}
                onTap={() => onChoose(o.value === value ? undefined : o.value)}
              />
            ))}
          </View>
        </View>
      ))}
      {regions.length === 0 && <Text className='field__help'>没有找到「{q}」，请换个写法。</Text>}
    </View>
  )
}
