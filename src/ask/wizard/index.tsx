import { Block, Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { useEffect, useState, type ReactNode } from 'react'
import ActionButton from '../../components/ActionButton'
import AnswersUsed from '../../components/AnswersUsed'
import FieldView, { type Drafts } from '../../components/FieldView'
import StoreNotice from '../../components/StoreNotice'
import { alert, heading } from '../../components/a11y'
import { isAnswered, missingAnswers, placeFollowUps, stepOf, STEPS, visibleFields, type AnswerId, type ShownField } from '../../domain/profile'
import { RESULT_URL } from '../../routes'
import { REVIEW_STEP, useWizard } from '../../store'
import { wasIssued } from '../../store/fresh'
import { dropGuard, guardDepth, syncGuard } from './history'
import './index.scss'

const TOTAL = STEPS.length + 1

/** A list can raise a follow-up on its step when questions come after it: its options get slots. */
const canRaise = (count: number, index: number, kind: string): boolean => (kind === 'multi' || kind === 'single') && index < count - 1

/** Every step opens at its top (a quick tapper must not land in the middle of the next group). */
function toTop(): void {
  if (typeof Taro.pageScrollTo === 'function') void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
}

export default function Wizard() {
  const answers = useWizard((s) => s.answers)
  const step = useWizard((s) => s.step)
  const { next, back, goTo } = useWizard.getState()
  const [drafts, setDrafts] = useState<Drafts>({})
  const [tried, setTried] = useState(false)
  // `start` on the home page opens a fresh assessment (the history stays). A token home did not
  // issue (a link, a bookmark) clears unfinished answers only if the user agrees.
  useLoad((params) => {
    const token = params.fresh
    if (token === undefined) return
    const s = useWizard.getState()
    if (wasIssued(token)) return s.startFresh(token)
    if (s.freshToken === token || (Object.keys(s.answers).length === 0 && s.step === 0)) return
    void Taro.showModal({ title: '清空未完成的回答？', content: '这个链接要从头开始评估。未完成的回答会被清空，历史记录保留。', confirmText: '清空', cancelText: '保留' }).then((r) => {
      if (r.confirm) useWizard.getState().startFresh(token)
    })
  })
  useEffect(() => {
    toTop()
    syncGuard()
  }, [step])

  const onDraft = (id: string, draft: Drafts[string]) => setDrafts((d) => ({ ...d, [id]: draft }))

  const review = step >= REVIEW_STEP
  const current = review ? null : STEPS[step]
  const shown = current === null ? [] : visibleFields(current, answers)
  const shownById = new Map(shown.map((s) => [s.field.id, s]))
  const placed = current === null ? {} : placeFollowUps(current, answers, shown)
  /** The follow-ups shown under each option of `list`, in the step's order. */
  const belowOf = (list: AnswerId, render: (s: ShownField) => ReactNode): Partial<Record<string, ReactNode[]>> => {
    const out: Partial<Record<string, ReactNode[]>> = {}
    for (const s of shown) {
      const at = placed[s.field.id]
      if (at?.under === list) (out[at.option] ??= []).push(render(s))
    }
    return out
  }
  const invalid = shown.flatMap(({ field }) => {
    const error = field.kind === 'number' ? drafts[field.id]?.error : null
    return error !== null && error !== undefined ? [`请改正「${field.short}」`] : []
  })
  const missing = current === null ? [] : [...missingAnswers(current, answers, shown), ...invalid]
  const unanswered = new Set(
    shown.filter(({ field }) => field.mustAnswer && !isAnswered(field, answers)).map(({ field }) => field.id),
  )

  const onNext = () => {
    if (missing.length > 0) {
      setTried(true)
      return
    }
    setTried(false)
    if (review) void Taro.navigateTo({ url: RESULT_URL })
    else next()
  }
  const onBack = () => {
    setTried(false)
    if (step > 0) {
      back()
      return
    }
    if (guardDepth() > 0 && typeof window !== 'undefined') {
      dropGuard()
      window.history.go(-2)
      return
    }
    void Taro.navigateBack()
  }

  return (
    <View className='wizard'>
      <View className='wizard__progress'>
        <Text className='wizard__count' id='wizard-progress'>
          第 {step + 1} / {TOTAL} 步
        </Text>
        <View className='wizard__bar' aria-hidden='true'>
          <View className='wizard__fill' style={{ width: `${((step + 1) / TOTAL) * 100}%` }} />
        </View>
      </View>

      <StoreNotice />

      {current !== null ? (
        <View className='wizard__step' id={`step-${current.id}`}>
          <Text className='wizard__title' {...heading(1)}>
            {current.title}
          </Text>
          {current.intro !== undefined && <Text className='wizard__intro'>{current.intro}</Text>}
          {/* One slot per question of the step, shown or not: a revealed follow-up is inserted into
              its own empty slot, so the tap sends that question alone. Inserted between shown
              questions, Taro's runtime would re-send the whole step (11 KB for 招聘 on the sectors step).
              A follow-up raised by an option of this step goes under that option (placeFollowUps),
              into the option's own slot, for the same reason. */}
          {current.fields.map(({ id }, i) => {
            const s = shownById.get(id)
            const field = (q: ShownField, nested: boolean): ReactNode => (
              <FieldView
                key={q.field.id}
                shown={q}
                answers={answers}
                drafts={drafts}
                onDraft={onDraft}
                missing={tried && unanswered.has(q.field.id)}
                nested={nested}
                below={nested || !canRaise(current.fields.length, i, q.field.kind) ? undefined : belowOf(q.field.id, (f) => field(f, true))}
              />
            )
            return <Block key={`${current.id}-${id}`}>{s !== undefined && placed[id] === undefined && field(s, false)}</Block>
          })}
        </View>
      ) : (
        <View className='wizard__step' id='step-review'>
          <Text className='wizard__title' {...heading(1)}>
            确认你的回答
          </Text>
          <Text className='wizard__intro'>结果按这些回答得出；点「修改」回到那一步。</Text>
          <AnswersUsed answers={answers} onEdit={(id) => goTo(stepOf(id))} />
        </View>
      )}

      {tried && missing.length > 0 && (
        <View className='wizard__missing' id='wizard-missing' {...alert()}>
          还不能继续：{missing.join('；')}
        </View>
      )}
      <View className='wizard__nav'>
        <ActionButton id='wizard-back' className='wizard__back' onClick={onBack}>
          上一步
        </ActionButton>
        <ActionButton
          id='wizard-next'
          className='wizard__next'
          type='primary'
          aria-describedby={tried && missing.length > 0 ? 'wizard-missing' : undefined}
          onClick={onNext}
        >
          {review ? '查看结果' : '下一步'}
        </ActionButton>
      </View>
    </View>
  )
}

