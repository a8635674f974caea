/**
 * Conditions are typed data, read by a small interpreter written here — never strings
 * run by `eval` or `new Function` (both mini-program platforms forbid them).
 *
 * The vocabulary follows json-rules-engine: `all`, `any`, `not`, and leaf facts.
 * Leaves name one answer of the profile, so the answers that made a rule fire can be
 * read back from it (see `drivers`), which is what the what-if view is built on.
 */
import type { Activity, AiModel, OperatorType, PersonalData, Platform, Profile, Sector, YesNoFact, YesNoUnsure } from '../contract/types'
import { UNSURE } from '../contract/types'

export type Flag = 'multiProvince' | 'pilotZone' | 'dishonestListed' | 'recruitsForOthers'
/** The operator answers that may be 'unsure' (contract v1.1). */
export type OperatorFlag = Exclude<Flag, 'recruitsForOthers'>

/** How a yes/no question was answered: 'unanswered' when the profile does not hold it. */
export const ANSWERS = ['yes', 'no', 'unsure', 'unanswered'] as const
export type Answer = (typeof ANSWERS)[number]

/** The answer a yes/no/unsure value gives (undefined: not asked, or not answered). */
export function answerOf(v: YesNoUnsure | undefined): Answer {
  if (v === undefined) return 'unanswered'
  if (v === UNSURE) return 'unsure'
  return v ? 'yes' : 'no'
}

export type Condition =
  | { activity: Activity }
  | { sector: Sector }
  | { platform: Platform }
  | { operator: OperatorType }
  | { flag: Flag }
  | { foreignShareAbove: number }
  | { fact: YesNoFact; is: Answer }
  | { flagIs: OperatorFlag; is: Answer }
  | { aiModel: AiModel | 'unsure' | 'unanswered' }
  /** Contract v1.2: the profile's personalData names this value; 'unanswered': personalData is absent (not asked). */
  | { personal: PersonalData | 'unanswered' }
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
  | { field: 'facts'; key: YesNoFact; value: Answer }
  | { field: 'operatorAnswer'; key: OperatorFlag; value: Answer }
  | { field: 'aiModel'; value: AiModel | 'unsure' | 'unanswered' }
  | { field: 'personalData'; value: PersonalData | 'unanswered' }

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
/** The mini-program collects this personal data (contract v1.2 personalData). */
export const pd = (x: PersonalData): Condition => ({ personal: x })
/** Any of these personal data. */
export const anyPd = (...x: PersonalData[]): Condition => ({ any: x.map(pd) })
/** personalData was not asked (a v1 or v1.1 profile): the verdict says what would refine it. */
export const PD_UNANSWERED: Condition = { personal: 'unanswered' }
/** A follow-up fact answered so: `fact('platformFees')` is "yes"; `fact('ownDrivers', 'no')`. */
export const fact = (key: YesNoFact, is: Answer = 'yes'): Condition => ({ fact: key, is })
/** A follow-up fact not yet settled: unanswered or 'unsure' (the verdict then names the fact). */
export const open = (key: YesNoFact): Condition => ({ any: [fact(key, 'unanswered'), fact(key, 'unsure')] })
/** An operator answer (multiProvince, pilotZone, dishonestListed) given as yes, no, unsure or not at all. */
export const flagIs = (key: OperatorFlag, is: Answer): Condition => ({ flagIs: key, is })

const factAnswer = (p: Profile, key: YesNoFact): Answer => answerOf(p.facts?.[key])
const aiAnswer = (p: Profile): AiModel | 'unsure' | 'unanswered' => p.facts?.aiModel ?? 'unanswered'

export function holds(c: Condition, p: Profile): boolean {
  if ('activity' in c) return p.activities.includes(c.activity)
  if ('sector' in c) return p.sectors.includes(c.sector)
  if ('platform' in c) return p.platforms.includes(c.platform)
  if ('operator' in c) return p.operator.type === c.operator
  if ('flag' in c) return c.flag === 'recruitsForOthers' ? p.recruitsForOthers === true : p.operator[c.flag] === true
  if ('foreignShareAbove' in c) return (p.operator.foreignShare ?? 0) > c.foreignShareAbove
  if ('fact' in c) return factAnswer(p, c.fact) === c.is
  if ('flagIs' in c) return answerOf(p.operator[c.flagIs]) === c.is
  if ('aiModel' in c) return aiAnswer(p) === c.aiModel
  if ('personal' in c) return c.personal === 'unanswered' ? p.personalData === undefined : p.personalData?.includes(c.personal) === true
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
  if ('fact' in c) return [{ field: 'facts', key: c.fact, value: c.is }]
  if ('flagIs' in c) return [{ field: 'operatorAnswer', key: c.flagIs, value: c.is }]
  if ('aiModel' in c) return [{ field: 'aiModel', value: c.aiModel }]
  if ('personal' in c) return [{ field: 'personalData', value: c.personal }]
  if ('all' in c) return c.all.flatMap((x) => drivers(x, p))
  if ('any' in c) return c.any.flatMap((x) => drivers(x, p))
  return []
}
