/**
 * What the home page needs to know of the saved state — is an assessment under way, how many
 * are in the history — read straight from storage, without loading the store or the rules
 * core (they live in the `flow` subpackage). Never throws: anything unreadable counts as none.
 */
import Taro from '@tarojs/taro'
import { STORAGE_KEY } from './storage'

export interface Peek {
  started: boolean
  saved: number
}

export function peekSaved(): Peek {
  try {
    const raw: unknown = Taro.getStorageSync(STORAGE_KEY)
    const value = (typeof raw === 'string' && raw !== '' ? JSON.parse(raw) : raw) as {
      state?: { answers?: Record<string, unknown>; history?: unknown[] }
    } | null
    const answers = value?.state?.answers
    const history = value?.state?.history
    return {
      started: typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0,
      saved: Array.isArray(history) ? history.length : 0,
    }
  } catch {
    return { started: false, saved: 0 }
  }
}
