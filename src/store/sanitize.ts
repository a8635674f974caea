/**
 * What survives a read from storage: only answers and history entries that are still valid
 * are kept, each field on its own, so a corrupt or foreign value loses only itself.
 * Pure: no Taro here, tested in plain jest.
 */
import { PROVINCES } from '../domain/provinces'
import type { Answers } from '../domain/answers'
import type { Profile, RequirementId, Status } from '../domain/types'
import { ACTIVITIES, OPERATOR_TYPES, PLATFORMS, REQUIREMENT_IDS, SECTORS, STATUSES } from '../domain/types'
import { validateProfile } from '../domain/validate'

export const HISTORY_LIMIT = 50

export interface HistoryEntry {
  id: string
  /** ISO date-time of the save. */
  savedAt: string
  profile: Profile
  rulesetVersion: string
  headline: string
  /** The statuses as they were, to show what changed when the rules move on. */
  statuses: Partial<Record<RequirementId, Status>>
  /** Ticked materials checklist items (ids of the result's plan), kept with the entry. */
  done?: string[]
  /** The merchant's own name for the entry; absent: named from the answers (autoName). */
  name?: string
}

export interface Persisted {
  answers: Answers
  step: number
  history: HistoryEntry[]
  /** The last fresh-start token taken (see startFresh), so a reload does not start over again. */
  freshToken?: string
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const PROVINCE_CODES: readonly string[] = PROVINCES.map(([code]) => code)

function listOf<T extends string>(x: unknown, allowed: readonly T[]): T[] | undefined {
  if (!Array.isArray(x)) return undefined
  return allowed.filter((v) => x.includes(v))
}

/** Keep each answer that is well-formed; report whether anything was dropped. */
export function sanitizeAnswers(x: unknown): { answers: Answers; dropped: boolean } {
  if (!isObject(x)) return { answers: {}, dropped: x !== undefined }
  const a: Answers = {}
  const platforms = listOf(x.platforms, PLATFORMS)
  if (platforms) a.platforms = platforms
  if (typeof x.operatorType === 'string' && (OPERATOR_TYPES as readonly string[]).includes(x.operatorType)) {
    a.operatorType = x.operatorType as Answers['operatorType']
  }
  const activities = listOf(x.activities, ACTIVITIES)
  if (activities) a.activities = activities
  const sectors = listOf(x.sectors, SECTORS)
  if (sectors) a.sectors = sectors
  if (typeof x.province === 'string' && PROVINCE_CODES.includes(x.province)) a.province = x.province as Answers['province']
  for (const k of ['multiProvince', 'pilotZone', 'dishonestListed', 'recruitsForOthers'] as const) {
    if (typeof x[k] === 'boolean') a[k] = x[k] as boolean
  }
  const capital = x.registeredCapital
  if (typeof capital === 'number' && Number.isInteger(capital) && capital >= 0) a.registeredCapital = capital
  const share = x.foreignShare
  if (typeof share === 'number' && share >= 0 && share <= 100) a.foreignShare = share
  const kept = Object.keys(a).length
  const given = Object.keys(x).filter((k) => x[k] !== undefined).length
  return { answers: a, dropped: kept < given }
}

function sanitizeEntry(x: unknown): HistoryEntry | null {
  if (!isObject(x)) return null
  const { id, savedAt, rulesetVersion, headline, statuses } = x
  if (typeof id !== 'string' || typeof savedAt !== 'string' || typeof rulesetVersion !== 'string' || typeof headline !== 'string') {
    return null
  }
  const v = validateProfile(x.profile)
  if (!v.ok) return null
  const kept: Partial<Record<RequirementId, Status>> = {}
  if (isObject(statuses)) {
    for (const rid of REQUIREMENT_IDS) {
      const s = statuses[rid]
      if (typeof s === 'string' && (STATUSES as readonly string[]).includes(s)) kept[rid] = s as Status
    }
  }
  const entry: HistoryEntry = { id, savedAt, profile: v.profile, rulesetVersion, headline: headline.slice(0, 200), statuses: kept }
  if (typeof x.name === 'string' && x.name.trim() !== '') entry.name = x.name.trim().slice(0, 40)
  if (Array.isArray(x.done)) entry.done = x.done.filter((d): d is string => typeof d === 'string').slice(0, 200)
  return entry
}

/** Read a persisted state of any shape: keep what is valid, say whether something was lost. */
export function sanitizePersisted(x: unknown, maxStep: number): { state: Persisted; dropped: boolean } {
  if (!isObject(x)) return { state: { answers: {}, step: 0, history: [] }, dropped: x !== undefined && x !== null }
  const { answers, dropped: droppedAnswers } = sanitizeAnswers(x.answers)
  const step = typeof x.step === 'number' && Number.isInteger(x.step) ? Math.min(Math.max(x.step, 0), maxStep) : 0
  const rawHistory = Array.isArray(x.history) ? x.history : []
  const history = rawHistory.map(sanitizeEntry).filter((e): e is HistoryEntry => e !== null).slice(0, HISTORY_LIMIT)
  // No false alarm: a missing step is the first step, and a history over its cap loses only
  // what the cap would drop anyway. A step out of range is clamped, as goTo would.
  const valid = rawHistory.filter((e) => sanitizeEntry(e) !== null).length
  const dropped =
    droppedAnswers ||
    history.length < Math.min(valid, HISTORY_LIMIT) ||
    valid < rawHistory.length ||
    (x.history !== undefined && !Array.isArray(x.history)) ||
    (x.step !== undefined && !(typeof x.step === 'number' && Number.isInteger(x.step)))
  const state: Persisted = { answers, step, history }
  if (typeof x.freshToken === 'string') state.freshToken = x.freshToken.slice(0, 40)
  return { state, dropped }
}
