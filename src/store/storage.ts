/**
 * The storage adapter for zustand's persist: one JSON value in one key, read synchronously at
 * start-up (so the wizard opens on the saved step), never throwing — a storage problem becomes
 * a notice, never a crash. The platform is reached through raw.ts, which tells "nothing saved"
 * from "could not read" on every target (on H5, Taro's own getStorageSync cannot).
 *
 * - Nothing written over what could not be read: when a read fails, writes are HELD until a
 *   later read succeeds (`persist.rehydrate()`) or the user chooses to start over
 *   (`resumeWrites()`). A read that fails right before a write holds it too.
 * - Nothing written at start-up: getItem always reports this version, so zustand never runs its
 *   migrate-and-write path; every version is read field by field by the store's merge.
 * - Merge on write: before each write the stored value is read again and the history merged
 *   entry by entry (merge.ts), so a result saved by another page is kept, entries this version
 *   cannot read are kept as they are, and fields it does not know survive.
 *
 * The outcome of the last read is taken by the store's `merge` (`takeReadProblem`), so the
 * notice is part of the state hydration produces.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { STORAGE_KEY, type StorageProblem } from './messages'
import { idsOf, mergeHistory } from './merge'
import { readRaw, removeRaw, writeRaw } from './raw'
import { entryId, HISTORY_LIMIT, isObject, uniqueIds } from './shape'

export { STORAGE_KEY }

/** WeChat allows 1 MB per key; never write more than half of it. Reads are not capped: what is there is read. */
export const STORAGE_LIMIT_BYTES = 512 * 1024

let readProblem: StorageProblem | null = null
let held = false
let listener: ((problem: StorageProblem) => void) | null = null
let mergedListener: ((history: unknown[]) => void) | null = null
/** Entry ids stored when this page last read or wrote. */
let base = new Set<string>()
/** Entry ids this page removed (deleted, or cut by the cap): never brought back by a merge. */
const removed = new Set<string>()
/** Ids of stored entries this version does not show; the merge keeps them without telling the store. */
let unshownIds = new Set<string>()
let trimNext = false
let overwriteNext = false
let quiet = false

/** Be told of problems met while saving, as they happen. */
export function onStorageProblem(fn: (problem: StorageProblem) => void): void {
  listener = fn
}

/** Be told when a write stored another history than the page's (entries merged from another page). */
export function onMerged(fn: (history: unknown[]) => void): void {
  mergedListener = fn
}

/** The problem the last read met (null when it read fine or found nothing); cleared by taking it. */
export function takeReadProblem(): StorageProblem | null {
  const p = readProblem
  readProblem = null
  return p
}

/** True while writes are held after a failed read. */
export function writesHeld(): boolean {
  return held
}

/** The user chose to start over without the unreadable data: saving resumes, and the next write replaces what is stored. */
export function resumeWrites(): void {
  held = false
  overwriteNext = true
  removed.clear()
  base = new Set()
}

/** The next write follows a save: the history is cut to its cap then (and only then). */
export function trimOnNextWrite(): void {
  trimNext = true
}

/** This page removed an entry; a merge must not bring it back. */
export function noteRemoved(id: string): void {
  removed.add(id)
}

/** This page put an entry back (undo). */
export function noteRestored(id: string): void {
  removed.delete(id)
}

/** The ids of stored entries the store keeps without showing. */
export function noteUnshown(ids: readonly string[]): void {
  unshownIds = new Set(ids)
}

/** Change the state without writing (it came from storage). */
export function quietly(fn: () => void): void {
  quiet = true
  try {
    fn()
  } finally {
    quiet = false
  }
}

type Stored =
  | { kind: 'failed' | 'absent' | 'corrupt' | 'foreign' }
  | { kind: 'ok'; state: Record<string, unknown>; history: unknown[] }

function readStored(name: string): Stored {
  const r = readRaw(name)
  if (!r.ok) return { kind: 'failed' }
  if (r.value === undefined) return { kind: 'absent' }
  let value: unknown = r.value
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return { kind: 'corrupt' }
    }
  }
  if (!isObject(value) || !('state' in value)) return { kind: 'foreign' }
  const state = isObject(value.state) ? value.state : {}
  return { kind: 'ok', state, history: Array.isArray(state.history) ? uniqueIds(state.history) : [] }
}

/**
 * Read storage again for the page's history (another page wrote): the merged history, or null
 * when the read failed. Nothing is written.
 */
export function readMerged(mine: readonly { id: string; savedAt?: unknown; updatedAt?: unknown }[]): unknown[] | null {
  const s = readStored(STORAGE_KEY)
  if (s.kind === 'failed') return null
  const theirs = s.kind === 'ok' ? s.history : []
  const { list } = mergeHistory({ mine, theirs, base, removed, trim: false })
  base = idsOf(theirs)
  return list
}

interface Written {
  answers: unknown
  step: unknown
  history: Array<{ id: string; savedAt?: unknown; updatedAt?: unknown }>
  freshToken?: unknown
}

/** Did the write store another history than the page holds (beyond entries it keeps unshown)? */
function differs(list: readonly unknown[], mine: readonly unknown[]): boolean {
  const own = new Set(mine)
  let n = 0
  for (const x of list) {
    const id = entryId(x)
    if (id === null) continue
    if (++n > HISTORY_LIMIT) break
    if (!own.has(x) && !unshownIds.has(id)) return true
  }
  return mine.some((m) => !list.includes(m))
}

function noteWriteProblem(problem: StorageProblem): void {
  listener?.(problem)
}

export function createTaroStorage<S extends Written>(version: number): PersistStorage<S> {
  return {
    getItem(name): StorageValue<S> | null {
      readProblem = null
      const s = readStored(name)
      if (s.kind === 'failed') {
        readProblem = 'readFailed'
        held = true
        return null
      }
      held = false
      base = s.kind === 'ok' ? idsOf(s.history) : new Set()
      if (s.kind === 'corrupt' || s.kind === 'foreign') readProblem = s.kind
      if (s.kind !== 'ok') return null
      // Always this version: zustand would otherwise migrate and write at start-up.
      return { state: s.state as unknown as S, version }
    },
    setItem(name, value) {
      if (quiet || held) return
      const mine = value.state
      let rest: Record<string, unknown> = {}
      let theirs: unknown[] = []
      let known = base
      if (!overwriteNext) {
        const s = readStored(name)
        if (s.kind === 'failed') {
          held = true
          noteWriteProblem('readFailed')
          return
        }
        if (s.kind === 'ok') {
          theirs = s.history
          // Fields of the state this version does not know (a newer one wrote them) are kept.
          const { answers: _a, step: _s, history: _h, freshToken: _f, ...other } = s.state
          rest = other
        } else known = new Set()
      }
      const merged = mergeHistory({ mine: mine.history, theirs, base: known, removed, trim: trimNext })
      trimNext = false
      overwriteNext = false
      for (const id of merged.trimmed) removed.add(id)
      const text = JSON.stringify({ version, state: { ...rest, ...mine, history: merged.list } })
      if (text.length > STORAGE_LIMIT_BYTES) {
        noteWriteProblem('tooBig')
        return
      }
      try {
        writeRaw(name, text)
      } catch {
        noteWriteProblem('saveFailed')
        return
      }
      base = idsOf(merged.list)
      if (differs(merged.list, mine.history)) mergedListener?.(merged.list)
    },
    removeItem(name) {
      if (held) return
      try {
        removeRaw(name)
      } catch {
        // nothing to keep: removal is best-effort
      }
    },
  }
}
