import { Block, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import AnswersUsed from '../../components/AnswersUsed'
import AiBlock from '../../components/AiBlock'
import Blockers from '../../components/Blockers'
import Categories from '../../components/Categories'
import Duties from '../../components/Duties'
import EligibilityBlock from '../../components/Eligibility'
import FilingDrafts from '../../components/FilingDraft'
import NotNeeded from '../../components/NotNeeded'
import PersonalGuidance from '../../components/PersonalGuidance'
import PlatformRules from '../../components/PlatformRules'
import RequirementCard from '../../components/RequirementCard'
import ShowMore from '../../components/ShowMore'
import Slots from '../../components/Slots'
import StatusChange from '../../components/StatusChange'
import Undecided from '../../components/Undecided'
import WhatIf from '../../components/WhatIf'
import {
  type Category, describeAnswers, DISCLAIMER, fromProfile, HEADLINE_NAMES, headlineParts,
  type Profile, progress, type Requirement,
  RULESET_DATE, searchCategories, type Status, stepOf, isNeeded, isUndecided,
} from '../../domain'
import { WIZARD_URL } from '../../routes'
import type { ResultView } from '../../hooks/useResultView'
import { useWizard } from '../../store'
import ResultActions from './ResultActions'
import { copyText } from './copy'
import { aria } from '../../components/a11y'

type Plan = Exclude<ResultView, { kind: 'error' }>

/** Long lists open a few at a time (ShowMore): each tap stays one small setData. */
const NOTES_STEP = 2
const ANSWERS_STEP = 4

/** The catalogue's keyword search, on the merchant's platforms, for the operator's type. */
const searchFor =
  (p: Profile) =>
  (q: string): Category[] =>
    p.platforms
      .flatMap((platform) => searchCategories(q, p.operator.type, { limit: 5, platform }))
      .sort((a, b) => b.score - a.score)

/** The result as a plan: headline and blockers, then the steps, categories, what is open, what is not needed. */
export default function ResultPlan({ view }: { view: Plan }) {
  const { assessment: a, plan, profile } = view
  const [showNotes, setShowNotes] = useState(false)
  const [showAnswers, setShowAnswers] = useState(false)
  const editAnswer = (id: Parameters<typeof stepOf>[0]) => {
    const { loadProfile, goTo } = useWizard.getState()
    if (view.kind !== 'own') loadProfile(profile)
    goTo(stepOf(id))
    void Taro.redirectTo({ url: WIZARD_URL })
  }
  const own = view.kind === 'own'
  const open = plan.ordered.filter(isUndecided)
  const todo = plan.ordered.filter(isNeeded)
  // What was last rendered: a card whose status an inline answer has just changed, and a blockers
  // block an answer has just brought, start folded (one small setData per answer, issue 13).
  const shown = useRef<{ statuses: ReadonlyMap<string, Status>; blockers: boolean } | null>(null)
  const moved = (r: Requirement) => shown.current !== null && shown.current.statuses.get(r.id) !== r.status
  useEffect(() => {
    shown.current = { statuses: new Map(a.requirements.map((r) => [r.id, r.status])), blockers: plan.blockers !== null }
  }, [a, plan])
  // The filing draft goes with the ICP 备案 step (folded: one line until opened).
  const drafts = <FilingDrafts drafts={a.filingDrafts} notes={a.filingDraftNotes} onCopy={copyText} />
  const draftsWithFiling = todo.some((r) => r.id === 'icpFiling')
  const card = (r: Requirement) => (
    <RequirementCard key={r.id} req={r} step={plan.steps.find((s) => s.id === r.id)} done={view.done} onToggle={view.toggleDone} startFolded={moved(r)}>
      {r.id === 'icpFiling' ? drafts : undefined}
    </RequirementCard>
  )
  const p = progress(plan.steps, view.done)
  return (
    <View>
      <Text className='result__headline' id='result-headline'>
        {/* One text node per group: an answer that changes one group re-sends that group only. */}
        {headlineParts(a, HEADLINE_NAMES).map((part, i) => (i === 0 ? part : `；${part}`))}
      </Text>
      {view.kind === 'shared' && <Text className='notice'>这是别人分享给你的评估结果，你自己的回答没有改变。</Text>}
      {view.kind === 'history' && (
        <View className='notice' id='result-history'>
          {view.savedWith === a.rulesetVersion
            ? `历史记录（规则版本 ${view.savedWith}）`
            : `这条记录用规则 ${view.savedWith ?? ''} 生成，已按当前规则 ${a.rulesetVersion} 重新评估。${view.changes.length > 0 ? '变化：' : '结论没有变化。'}`}
          {view.changes.map((c) => (
            <StatusChange key={c.id} change={c} />
          ))}
        </View>
      )}
      {/* Parts that come and go with an answer sit in a Block slot each (no node of its own): Taro
          re-sends a container's whole child list when a child is inserted or removed, so without
          the slot one inline answer re-sent the page (11–15 KB). */}
      <Block>{plan.blockers !== null && <Blockers blockers={plan.blockers} startFolded={shown.current !== null && !shown.current.blockers} />}</Block>

      <Block>
        {todo.length > 0 && (
          <Text className='result__section' id='result-steps'>
            要做的事（按顺序）{p.total > 0 ? ` · 材料 ${p.done} / ${p.total}` : ''}
          </Text>
        )}
      </Block>
      {/* Each part in its own container, each card in its fixed slot: a card that moves on an answer
          clears one slot and fills another, and nothing else is re-sent. Required before likely. */}
      {/* One WeUI group (.cells): the cards its cells, a hairline between two (issue 25). */}
      <View id='result-todo' className={todo.length > 0 ? 'cells' : ''}>
        <Slots reqs={todo} statuses={['required']} render={card} />
        <Slots reqs={todo} statuses={['likely']} render={card} />
      </View>
      <Block>{!draftsWithFiling && drafts}</Block>
      {/* No separate 前置审批 block (issue 22: said once): each permit that is one says so on its card, the
          filing card lists its documents, and the filing draft ticks its type. */}
      <Block>{a.eligibility !== null && <EligibilityBlock e={a.eligibility} shownAbove={plan.blockers?.problems.map((x) => x.text) ?? []} />}</Block>
      {/* 待确认 right after the steps: the plan's cards in status order (required, likely, then open),
          its questions answered in place before the duties and categories (issue 25: a plan in a glance). */}
      <Block>
        {open.length > 0 && (
          <Text className='result__section' id='result-open'>
            待确认（回答后结果立即更新）
          </Text>
        )}
      </Block>
      <View id='result-undecided' className={open.length > 0 ? 'cells' : ''}>
        <Slots
          reqs={open}
          statuses={['depends', 'consult']}
          render={(r) => {
            const item = plan.open.find((o) => o.id === r.id)
            return (
              // Keyed by status too: a card whose status an answer changes here starts folded again.
              <RequirementCard key={`${r.id}-${r.status}`} req={r} startFolded={moved(r)}>
                {item !== undefined && <Undecided item={item} onAnswer={view.answer} />}
              </RequirementCard>
            )
          }}
        />
      </View>
      {/* 上线前还要做到: the duties as a checklist, after the steps (never above the headline, the blockers or the first step). */}
      <Duties duties={plan.duties} reqs={a.requirements} done={view.done} onToggle={view.toggleDone} />

      <Categories categories={a.categories} search={useMemo(() => searchFor(profile), [profile])} />
      {/* The categories carry what platformGates say (the gates are derived from them), so they are not shown twice. */}
      <AiSection view={view} />

      {/* NotNeeded and WhatIf render nothing when empty: slotted too. */}
      <Block>
        {/* Duties too: a duty that is not needed has its compact card here (every requirement has its req-<id>). */}
        <NotNeeded reqs={a.requirements.filter((r) => r.status === 'notRequired')} />
      </Block>
      <Block>
        <WhatIf profile={profile} assessment={a} onApply={own ? useWizard.getState().loadProfile : undefined} />
      </Block>

      <View className='link result__more' id='toggle-notes' {...aria('button')} onClick={() => setShowNotes(!showNotes)}>
        {showNotes ? '收起办理说明' : '完整办理说明与注意事项'}
      </View>
      <Block>
        {showNotes && (
          <View className='section' id='next-steps'>
            <ShowMore
              items={a.nextSteps}
              step={NOTES_STEP}
              id='next-steps-more'
              render={(s, i) => (
                <Text key={s} className='section__line'>
                  {`${i + 1}. ${s}`}
                </Text>
              )}
            />
          </View>
        )}
      </Block>
      <View className='link link--text result__more' id='toggle-answers' {...aria('button')} onClick={() => setShowAnswers(!showAnswers)}>
        {showAnswers ? '收起回答' : `依据的回答（${describeAnswers(fromProfile(profile)).length} 项）· 逐项查看或修改 ›`}
      </View>
      <Block>{showAnswers && <AnswersUsed answers={fromProfile(profile)} onEdit={view.kind === 'shared' ? undefined : editAnswer} step={ANSWERS_STEP} />}</Block>
      <ResultActions view={view} />
      <Text className='result__footer' id='result-ruleset'>
        {`规则版本 ${a.rulesetVersion}（${RULESET_DATE} 核对）\n${DISCLAIMER}`}
      </Text>
    </View>
  )
}

/** Issue 10: the AI block, WeChat's payment rules and, for a personal entity, what it may do. */
function AiSection({ view }: { view: Plan }) {
  // A Block: the parts come and go inside it, with no node of its own (result-nodes budget).
  return (
    <Block>
      {view.ai !== null && <AiBlock block={view.ai} />}
      <PlatformRules rules={view.assessment.platformRules} />
      {view.personal !== null && <PersonalGuidance guidance={view.personal} />}
    </Block>
  )
}
