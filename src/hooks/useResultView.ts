/**
 * What the result page shows, worked out away from the page: the own answers, a share link
 * (`?sv=…`, decoded by domain/share) or a history entry (`?h=id`, re-evaluated under the
 * current rules with what changed), the plan (domain/plan), answers given in place to the
 * undecided questions, and the ticked checklist items saved with the history entry.
 * The pure parts (`resolveView`, `historyChanges`, `resultPath`, `shareLink`) are exported and tested.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  type AnswerValue, type Assessed, type Assessment, assessProfile, type Change, type DecidingFact, decodeShare,
  encodeShare, headline, isShareQuery, type Profile, type RequirementId,
  RULESET_VERSION, type Status, toProfile, toQueryString, withAnswer,
} from '../domain'
import { RESULT_URL } from '../routes'
import { profileKey, useWizard, type HistoryEntry } from '../store'

type Params = Readonly<Record<string, string | undefined>>

export type BaseView =
  | { kind: 'own' | 'shared'; profile: Profile }
  | { kind: 'history'; profile: Profile; entry: HistoryEntry }
  | { kind: 'error'; message: string }

/** Which result the params ask for: a share link, a history entry, or the own answers. */
export function resolveView(params: Params, own: Profile | null, history: readonly HistoryEntry[]): BaseView {
  // Any share key makes it a share link: one without its version is refused, not taken as the own answers.
  if (isShareQuery(params)) {
    const shared = decodeShare(params)
    return shared.ok ? { kind: 'shared', profile: shared.profile } : { kind: 'error', message: shared.message }
  }
  if (params.h !== undefined) {
    const entry = history.find((e) => e.id === params.h)
    return entry === undefined ? { kind: 'error', message: '这条历史记录已被删除。' } : { kind: 'history', profile: entry.profile, entry }
  }
  if (own === null) return { kind: 'error', message: '还没有完成回答：请先回答平台和主体类型。' }
  return { kind: 'own', profile: own }
}

/** What changed between a saved entry's statuses and the assessment under today's rules (null: absent). */
export function historyChanges(saved: Partial<Record<RequirementId, Status>>, now: Assessment): Change[] {
  const ids: RequirementId[] = []
  for (const id of [...(Object.keys(saved) as RequirementId[]), ...now.requirements.map((r) => r.id)]) if (!ids.includes(id)) ids.push(id)
  return ids
    .map((id) => ({ id, from: saved[id] ?? null, to: now.requirements.find((r) => r.id === id)?.status ?? null }))
    .filter((c) => c.from !== c.to)
}

/** The result page's path for a profile, as a share card or link carries it. */
export function resultPath(p: Profile, rulesetVersion: string = RULESET_VERSION): string {
  return `${RESULT_URL}?${toQueryString(encodeShare(p, rulesetVersion))}`
}

/** A link to paste anywhere: on the web the page's own address before the hash route; elsewhere the path. */
export function shareLink(p: Profile, location?: { origin: string; pathname: string }): string {
  return `${location !== undefined ? `${location.origin}${location.pathname}#` : ''}${resultPath(p)}`
}

export type ResultView =
  | { kind: 'error'; message: string }
  | (Assessed & {
      kind: 'own' | 'shared' | 'history'
      /** history: the ruleset the entry was saved with, and what changed since. */
      savedWith?: string
      changes: Change[]
      /** The history entry the checklist ticks are saved with (none for a share link). */
      entryId?: string
      done: readonly string[]
      /** Answer an undecided question in place: the result updates at once. */
      answer: (fact: DecidingFact, value: AnswerValue) => void
      toggleDone: (itemId: string) => void
    })

type Override = readonly [DecidingFact, AnswerValue]

export function useResultView(params: Params): ResultView {
  const answers = useWizard((s) => s.answers)
  const own = useMemo(() => toProfile(answers), [answers])
  const history = useWizard((s) => s.history)
  const base = useMemo(() => resolveView(params, own, history), [params, own, history])
  const [overrides, setOverrides] = useState<readonly Override[]>([])
  const [localDone, setLocalDone] = useState<readonly string[]>([])
  const key = isShareQuery(params) ? `sv:${JSON.stringify(params)}` : params.h !== undefined ? `h:${params.h}` : 'own'
  useEffect(() => {
    setOverrides([])
    setLocalDone([])
  }, [key])

  // Evaluated once per profile: an answer given in place changes the own answers (the store) or,
  // on a share link or a history entry, this view's overrides; saving to the history does not
  // evaluate again (the profile, not the base view, is the dependency).
  const baseProfile = base.kind === 'error' ? null : base.profile
  const result = useMemo(() => {
    if (baseProfile === null) return null
    return assessProfile(overrides.reduce((p, [f, v]) => withAnswer(p, f, v), baseProfile))
  }, [baseProfile, overrides])

  // The own result is recorded in the history once per result shown (the store keeps one entry
  // per profile). Not again when the history changes under it: an entry deleted on the history
  // page, or in another page, must not come back from a result page still open behind it.
  const savedKey = useRef<string | null>(null)
  useEffect(() => {
    if (base.kind !== 'own' || result === null) return
    const a = result.assessment
    const shown = `${profileKey(result.profile)}|${a.rulesetVersion}`
    if (savedKey.current === shown) return
    savedKey.current = shown
    useWizard.getState().saveToHistory(result.profile, {
      rulesetVersion: a.rulesetVersion,
      headline: headline(a),
      statuses: Object.fromEntries(a.requirements.map((r) => [r.id, r.status])),
    })
  }, [base.kind, result])

  const entry =
    base.kind === 'history'
      ? base.entry
      : base.kind === 'own' && result !== null
        ? history.find((e) => profileKey(e.profile) === profileKey(result.profile))
        : undefined
  const entryId = entry?.id

  const answer = useCallback(
    (fact: DecidingFact, value: AnswerValue) => {
      // The own answers live in the store (the result follows them); a shared or saved result keeps its answers here.
      if (base.kind === 'own') useWizard.getState().setAnswer(fact, value as never)
      else setOverrides((list) => [...list.filter(([f]) => f !== fact), [fact, value] as const])
    },
    [base.kind],
  )
  const toggleDone = useCallback(
    (itemId: string) => {
      if (entryId !== undefined) useWizard.getState().toggleDone(entryId, itemId)
      else setLocalDone((d) => (d.includes(itemId) ? d.filter((x) => x !== itemId) : [...d, itemId]))
    },
    [entryId],
  )

  if (base.kind === 'error') return base
  if (result === null) return { kind: 'error', message: '' }
  const view: ResultView = {
    kind: base.kind,
    ...result,
    changes: base.kind === 'history' && base.entry.rulesetVersion !== result.assessment.rulesetVersion ? historyChanges(base.entry.statuses, result.assessment) : [],
    done: entryId !== undefined ? (entry?.done ?? []) : localDone,
    answer,
    toggleDone,
  }
  if (base.kind === 'history') view.savedWith = base.entry.rulesetVersion
  if (entryId !== undefined) view.entryId = entryId
  return view
}
