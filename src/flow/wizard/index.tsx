import { Button, Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import FieldView, { type Drafts } from '../../components/FieldView'
import StoreNotice from '../../components/StoreNotice'
import { STEPS, describeAnswers, missingAnswers, visibleFields, type NumberFieldId } from '../../domain/questions'
import { RESULT_URL } from '../../routes'
import { REVIEW_STEP, useWizard } from '../../store'
import './index.scss'

const TOTAL = STEPS.length + 1

/** The step a field is asked on, for "修改" on the review screen. */
const stepOf = (field: string) => STEPS.findIndex((s) => s.fields.some((f) => f.id === field))

export default function Wizard() {
  const answers = useWizard((s) => s.answers)
  const step = useWizard((s) => s.step)
  const { next, back, goTo } = useWizard.getState()
  const [drafts, setDrafts] = useState<Drafts>({})
  const [tried, setTried] = useState(false)
  // `start` on the home page opens a fresh assessment (the history stays).
  useLoad((params) => {
    if (params.fresh !== undefined) useWizard.getState().startFresh(params.fresh)
  })

  const onDraft = (field: NumberFieldId, text: string, error: string | null) =>
    setDrafts((d) => ({ ...d, [field]: { text, error } }))

  const review = step >= REVIEW_STEP
  const current = review ? null : STEPS[step]
  const fields = current === null ? [] : visibleFields(current, answers)
  const invalid = fields.flatMap((f) => {
    const error = f.kind === 'number' ? drafts[f.id]?.error : null
    return error !== null && error !== undefined ? [error] : []
  })
  const missing = current === null ? [] : [...missingAnswers(current, answers), ...invalid]

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
    if (step === 0) void Taro.navigateBack()
    else back()
  }

  return (
    <View className='wizard'>
      <View className='wizard__progress' ariaRole='progressbar' ariaLabel={`第 ${step + 1} / ${TOTAL} 步`}>
        <Text className='wizard__count' id='wizard-progress'>
          第 {step + 1} / {TOTAL} 步
        </Text>
        <View className='wizard__bar'>
          <View className='wizard__fill' style={{ width: `${((step + 1) / TOTAL) * 100}%` }} />
        </View>
      </View>

      <StoreNotice />

      {current !== null ? (
        <View className='wizard__step' id={`step-${current.id}`}>
          <Text className='wizard__title'>{current.title}</Text>
          {current.intro !== undefined && <Text className='wizard__intro'>{current.intro}</Text>}
          {fields.map((f) => (
            <FieldView key={`${current.id}-${f.id}`} field={f} answers={answers} drafts={drafts} onDraft={onDraft} />
          ))}
        </View>
      ) : (
        <View className='wizard__step' id='step-review'>
          <Text className='wizard__title'>确认你的回答</Text>
          {describeAnswers(answers).map((line) => (
            <View key={line.field} className='review__line'>
              <View className='review__text'>
                <Text className='review__label'>{line.label}</Text>
                <Text className='review__value'>{line.value}</Text>
              </View>
              <View
                className='review__edit'
                id={`edit-${line.field}`}
                ariaRole='button'
                ariaLabel={`修改${line.label}`}
                onClick={() => goTo(stepOf(line.field))}
              >
                修改
              </View>
            </View>
          ))}
        </View>
      )}

      {tried && missing.length > 0 && (
        <View className='wizard__missing' id='wizard-missing' ariaRole='alert'>
          {missing.join('；')}
        </View>
      )}
      <View className='wizard__nav'>
        <Button id='wizard-back' className='wizard__back' ariaLabel='上一步' onClick={onBack}>
          上一步
        </Button>
        <Button
          id='wizard-next'
          className={`wizard__next${missing.length > 0 ? ' wizard__next--blocked' : ''}`}
          type='primary'
          ariaLabel={missing.length > 0 ? `还不能继续：${missing.join('；')}` : review ? '查看结果' : '下一步'}
          onClick={onNext}
        >
          {missing.length > 0 ? missing[0] : review ? '查看结果' : '下一步'}
        </Button>
      </View>
    </View>
  )
}
