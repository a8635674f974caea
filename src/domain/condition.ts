/**
 * Conditions are typed data, read by a small interpreter written here — never strings
 * run by `eval` or `new Function` (both mini-program platforms forbid them).
 *
 * The vocabulary follows json-rules-engine: `all`, `any`, `not`, and leaf facts.
 * Leaves name one answer of the profile, so the answers that made a rule fire can be
 * read back from it (see `drivers`), which is what the what-if view is built on.
 */
import type { Activity, OperatorType, Platform, Profile, Sector } from './types'

export type Flag = 'multiProvince' | 'pilotZone' | 'dishonestListed' | 'recruitsForOthers'

export type Condition =
  | { activity: Activity }
  | { sector: Sector }
  | { platform: Platform }
  | { operator: OperatorType }
  | { flag: Flag }
  | { foreignShareAbove: number }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }

/** One answer of the profile that a condition rests on. */
export type Driver =
  | { field: 'activities'; value: Activity }
  | { field: 'sectors'; value: Sector }
  | { field: 'platforms'; value: Platform }
  | { field: 'operatorType'; value: OperatorType }
  | { field: Flag; value: true }
  | { field: 'foreignShare'; value: number }

// Shorthands, so the rulebook reads like a table.
export const act = (activity: Activity): Condition => ({ activity })
export const sec = (sector: Sector): Condition => ({ sector })
export const on = (platform: Platform): Condition => ({ platform })
export const op = (operator: OperatorType): Condition => ({ operator })
export const flag = (f: Flag): Condition => ({ flag: f })
export const all = (...c: Condition[]): Condition => ({ all: c })
export const any = (...c: Condition[]): Condition => ({ any: c })
export const not = (c: Condition): Condition => ({ not: c })
export const anyActivity = (...a: Activity[]): Condition => ({ any: a.map(act) })
export const anySector = (...s: Sector[]): Condition => ({ any: s.map(sec) })
export const ALWAYS: Condition = { all: [] }

export function holds(c: Condition, p: Profile): boolean {
  if ('activity' in c) return p.activities.includes(c.activity)
  if ('sector' in c) return p.sectors.includes(c.sector)
  if ('platform' in c) return p.platforms.includes(c.platform)
  if ('operator' in c) return p.operator.type === c.operator
  if ('flag' in c) return c.flag === 'recruitsForOthers' ? p.recruitsForOthers === true : p.operator[c.flag] === true
  if ('foreignShareAbove' in c) return (p.operator.foreignShare ?? 0) > c.foreignShareAbove
  if ('all' in c) return c.all.every((x) => holds(x, p))
  if ('any' in c) return c.any.some((x) => holds(x, p))
  return !holds(c.not, p)
}

/**
 * The answers that make `c` true for `p`: the leaves that hold, outside any `not`
 * (an answer under `not` keeps a rule from firing; removing it cannot un-fire it).
 */
export function drivers(c: Condition, p: Profile): Driver[] {
  if (!holds(c, p)) return []
  if ('activity' in c) return [{ field: 'activities', value: c.activity }]
  if ('sector' in c) return [{ field: 'sectors', value: c.sector }]
  if ('platform' in c) return [{ field: 'platforms', value: c.platform }]
  if ('operator' in c) return [{ field: 'operatorType', value: c.operator }]
  if ('flag' in c) return [{ field: c.flag, value: true }]
  if ('foreignShareAbove' in c) return [{ field: 'foreignShare', value: p.operator.foreignShare ?? 0 }]
  if ('all' in c) return c.all.flatMap((x) => drivers(x, p))
  if ('any' in c) return c.any.flatMap((x) => drivers(x, p))
  return []
}
