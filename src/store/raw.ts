/**
 * The platform's storage, one key at a time, telling "nothing saved" from "could not read".
 *
 * - H5: `window.localStorage` directly. Taro's H5 `getStorageSync` catches the browser's error
 *   and returns '' — the same as "nothing saved" — so the store would take a failed read for an
 *   empty one and write over the saved data. Here `getItem` returning null is "absent" and a
 *   throw (or no localStorage at all) is "unreadable". Values keep Taro's H5 envelope
 *   (`{"data": …}`), so what Taro wrote is read and what is written here Taro can read.
 * - WeChat / Alipay: `getStorageSync` throws when the read fails; '' is "absent".
 *
 * A failed read is tried once more (a single failure is often transient). Writes go through
 * Taro (on H5 it lets the browser's error through) and throw on failure; the caller decides
 * what to tell the user. Imports only Taro, so the home page
 * (main package) reads through it too.
 */
import Taro from '@tarojs/taro'

export type RawRead = { ok: true; value: unknown } | { ok: false }

const h5 = (): boolean => process.env.TARO_ENV === 'h5' && typeof window !== 'undefined'

/** Taro's H5 envelope: `{"data": value}` as JSON text. Anything else is returned as the text itself. */
function unwrap(text: string): unknown {
  try {
    const item: unknown = JSON.parse(text)
    if (typeof item === 'object' && item !== null && Object.prototype.hasOwnProperty.call(item, 'data')) {
      const data = (item as { data: unknown }).data
      return data === '' ? undefined : data
    }
  } catch {
    // not Taro's envelope: the text as it is, for the caller to judge
  }
  return text
}

function readOnce(key: string): RawRead {
  try {
    if (h5()) {
      const text = window.localStorage.getItem(key)
      return { ok: true, value: text === null ? undefined : unwrap(text) }
    }
    const value: unknown = Taro.getStorageSync(key)
    return { ok: true, value: value === '' || value === null ? undefined : value }
  } catch {
    return { ok: false }
  }
}

/** Read one key: `value` is undefined when nothing is saved; `ok: false` when it could not be read (twice). */
export function readRaw(key: string): RawRead {
  const first = readOnce(key)
  return first.ok ? first : readOnce(key)
}

/** Write one key; throws when the platform refuses (storage full, storage blocked; Taro's H5 write lets the browser's error through). */
export function writeRaw(key: string, value: string): void {
  Taro.setStorageSync(key, value)
}

/** Remove one key; throws when the platform refuses. */
export function removeRaw(key: string): void {
  Taro.removeStorageSync(key)
}

/** Call `fn` when another page of this browser changes `key` (H5 only; a mini-program has one page stack). */
export function onOtherPageWrite(key: string, fn: () => void): void {
  if (!h5() || typeof window.addEventListener !== 'function') return
  window.addEventListener('storage', (e: StorageEvent) => {
    if (e.key === key || e.key === null) fn()
  })
}
