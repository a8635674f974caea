/**
 * What the home page needs to know of the saved state — is an assessment under way, how many
 * are in the history, did reading it fail — read straight from storage, without loading the
 * store or the rules core (they live in the `flow` subpackage). Never throws. Imports only
 * the key and the notices (messages.ts), never zustand.
 */
import Taro from '@tarojs/taro'
import { STORAGE_KEY, STORAGE_NOTICES } from './messages'

export interface Peek {
  started: boolean
  saved: number
  /** A notice when the saved data could not be read (nothing is written here). */
  problem: string | null
}

function read(): { ok: true; raw: unknown } | { ok: false } {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return { ok: true, raw: Taro.getStorageSync(STORAGE_KEY) }
    } catch {
      // try again once, as the store does
    }
  }
  return { ok: false }
}

export function peekSaved(): Peek {
  const r = read()
  if (!r.ok) return { started: false, saved: 0, problem: STORAGE_NOTICES.readFailed }
  if (r.raw === '' || r.raw === undefined || r.raw === null) return { started: false, saved: 0, problem: null }
  let value: unknown
  try {
    value = typeof r.raw === 'string' ? JSON.parse(r.raw) : r.raw
  } catch {
    return { started: false, saved: 0, problem: STORAGE_NOTICES.corrupt }
  }
  const state = (value as { state?: { answers?: unknown; history?: unknown } } | null)?.state
  const answers = state?.answers
  const history = state?.history
  return {
    started: typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0,
    saved: Array.isArray(history) ? history.length : 0,
    problem: null,
  }
}
