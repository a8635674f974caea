/**
 * The Taro storage adapter for zustand's persist: synchronous (so the wizard opens on the
 * saved step), JSON in one key, and never throwing — a storage problem becomes a notice
 * the app shows once, never a crash.
 */
import Taro from '@tarojs/taro'
import type { PersistStorage, StorageValue } from 'zustand/middleware'

export const STORAGE_KEY = 'permit-guide'
/** WeChat allows 1 MB per key; stay far below it. */
export const STORAGE_LIMIT_BYTES = 512 * 1024

let pending: string | null = null
let listener: ((message: string) => void) | null = null

/** Be told of problems met after start-up (a failed save), as they happen. */
export function onStorageProblem(fn: (message: string) => void): void {
  listener = fn
}

/** A problem met while reading or writing, to be shown once; cleared by taking it. */
export function takeStorageNotice(): string | null {
  const n = pending
  pending = null
  return n
}

export function noteStorageProblem(message: string): void {
  if (listener !== null) listener(message)
  else pending = message
}

export function createTaroStorage<S>(): PersistStorage<S> {
  return {
    getItem(name) {
      let raw: unknown
      try {
        raw = Taro.getStorageSync(name)
      } catch {
        noteStorageProblem('读取本机保存的答案失败，已从头开始。')
        return null
      }
      if (raw === '' || raw === undefined || raw === null) return null
      if (typeof raw === 'string' && raw.length > STORAGE_LIMIT_BYTES) {
        noteStorageProblem('本机保存的数据过大，已清理，从头开始。')
        return null
      }
      let parsed: unknown = raw
      if (typeof raw === 'string') {
        try {
          parsed = JSON.parse(raw)
        } catch {
          noteStorageProblem('本机保存的答案已损坏，无法读取，已从头开始。')
          return null
        }
      }
      const value = parsed as Partial<StorageValue<S>> | null
      if (typeof value !== 'object' || value === null || !('state' in value)) {
        noteStorageProblem('本机保存的数据格式无法识别，已从头开始。')
        return null
      }
      return { state: value.state as S, version: typeof value.version === 'number' ? value.version : -1 }
    },
    setItem(name, value) {
      try {
        const text = JSON.stringify(value)
        if (text.length > STORAGE_LIMIT_BYTES) {
          noteStorageProblem('要保存的数据过大，这次没有保存。')
          return
        }
        Taro.setStorageSync(name, text)
      } catch {
        noteStorageProblem('保存到本机失败（存储空间可能已满），答案只在本次打开期间有效。')
      }
    },
    removeItem(name) {
      try {
        Taro.removeStorageSync(name)
      } catch {
        // nothing to keep: removal is best-effort
      }
    },
  }
}
