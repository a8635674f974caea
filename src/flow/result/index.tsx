import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import EligibilityBlock from '../../components/Eligibility'
import Gates from '../../components/Gates'
import RequirementCard from '../../components/RequirementCard'
import StoreNotice from '../../components/StoreNotice'
import WhatIf from '../../components/WhatIf'
import { evaluate } from '../../domain/evaluate'
import { REQUIREMENT_LABELS, STATUS_LABELS } from '../../domain/labels'
import { PRE_APPROVALS } from '../../domain/rules'
import { decodeShare, encodeShare, toQueryString } from '../../domain/share'
import { DISCLAIMER, headline, summaryText } from '../../domain/summary'
import type { Assessment, Profile, RequirementId } from '../../domain/types'
import { RULESET_DATE, RULESET_VERSION } from '../../domain/version'
import { HISTORY_URL, HOME_URL, RESULT_URL, SOURCES_URL, WIZARD_URL } from '../../routes'
import { REVIEW_STEP, useDerivedResult, useWizard } from '../../store'
import '../../components/Sections.scss'
import './index.scss'


type View_ =
  | { kind: 'own' | 'shared'; profile: Profile; assessment: Assessment }
  | { kind: 'history'; profile: Profile; assessment: Assessment; savedWith: string; changes: string[] }
  | { kind: 'error'; message: string }

/** The result of the own answers, of a share link (`?sv=…`) or of a history entry (`?h=id`). */
function useResultView(params: Record<string, string | undefined>): View_ {
  const own = useDerivedResult()
  const history = useWizard((s) => s.history)
  return useMemo((): View_ => {
    if (params.sv !== undefined) {
      const shared = decodeShare(params)
      if (!shared.ok) return { kind: 'error', message: shared.message }
      return { kind: 'shared', profile: shared.profile, assessment: evaluate(shared.profile) }
    }
    if (params.h !== undefined) {
      const entry = history.find((e) => e.id === params.h)
      if (entry === undefined) return { kind: 'error', message: '这条历史记录已被删除。' }
      const assessment = evaluate(entry.profile)
      const changes: string[] = []
      if (entry.rulesetVersion !== assessment.rulesetVersion) {
        const ids = new Set<RequirementId>([...(Object.keys(entry.statuses) as RequirementId[]), ...assessment.requirements.map((r) => r.id)])
        for (const id of ids) {
          const before = entry.statuses[id]
          const after = assessment.requirements.find((r) => r.id === id)?.status
          if (before !== after) {
            changes.push(`${REQUIREMENT_LABELS[id]}：${before ? STATUS_LABELS[before] : '不涉及'} → ${after ? STATUS_LABELS[after] : '不涉及'}`)
          }
        }
      }
      return { kind: 'history', profile: entry.profile, assessment, savedWith: entry.rulesetVersion, changes }
    }
    if (own === null) return { kind: 'error', message: '还没有完成回答：请先回答平台和主体类型。' }
    return { kind: 'own', profile: own.profile, assessment: own.assessment }
  }, [params, own, history])
}

export default function Result() {
  const { params } = useRouter()
  const view = useResultView(params)
  const { saveToHistory, loadProfile, startOver, goTo } = useWizard.getState()
  const [showMaterials, setShowMaterials] = useState(false)

  useEffect(() => {
    if (view.kind === 'own') saveToHistory(view.profile, view.assessment)
  }, [view, saveToHistory])

  useShareAppMessage(() => {
    if (view.kind === 'error') return { title: '小程序资质向导', path: HOME_URL }
    return {
      title: `我的小程序${headline(view.assessment)}`,
      path: `${RESULT_URL}?${toQueryString(encodeShare(view.profile, RULESET_VERSION))}`,
    }
  })

  if (view.kind === 'error') {
    return (
      <View className='result'>
        <StoreNotice />
        <View className='result__error' id='result-error' ariaRole='alert'>
          {view.message}
        </View>
        <Button id='result-restart' type='primary' onClick={() => void Taro.redirectTo({ url: WIZARD_URL })}>
          开始评估
        </Button>
      </View>
    )
  }

  const { profile, assessment: a } = view
  const copy = () => void Taro.setClipboardData({ data: summaryText(a) })
  const edit = () => {
    if (view.kind !== 'own') loadProfile(profile)
    else goTo(REVIEW_STEP)
    void Taro.redirectTo({ url: WIZARD_URL })
  }
  const restart = () => {
    startOver()
    void Taro.redirectTo({ url: WIZARD_URL })
  }
  const shareLink = () => {
    const query = toQueryString(encodeShare(profile, RULESET_VERSION))
    const base = typeof window !== 'undefined' && window.location !== undefined ? `${window.location.origin}${window.location.pathname}#` : ''
    void Taro.setClipboardData({ data: `${base}${RESULT_URL}?${query}` })
  }

  return (
    <View className='result'>
      <StoreNotice />
      <Text className='result__headline' id='result-headline'>
        {headline(a)}
      </Text>
      {view.kind === 'shared' && <Text className='notice'>这是别人分享给你的评估结果，你自己的回答没有改变。</Text>}
      {view.kind === 'history' && (
        <Text className='notice' id='result-history'>
          {view.savedWith === a.rulesetVersion
            ? `历史记录（规则版本 ${view.savedWith}）`
            : `这条记录用规则 ${view.savedWith} 生成，已按当前规则 ${a.rulesetVersion} 重新评估。${view.changes.length > 0 ? `变化：${view.changes.join('；')}` : '结论没有变化。'}`}
        </Text>
      )}

      {a.requirements.map((r) => (
        <RequirementCard key={r.id} req={r} />
      ))}

      {a.preApprovals.length > 0 && (
        <View className='section' id='pre-approvals'>
          <Text className='section__title'>前置审批（备案前先取得）</Text>
          <Text className='section__line'>{[...new Set(a.preApprovals.map((s) => PRE_APPROVALS[s]))].join('、')} [S1 · S5 · S18]</Text>
        </View>
      )}
      {a.platformGates.length > 0 && <Gates gates={a.platformGates} />}
      {a.eligibility !== null && <EligibilityBlock e={a.eligibility} />}
      <WhatIf profile={profile} assessment={a} onApply={view.kind === 'own' ? loadProfile : undefined} />

      <View className='section' id='next-steps'>
        <Text className='section__title'>下一步</Text>
        {a.nextSteps.map((s, i) => (
          <Text key={s} className='section__line'>
            {i + 1}. {s}
          </Text>
        ))}
        <View className='link' id='toggle-materials' ariaRole='button' onClick={() => setShowMaterials(!showMaterials)}>
          {showMaterials ? '收起材料清单' : '展开材料清单'}
        </View>
        {showMaterials &&
          a.materials.map((m) => (
            <Text key={m.title} className='section__line'>
              {m.title}：{m.anyOf.map((x) => x.join('、')).join('；或 ')}
            </Text>
          ))}
      </View>

      <View className='result__actions'>
        {view.kind === 'shared' ? (
          <Button id='result-adopt' type='primary' onClick={edit}>
            用这些回答开始我的评估
          </Button>
        ) : (
          <Button id='result-edit' type='primary' onClick={edit}>
            修改回答
          </Button>
        )}
        <Button id='result-copy' onClick={copy}>
          复制结果文字
        </Button>
        {process.env.TARO_ENV === 'h5' ? (
          <Button id='result-share' onClick={shareLink}>
            复制分享链接
          </Button>
        ) : (
          <Button id='result-share' openType='share'>
            分享给同事
          </Button>
        )}
        <Button id='result-restart' onClick={restart}>
          重新开始
        </Button>
        <View className='result__links'>
          <View className='link' id='open-history' ariaRole='button' onClick={() => void Taro.navigateTo({ url: HISTORY_URL })}>
            历史记录
          </View>
          <View className='link' id='open-sources' ariaRole='button' onClick={() => void Taro.navigateTo({ url: SOURCES_URL })}>
            法规与来源
          </View>
        </View>
      </View>

      <Text className='result__footer' id='result-ruleset'>
        规则版本 {a.rulesetVersion}（{RULESET_DATE} 核对）
      </Text>
      <Text className='result__footer'>{DISCLAIMER}</Text>
    </View>
  )
}
