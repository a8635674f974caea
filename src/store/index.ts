/**
 * One zustand store: the answers, the wizard step and the history — nothing else.
 * It imports the profile layer only (answers, steps, validation), never the rules: the
 * assessment is derived from the answers where it is shown (hooks/useResultView), never stored
 * as a second truth. Persisted after every change through the Taro storage adapter,
 * with a version and a migration; a damaged store keeps what can be read and says so once.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { type AnswerId, type Answers, fromProfile, type Profile, type RequirementId, type Status, STEPS } from '../domain/profile'
import { HISTORY_LIMIT, sanitizeHistory, sanitizePersisted, type HistoryEntry, type Persisted, type UnshownEntry } from './sanitize'
import { STORAGE_NOTICES } from './messages'
import { onOtherPageWrite } from './raw'
import {
  STORAGE_KEY, createTaroStorage, noteRemoved, noteRestored, noteUnshown, onMerged, onStorageProblem, quietly, readMerged,
  resumeWrites, takeReadProblem, trimOnNextWrite, writesHeld,
} from './storage'

export type { HistoryEntry, UnshownEntry } from './sanitize'

/** What a history entry keeps of a result: the ruleset, the headline, each requirement's status. */
export interface SavedResult {
  rulesetVersion: string
  headline: string
  statuses: Partial<Record<RequirementId, Status>>
}

/** The review screen comes after the last question step. */
export const REVIEW_STEP = STEPS.length
export const PERSIST_VERSION = 1

/** The answers that are lists (multi choices): platforms, activities, sectors, approvalsHeld. */
export type MultiId = { [K in AnswerId]-?: NonNullable<Answers[K]> extends readonly string[] ? K : never }[AnswerId]

export interface WizardState extends Persisted {
  /** A storage problem to tell the user once (set by hydration's merge, or by a failed save). */
  notice: string | null
  /** True while saving is held after a failed read, so nothing is written over the saved data. */
  writesHeld: boolean
  /** Stored entries this version cannot show (a newer version saved them, or they are damaged): kept as they are. */
  unshown: UnshownEntry[]
  /** Add or remove one value of a list answer. */
  toggle<K extends MultiId>(id: K, value: NonNullable<Answers[K]>[number]): void
  /** Set one answer of the table (undefined clears it). The result page answers 待确认 questions with it. */
  setAnswer<K extends AnswerId>(id: K, value: Answers[K] | undefined): void
  /** @deprecated use setAnswer('operatorType', value); kept for older callers. */
  chooseOperator(value: NonNullable<Answers['operatorType']>): void
  /** Give a history entry a name of the merchant's own ('' goes back to the automatic name). */
  renameHistory(id: string, name: string): void
  /** Put a removed entry back where it was (undo of 删除). */
  restoreHistory(entry: HistoryEntry, index: number): void
  next(): void
  back(): void
  goTo(step: number): void
  startOver(): void
  /** Start over once per token: `start` on home sends a new one; reopening the same url does not reset. */
  startFresh(token: string): void
  /** Take a profile's answers (from history or a share link) and go to the review. */
  loadProfile(p: Profile): void
  /** Record a result in the history, newest first: one entry per profile (saving it again updates that entry). */
  saveToHistory(p: Profile, result: SavedResult): void
  removeFromHistory(id: string): void
  /** Tick or untick one materials checklist item (`ChecklistItem.id`) of a history entry. */
  toggleDone(entryId: string, itemId: string): void
  dismissNotice(): void
  /** Read storage again; a successful read replaces the state with what was saved, and saving resumes. */
  retryStorage(): void
  /** The user chose to drop the unreadable saved data: start over with nothing, and save again. */
  discardStored(): void
}

const clampStep = (n: number) => Math.min(Math.max(n, 0), REVIEW_STEP)
let counter = 0
const now = () => new Date().toISOString()

/** The same answers give the same key, whatever the order of keys or of list items. */
export function profileKey(p: Profile): string {
  const canon = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(canon).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    if (typeof x === 'object' && x !== null) {
      return Object.fromEntries(Object.keys(x).sort().map((k) => [k, canon((x as Record<string, unknown>)[k])]))
    }
    return x
  }
  return JSON.stringify(canon(p))
}

export const useWizard = create<WizardState>()(
  persist(
    (set) => ({
      answers: {},
      step: 0,
      history: [],
      notice: null,
      writesHeld: false,
      unshown: [],
      toggle: (id, value) =>
        set((s) => {
          const list = (s.answers[id] ?? []) as string[]
          const nextList = list.includes(value) ? list.filter((x) => x !== value) : [...list, value]
          return { answers: { ...s.answers, [id]: nextList } }
        }),
      setAnswer: (id, value) =>
        set((s) => {
          const answers: Answers = { ...s.answers }
          if (value === undefined) delete answers[id]
          else answers[id] = value
          return { answers }
        }),
      chooseOperator: (value) => set((s) => ({ answers: { ...s.answers, operatorType: value } })),
      renameHistory: (id, name) =>
        set((s) => ({
          history: s.history.map((e) => {
            if (e.id !== id) return e
            const trimmed = name.trim().slice(0, 40)
            const { name: _old, ...rest } = e
            return trimmed === '' ? { ...rest, updatedAt: now() } : { ...rest, name: trimmed, updatedAt: now() }
          }),
        })),
      restoreHistory: (entry, index) =>
        set((s) => {
          if (s.history.some((e) => e.id === entry.id)) return s
          noteRestored(entry.id)
          const history = [...s.history]
          history.splice(Math.min(Math.max(index, 0), history.length), 0, entry)
          return { history: history.slice(0, HISTORY_LIMIT) }
        }),
      next: () => set((s) => ({ step: clampStep(s.step + 1) })),
      back: () => set((s) => ({ step: clampStep(s.step - 1) })),
      goTo: (step) => set({ step: clampStep(step) }),
      startOver: () => set({ answers: {}, step: 0 }),
      startFresh: (token) => set((s) => (s.freshToken === token ? s : { answers: {}, step: 0, freshToken: token })),
      loadProfile: (p) => set({ answers: fromProfile(p), step: REVIEW_STEP }),
      saveToHistory: (p, result) =>
        set((s) => {
          const key = profileKey(p)
          const saved = { rulesetVersion: result.rulesetVersion, headline: result.headline, statuses: { ...result.statuses } }
          const same = s.history.find((e) => profileKey(e.profile) === key)
          if (same !== undefined) {
            // One entry per result: saving it again (a reload, a reopen) updates that entry.
            const { rulesetVersion, headline: h, statuses: st } = same
            if (JSON.stringify({ rulesetVersion, headline: h, statuses: st }) === JSON.stringify(saved)) return s
            return { history: s.history.map((e) => (e === same ? { ...e, ...saved, updatedAt: now() } : e)) }
          }
          counter += 1
          const entry: HistoryEntry = { id: `${Date.now().toString(36)}-${counter}`, savedAt: now(), profile: p, ...saved }
          // The cap applies when the user saves, to what is stored (merge.ts), not at start-up.
          trimOnNextWrite()
          return { history: [entry, ...s.history].slice(0, HISTORY_LIMIT) }
        }),
      removeFromHistory: (id) =>
        set((s) => {
          noteRemoved(id)
          return { history: s.history.filter((e) => e.id !== id) }
        }),
      toggleDone: (entryId, itemId) =>
        set((s) => ({
          history: s.history.map((e) => {
            if (e.id !== entryId) return e
            const done = e.done ?? []
            return { ...e, done: done.includes(itemId) ? done.filter((x) => x !== itemId) : [...done, itemId], updatedAt: now() }
          }),
        })),
      dismissNotice: () => set({ notice: null }),
      retryStorage: () => void useWizard.persist.rehydrate(),
      discardStored: () => {
        resumeWrites()
        noteUnshown([])
        set({ answers: {}, step: 0, history: [], unshown: [], notice: null, writesHeld: false })
      },
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: createTaroStorage<Persisted>(PERSIST_VERSION),
      partialize: (s): Persisted => ({ answers: s.answers, step: s.step, history: s.history, freshToken: s.freshToken }),
      skipHydration: true,
      // No migrate: every version is read field by field in merge(), and nothing is written at
      // start-up (the storage reports this version, so zustand's migrate-and-write never runs).
      // The read's outcome is part of the state hydration returns. A failed read keeps the
      // state in memory as it is (and writes held); anything read is kept field by field.
      merge: (persisted, current) => {
        const problem = takeReadProblem()
        const held = writesHeld()
        if (problem === 'readFailed') return { ...current, notice: STORAGE_NOTICES.readFailed, writesHeld: held }
        const { state, unshown, dropped } = sanitizePersisted(persisted, REVIEW_STEP)
        noteUnshown(unshown.map((e) => e.id))
        const notice = problem !== null ? STORAGE_NOTICES[problem] : dropped ? STORAGE_NOTICES.partlyLost : null
        return { ...current, ...state, unshown, notice, writesHeld: held }
      },
    },
  ),
)

/** Read storage, synchronously (Taro storage is sync); merge puts any problem in the state. */
export function hydrateWizard(): void {
  void useWizard.persist.rehydrate()
}

hydrateWizard()

/**
 * A problem met while saving is shown once. Deferred: the write happens inside a state
 * change, and a notice set there would write (and maybe fail) again in a loop.
 */
onStorageProblem((problem) => {
  const message = STORAGE_NOTICES[problem]
  void Promise.resolve().then(() => {
    const s = useWizard.getState()
    const held = writesHeld()
    if (s.notice !== message || s.writesHeld !== held) quietly(() => useWizard.setState({ notice: message, writesHeld: held }))
  })
})

/** A stored history (merged with this page's) becomes the page's, without a write. */
function takeHistory(list: unknown[]): void {
  const { history, unshown } = sanitizeHistory(list)
  const s = useWizard.getState()
  noteUnshown(unshown.map((e) => e.id))
  if (JSON.stringify([history, unshown]) === JSON.stringify([s.history, s.unshown])) return
  quietly(() => useWizard.setState({ history, unshown }))
}
onMerged(takeHistory)

/** Another page of this browser saved (H5): follow it, so both pages show every saved result. */
onOtherPageWrite(STORAGE_KEY, () => {
  if (writesHeld()) {
    void useWizard.persist.rehydrate()
    return
  }
  const list = readMerged(useWizard.getState().history)
  if (list !== null) takeHistory(list)
})
