/**
 * The Taro storage adapter for zustand's persist: zustand's own `createJSONStorage` over
 * Taro's synchronous storage (so the wizard opens on the saved step), one JSON value in one
 * key, and never throwing — a storage problem becomes a notice, never a crash.
 *
 * Nothing lost: when the read itself fails (getStorageSync throws, and throws again on a
 * second try) the saved data may be perfectly good, so writes are HELD — nothing is written
 * over it — until a later read succeeds (`persist.rehydrate()`) or the user explicitly
 * chooses to start over (`resumeWrites()`). Unreadable content (not JSON, not our shape)
 * cannot be recovered by any version of the app and is replaced by the next save.
 *
 * The outcome of the last read is taken by the store's `merge` (`takeReadProblem`), so the
 * notice is part of the state hydration produces.
 */
import Taro from '@tarojs/taro'
import { createJSONStorage, type PersistStorage, type StateStorage } from 'zustand/middleware'
import { STORAGE_KEY, type StorageProblem } from './messages'

export { STORAGE_KEY }

/** WeChat allows 1 MB per key; never write more than half of it. Reads are not capped: what is there is read. */
export const STORAGE_LIMIT_BYTES = 512 * 1024

let readProblem: StorageProblem | null = null
let held = false
let listener: ((problem: StorageProblem) => void) | null = null

/** Be told of problems met while saving, as they happen. */
export function onStorageProblem(fn: (problem: StorageProblem) => void): void {
  listener = fn
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

/** The user chose to start over without the unreadable data: saving resumes. */
export function resumeWrites(): void {
  held = false
}

function noteWriteProblem(problem: StorageProblem): void {
  listener?.(problem)
}

/** Taro's sync storage as zustand's StateStorage: strings in, strings out. */
export const taroStateStorage: StateStorage = {
  getItem(name) {
    let raw: unknown
    let read = false
    // One retry: a single failed read is often transient.
    for (let attempt = 0; attempt < 2 && !read; attempt++) {
      try {
        raw = Taro.getStorageSync(name)
        read = true
      } catch {
        // try again once
      }
    }
    if (!read) {
      readProblem = 'readFailed'
      held = true
      return null
    }
    held = false
    if (raw === '' || raw === undefined || raw === null) return null
    if (typeof raw === 'string') return raw
    // A value stored as an object (by an older build or by hand) is still read.
    try {
      return JSON.stringify(raw) ?? null
    } catch {
      readProblem = 'foreign'
      return null
    }
  },
  setItem(name, value) {
    if (held) return
    if (value.length > STORAGE_LIMIT_BYTES) {
      noteWriteProblem('tooBig')
      return
    }
    try {
      Taro.setStorageSync(name, value)
    } catch {
      noteWriteProblem('saveFailed')
    }
  },
  removeItem(name) {
    if (held) return
    try {
      Taro.removeStorageSync(name)
    } catch {
      // nothing to keep: removal is best-effort
    }
  },
}

export function createTaroStorage<S>(): PersistStorage<S> {
  // createJSONStorage returns undefined only when its getter throws; this one cannot.
  const json = createJSONStorage<S>(() => taroStateStorage) as PersistStorage<S>
  return {
    getItem(name) {
      readProblem = null
      let value: unknown
      try {
        value = json.getItem(name)
      } catch {
        readProblem = 'corrupt'
        return null
      }
      if (value === null) return null
      if (typeof value !== 'object' || Array.isArray(value) || !('state' in value)) {
        readProblem = 'foreign'
        return null
      }
      const v = value as { state: S; version?: unknown }
      return { state: v.state, version: typeof v.version === 'number' ? v.version : -1 }
    },
    setItem: (name, value) => json.setItem(name, value),
    removeItem: (name) => json.removeItem(name),
  }
}
