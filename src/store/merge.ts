/**
 * Merge on write: two pages of one browser (or a page and a stale copy of its own state) each
 * hold the history; before a write the stored list is read again and merged with the page's,
 * entry by entry (by id), so neither page's saved result is lost. Pure: no Taro here.
 *
 * - In both: the newer one (`updatedAt`, else `savedAt`) wins; a tie keeps the page's.
 *   Fields this version does not know (written by a newer one) are kept from the stored copy.
 * - Only stored: kept, unless this page removed it (`removed`). Entries this version cannot
 *   read, and entries past the display cap, are never in the page's list: they stay as they are.
 * - Only the page's: kept, unless it was stored when the page last read or wrote (`base`) and is
 *   gone now — another page deleted it.
 * - Trimming to the cap happens only when asked (the user saved a result): the oldest go.
 */
import { entryId, HISTORY_LIMIT, isObject } from './shape'

/** The fields this version writes for an entry; any other field of a stored entry is kept as it is. */
const KNOWN = ['id', 'savedAt', 'updatedAt', 'profile', 'rulesetVersion', 'headline', 'statuses', 'done', 'name']

interface Keyed {
  id: string
  savedAt?: unknown
  updatedAt?: unknown
}

const text = (x: unknown): string => (typeof x === 'string' ? x : '')
const stamp = (e: Keyed | Record<string, unknown>): string => text(e.updatedAt) || text(e.savedAt)

export interface MergeInput<E extends Keyed> {
  /** The page's entries (readable ones only). */
  mine: readonly E[]
  /** The stored list as it is now (ids already made unique). */
  theirs: readonly unknown[]
  /** Ids stored when this page last read or wrote. */
  base: ReadonlySet<string>
  /** Ids this page removed. */
  removed: ReadonlySet<string>
  /** Cut the list to HISTORY_LIMIT entries (newest kept). */
  trim: boolean
}

export interface MergeOutput {
  /** The list to store: entries newest first, then items that are not entries, as they were. */
  list: unknown[]
  /** Ids cut by the trim (to remember as removed). */
  trimmed: string[]
}

export function mergeHistory<E extends Keyed>({ mine, theirs, base, removed, trim }: MergeInput<E>): MergeOutput {
  const stored = new Map<string, Record<string, unknown>>()
  const junk: unknown[] = []
  for (const x of theirs) {
    const id = entryId(x)
    if (id === null) junk.push(x)
    else if (!stored.has(id)) stored.set(id, x as Record<string, unknown>)
  }
  const out: Array<{ id: string; value: unknown; at: string }> = []
  const placed = new Set<string>()
  for (const m of mine) {
    if (placed.has(m.id)) continue
    const s = stored.get(m.id)
    if (s === undefined) {
      if (base.has(m.id)) continue // stored before, gone now: deleted by another page
      out.push({ id: m.id, value: m, at: text(m.savedAt) })
    } else if (stamp(s) > stamp(m)) {
      out.push({ id: m.id, value: s, at: text(s.savedAt) })
    } else {
      const kept: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(s)) if (!KNOWN.includes(k)) kept[k] = v
      out.push({ id: m.id, value: Object.keys(kept).length === 0 ? m : { ...kept, ...m }, at: text(m.savedAt) })
    }
    placed.add(m.id)
  }
  for (const [id, s] of stored) {
    if (placed.has(id) || removed.has(id)) continue
    out.push({ id, value: s, at: text(s.savedAt) })
    placed.add(id)
  }
  // Newest first; equal dates keep their order (the page's first).
  const sorted = out.map((e, i) => ({ e, i })).sort((a, b) => (a.e.at === b.e.at ? a.i - b.i : a.e.at < b.e.at ? 1 : -1)).map(({ e }) => e)
  const keep = trim ? sorted.slice(0, HISTORY_LIMIT) : sorted
  const trimmed = trim ? sorted.slice(HISTORY_LIMIT).map((e) => e.id) : []
  return { list: [...keep.map((e) => e.value), ...junk], trimmed }
}

/** The ids of a stored list's entries. */
export function idsOf(list: readonly unknown[]): Set<string> {
  const ids = new Set<string>()
  for (const x of list) {
    const id = entryId(x)
    if (id !== null) ids.add(id)
  }
  return ids
}

export { isObject }
