/**
 * What the home page needs to know of the saved state — is an assessment under way, how many
 * entries the history page shows, did reading it fail — read straight from storage, without
 * loading the store or the rules core (they live in the `flow` subpackage). Never throws, never
 * writes. Imports only the key, the notices, the platform reader and the entry shape, never zustand.
 */
import { STORAGE_KEY, STORAGE_NOTICES } from './messages'
import { readRaw } from './raw'
import { entryId, isObject, shownCount } from './shape'

export interface Peek {
  started: boolean
  /** The number of rows the history page shows (entries, up to the cap). */
  saved: number
  /** A notice when the saved data could not be read, or not all of it (nothing is written here). */
  problem: string | null
  /** The wizard step the unfinished assessment was left on (0-based), when it says one. */
  step?: number
}

export function peekSaved(): Peek {
  const r = readRaw(STORAGE_KEY)
  if (!r.ok) return { started: false, saved: 0, problem: STORAGE_NOTICES.readFailed }
  if (r.value === undefined) return { started: false, saved: 0, problem: null }
  let value: unknown
  try {
    value = typeof r.value === 'string' ? JSON.parse(r.value) : r.value
  } catch {
    return { started: false, saved: 0, problem: STORAGE_NOTICES.corrupt }
  }
  if (!isObject(value) || !('state' in value)) return { started: false, saved: 0, problem: STORAGE_NOTICES.foreign }
  const state = isObject(value.state) ? value.state : {}
  const answers = state.answers
  const history = Array.isArray(state.history) ? state.history : []
  // Items that are not entries at all are kept but cannot be shown: say so, as the flow pages do.
  const damaged = (state.history !== undefined && !Array.isArray(state.history)) || history.slice(0, 200).some((x) => entryId(x) === null)
  const peek: Peek = {
    started: isObject(answers) && Object.keys(answers).length > 0,
    saved: shownCount(history),
    problem: damaged ? STORAGE_NOTICES.partlyLost : null,
  }
  if (Number.isSafeInteger(state.step) && (state.step as number) >= 0) peek.step = state.step as number
  return peek
}
