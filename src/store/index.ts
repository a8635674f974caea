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
import { HISTORY_LIMIT, sanitizePersisted, type HistoryEntry, type Persisted } from './sanitize'
import { STORAGE_NOTICES } from './messages'
import { STORAGE_KEY, createTaroStorage, onStorageProblem, resumeWrites, takeReadProblem, writesHeld } from './storage'

export type { HistoryEntry } from './sanitize'

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
  /** Record a result in the history, newest first, without repeating the last one. */
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

export const useWizard = create<WizardState>()(
  persist(
    (set) => ({
      answers: {},
      step: 0,
      history: [],
      notice: null,
      writesHeld: false,
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
            return trimmed === '' ? rest : { ...rest, name: trimmed }
          }),
        })),
      restoreHistory: (entry, index) =>
        set((s) => {
          if (s.history.some((e) => e.id === entry.id)) return s
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
          const last = s.history[0]
          if (last !== undefined && last.rulesetVersion === result.rulesetVersion && JSON.stringify(last.profile) === JSON.stringify(p)) {
            return s
          }
          counter += 1
          const entry: HistoryEntry = {
            id: `${Date.now().toString(36)}-${counter}`,
            savedAt: new Date().toISOString(),
            profile: p,
            rulesetVersion: result.rulesetVersion,
            headline: result.headline,
            statuses: { ...result.statuses },
          }
          return { history: [entry, ...s.history].slice(0, HISTORY_LIMIT) }
        }),
      removeFromHistory: (id) => set((s) => ({ history: s.history.filter((e) => e.id !== id) })),
      toggleDone: (entryId, itemId) =>
        set((s) => ({
          history: s.history.map((e) => {
            if (e.id !== entryId) return e
            const done = e.done ?? []
            return { ...e, done: done.includes(itemId) ? done.filter((x) => x !== itemId) : [...done, itemId] }
          }),
        })),
      dismissNotice: () => set({ notice: null }),
      retryStorage: () => void useWizard.persist.rehydrate(),
      discardStored: () => {
        resumeWrites()
        set({ answers: {}, step: 0, history: [], notice: null, writesHeld: false })
      },
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: createTaroStorage<Persisted>(),
      partialize: (s): Persisted => ({ answers: s.answers, step: s.step, history: s.history, freshToken: s.freshToken }),
      skipHydration: true,
      // Version 0 never shipped; any other version is read field by field in merge().
      migrate: (persisted) => persisted as Persisted,
      // The read's outcome is part of the state hydration returns. A failed read keeps the
      // state in memory as it is (and writes held); anything read is kept field by field.
      merge: (persisted, current) => {
        const problem = takeReadProblem()
        const held = writesHeld()
        if (problem === 'readFailed') return { ...current, notice: STORAGE_NOTICES.readFailed, writesHeld: held }
        const { state, dropped } = sanitizePersisted(persisted, REVIEW_STEP)
        const notice = problem !== null ? STORAGE_NOTICES[problem] : dropped ? STORAGE_NOTICES.partlyLost : null
        return { ...current, ...state, notice, writesHeld: held }
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
    if (useWizard.getState().notice !== message) useWizard.setState({ notice: message })
  })
})
