/**
 * What survives a read from storage, checked with the same valibot schemas as validate.ts:
 * each answer by its row's schema in the answers table (src/domain/profile/answers.ts), each history
 * entry's profile by validateProfile, the entry's own fields by the schemas below. A corrupt
 * or foreign value loses only itself — one answer, one list item, one entry field, one entry —
 * and `dropped` says whether anything was lost (never for a missing step or a capped history).
 * Pure: no Taro here.
 */
import * as v from 'valibot'
import {
  ANSWER_FIELDS, type AnswerField, type Answers, type Profile, REQUIREMENT_IDS, type RequirementId,
  type Status, STATUSES, validateProfile,
} from '../domain/profile'
import { entryId, HISTORY_LIMIT, isObject, uniqueIds } from './shape'

export { HISTORY_LIMIT }
/** Bounds of what an entry keeps (longer text is cut, longer lists trimmed). */
export const ENTRY_LIMITS = { headline: 200, name: 40, done: 200, doneId: 80 } as const

export interface HistoryEntry {
  id: string
  /** ISO date-time of the save. */
  savedAt: string
  /** ISO date-time of the last change (reopened, renamed, ticked); the newer copy wins when two pages merge. */
  updatedAt?: string
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

/** An entry this version cannot show (saved by a newer version, or damaged): kept in storage as it is. */
export interface UnshownEntry {
  id: string
  savedAt?: string
}

export interface Persisted {
  answers: Answers
  step: number
  history: HistoryEntry[]
  /** The last fresh-start token taken (see startFresh), so a reload does not start over again. */
  freshToken?: string
}

const ok = (schema: v.GenericSchema, x: unknown): boolean => v.safeParse(schema, x).success

/**
 * One answer as the wizard's draft holds it. A list is kept item by item (each item checked
 * by the row's schema as a one-item list), and may be empty: a draft can have no platform yet.
 */
function sanitizeAnswer(f: AnswerField, x: unknown): { value: unknown; dropped: boolean } {
  if (f.kind === 'multi') {
    if (!Array.isArray(x)) return { value: undefined, dropped: true }
    const valid = x.filter((item) => ok(f.schema, [item]))
    // A repeat is no loss: the list is a set.
    return { value: [...new Set(valid)], dropped: valid.length < x.length }
  }
  return ok(f.schema, x) ? { value: x, dropped: false } : { value: undefined, dropped: true }
}

/** Keep each answer that its row's schema accepts; report whether anything was dropped. */
export function sanitizeAnswers(x: unknown): { answers: Answers; dropped: boolean } {
  if (!isObject(x)) return { answers: {}, dropped: x !== undefined && x !== null }
  const a: Record<string, unknown> = {}
  let dropped = false
  for (const f of ANSWER_FIELDS) {
    if (x[f.id] === undefined) continue
    const r = sanitizeAnswer(f, x[f.id])
    if (r.value !== undefined) a[f.id] = r.value
    dropped ||= r.dropped
  }
  const known = new Set<string>(ANSWER_FIELDS.map((f) => f.id))
  if (Object.keys(x).some((k) => !known.has(k) && x[k] !== undefined)) dropped = true
  return { answers: a as Answers, dropped }
}

const Text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))
/** The fields an entry cannot do without (its profile is checked by validateProfile). */
const EntryCore = v.object({
  id: Text(64),
  savedAt: Text(40),
  rulesetVersion: Text(40),
  headline: v.string(),
})
const StatusSchema = v.picklist(STATUSES)
const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1))
const DoneIdSchema = Text(ENTRY_LIMITS.doneId)

/** An entry, or null when it cannot be shown at all; `dropped` when one of its fields was lost. */
export function sanitizeEntry(x: unknown): { entry: HistoryEntry | null; dropped: boolean } {
  const core = v.safeParse(EntryCore, x)
  if (!core.success || !isObject(x)) return { entry: null, dropped: true }
  const p = validateProfile(x.profile)
  if (!p.ok) return { entry: null, dropped: true }
  let dropped = false

  const statuses: Partial<Record<RequirementId, Status>> = {}
  if (isObject(x.statuses)) {
    // Statuses of requirements this version does not know are left out silently: they are
    // only compared with today's result, which cannot name them either.
    for (const rid of REQUIREMENT_IDS) {
      const s = x.statuses[rid]
      if (s === undefined) continue
      if (ok(StatusSchema, s)) statuses[rid] = s as Status
      else dropped = true
    }
  } else if (x.statuses !== undefined) dropped = true

  const { id, savedAt, rulesetVersion, headline } = core.output
  const entry: HistoryEntry = { id, savedAt, profile: p.profile, rulesetVersion, headline: headline.slice(0, ENTRY_LIMITS.headline), statuses }
  if (typeof x.updatedAt === 'string' && x.updatedAt.length <= 40) entry.updatedAt = x.updatedAt

  if (x.name !== undefined) {
    const name = v.safeParse(NameSchema, x.name)
    if (name.success) entry.name = name.output.slice(0, ENTRY_LIMITS.name)
    else dropped ||= typeof x.name !== 'string' // '' or spaces mean "no own name", not a loss
  }
  if (x.done !== undefined) {
    const given: unknown = x.done
    if (Array.isArray(given)) {
      const valid = given.filter((d): d is string => ok(DoneIdSchema, d))
      dropped ||= valid.length < given.length
      const done = [...new Set(valid)].slice(0, ENTRY_LIMITS.done)
      entry.done = done
    } else dropped = true
  }
  return { entry, dropped }
}

/** The stored history, split into what this version shows and what it keeps without showing. */
export function sanitizeHistory(x: unknown): { history: HistoryEntry[]; unshown: UnshownEntry[]; dropped: boolean } {
  const history: HistoryEntry[] = []
  const unshown: UnshownEntry[] = []
  if (!Array.isArray(x)) return { history, unshown, dropped: x !== undefined }
  let dropped = false
  // Entries past the cap stay in storage until the user saves; they are not read, no alarm.
  for (const raw of uniqueIds(x)) {
    if (history.length + unshown.length === HISTORY_LIMIT) break
    const id = entryId(raw)
    if (id === null) {
      dropped = true // not an entry: kept in storage as it is, never shown
      continue
    }
    const r = sanitizeEntry(raw)
    if (r.entry !== null) {
      history.push(r.entry)
      dropped ||= r.dropped
    } else {
      const savedAt = (raw as Record<string, unknown>).savedAt
      unshown.push(typeof savedAt === 'string' ? { id, savedAt: savedAt.slice(0, 40) } : { id })
    }
  }
  return { history, unshown, dropped }
}

/** Read a persisted state of any shape: keep what is valid, say whether something was lost. */
export function sanitizePersisted(x: unknown, maxStep: number): { state: Persisted; unshown: UnshownEntry[]; dropped: boolean } {
  if (!isObject(x)) return { state: { answers: {}, step: 0, history: [] }, unshown: [], dropped: x !== undefined && x !== null }
  const { answers, dropped: droppedAnswers } = sanitizeAnswers(x.answers)
  let dropped = droppedAnswers

  // A missing step is the first step; one out of range is clamped, as goTo would: no alarm.
  const step = typeof x.step === 'number' && Number.isInteger(x.step) ? Math.min(Math.max(x.step, 0), maxStep) : 0
  if (x.step !== undefined && !(typeof x.step === 'number' && Number.isInteger(x.step))) dropped = true

  const h = sanitizeHistory(x.history)
  dropped ||= h.dropped

  const state: Persisted = { answers, step, history: h.history }
  if (typeof x.freshToken === 'string') state.freshToken = x.freshToken.slice(0, 40)
  return { state, unshown: h.unshown, dropped }
}
