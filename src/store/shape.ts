/**
 * What makes a stored history item an entry at all: an object with an `id` of 1–64 chars.
 * The home page counts these (peek.ts) and the history page shows one row for each, so the
 * two always agree. Imports nothing: the home page (main package) uses it.
 */
export const HISTORY_LIMIT = 50
export const ID_MAX = 64

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** The item's id, or null when it is not an entry (kept in storage as it is, never shown). */
export function entryId(x: unknown): string | null {
  if (!isObject(x)) return null
  const id = x.id
  return typeof id === 'string' && id.length > 0 && id.length <= ID_MAX ? id : null
}

/**
 * Two items with one id (storage edited by hand) are two entries: the later ones get an id of
 * their own (`id~2`, `id~3` …, never one already taken). The same list always gets the same ids,
 * so the store and the merge before each write agree on them.
 */
export function uniqueIds(list: readonly unknown[]): unknown[] {
  const taken = new Set<string>()
  for (const x of list) {
    const id = entryId(x)
    if (id !== null) taken.add(id)
  }
  const seen = new Set<string>()
  return list.map((x) => {
    const id = entryId(x)
    if (id === null) return x
    if (!seen.has(id)) {
      seen.add(id)
      return x
    }
    let n = 2
    let fresh = `${id.slice(0, ID_MAX - 6)}~${n}`
    while (taken.has(fresh)) fresh = `${id.slice(0, ID_MAX - 6)}~${++n}`
    taken.add(fresh)
    seen.add(fresh)
    return { ...(x as Record<string, unknown>), id: fresh }
  })
}

/** How many entries the history page shows for a stored list (the home page's count). */
export function shownCount(list: readonly unknown[]): number {
  let n = 0
  for (const x of list) {
    if (entryId(x) !== null) n++
    if (n === HISTORY_LIMIT) break
  }
  return n
}
