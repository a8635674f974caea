/**
 * Profile validation by allow-list (valibot: modular, tree-shaken to the few validators
 * used here, and free of eval/new Function). Every problem is reported with its path;
 * a profile with any problem is refused whole, never half-evaluated.
 */
import * as v from 'valibot'
import { PROVINCE_CODES } from './provinces'
import type { Profile } from './types'
import { ACTIVITIES, AI_MODELS, OPERATOR_TYPES, PLATFORMS, SECTORS, UNSURE, YES_NO_FACTS, type YesNoFact } from './types'

export interface ValidationProblem {
  /** Dotted path of the field, e.g. "operator.foreignShare" or "activities.2". */
  path: string
  message: string
}

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; problems: ValidationProblem[] }

const oneOf = (values: readonly string[]): string => `must be one of ${values.join(', ')}`
const flag = () => v.optional(v.boolean('must be true or false'))
/** A yes/no answer that may also be 'unsure' (contract v1.1). */
const yesNoUnsure = () => v.optional(v.union([v.boolean(), v.literal(UNSURE)], 'must be true, false or "unsure"'))

const FactsSchema = v.strictObject(
  {
    ...(Object.fromEntries(YES_NO_FACTS.map((k) => [k, yesNoUnsure()])) as Record<YesNoFact, ReturnType<typeof yesNoUnsure>>),
    aiModel: v.optional(v.picklist([...AI_MODELS, UNSURE], oneOf([...AI_MODELS, UNSURE]))),
    approvalsHeld: v.optional(v.array(v.picklist(SECTORS, oneOf(SECTORS)), 'must be a list')),
  },
  'must be an object',
)

const ProfileSchema = v.strictObject(
  {
    schemaVersion: v.literal(1, 'must be 1 (the only schema version this app knows)'),
    platforms: v.pipe(
      v.array(v.picklist(PLATFORMS, oneOf(PLATFORMS)), 'must be a list'),
      v.minLength(1, 'must name at least one platform'),
    ),
    operator: v.strictObject(
      {
        type: v.picklist(OPERATOR_TYPES, oneOf(OPERATOR_TYPES)),
        registeredCapital: v.optional(
          v.pipe(
            v.number('must be a number of yuan'),
            v.integer('must be a whole number of yuan'),
            v.minValue(0, 'must be 0 or more'),
          ),
        ),
        foreignShare: v.optional(
          v.pipe(
            v.number('must be a number'),
            v.minValue(0, 'must be between 0 and 100'),
            v.maxValue(100, 'must be between 0 and 100'),
          ),
        ),
        province: v.optional(v.picklist(PROVINCE_CODES, 'must be the GB/T 2260 code of a province, e.g. "440000"')),
        pilotZone: yesNoUnsure(),
        multiProvince: yesNoUnsure(),
        dishonestListed: yesNoUnsure(),
      },
      'must be an object',
    ),
    activities: v.array(v.picklist(ACTIVITIES, oneOf(ACTIVITIES)), 'must be a list'),
    sectors: v.array(v.picklist(SECTORS, oneOf(SECTORS)), 'must be a list'),
    recruitsForOthers: flag(),
    facts: v.optional(FactsSchema),
  },
  'must be an object',
)

function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => String(item.key)) ?? []
  return keys.length === 0 ? '(profile)' : keys.join('.')
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // strictObject reports an unknown key as "expected never" at that key's path.
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field'
  return issue.message
}

/** Keep each list in the canonical order of its value set, without repeats. */
function canonical<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  return order.filter((x) => values.includes(x))
}

export function validateProfile(input: unknown): ValidationResult {
  const result = v.safeParse(ProfileSchema, input)
  if (!result.success) {
    return { ok: false, problems: result.issues.map((i) => ({ path: pathOf(i), message: messageOf(i) })) }
  }
  const p = result.output as Profile
  const profile: Profile = {
    ...p,
    platforms: canonical(p.platforms, PLATFORMS),
    activities: canonical(p.activities, ACTIVITIES),
    sectors: canonical(p.sectors, SECTORS),
  }
  if (p.facts?.approvalsHeld !== undefined) profile.facts = { ...p.facts, approvalsHeld: canonical(p.facts.approvalsHeld, SECTORS) }
  return { ok: true, profile }
}

export function formatProblems(problems: readonly ValidationProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`)
}
