/**
 * Profile validation by allow-list (valibot: modular, tree-shaken to the few validators
 * used here, and free of eval/new Function). Every problem is reported with its path;
 * a profile with any problem is refused whole, never half-evaluated.
 */
import * as v from 'valibot'
import { ANSWER_FIELDS } from './answers'
import type { Profile } from '../contract/types'
import { ACTIVITIES, PLATFORMS, SECTORS } from '../contract/types'

export interface ValidationProblem {
  /** Dotted path of the field, e.g. "operator.foreignShare" or "activities.2". */
  path: string
  message: string
}

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; problems: ValidationProblem[] }

/**
 * The profile schema, built from the answers table: each row's schema at its path, optional
 * unless the row is required; operator and facts are strict objects like the profile itself.
 */
function buildProfileSchema() {
  const top: Record<string, v.GenericSchema> = {}
  const nested: Record<string, Record<string, v.GenericSchema>> = {}
  for (const f of ANSWER_FIELDS) {
    const schema = f.required === true ? f.schema : v.optional(f.schema)
    if (f.path.length === 1) top[f.path[0]] = schema
    else (nested[f.path[0]] ??= {})[f.path[1]] = schema
  }
  return v.strictObject(
    {
      schemaVersion: v.literal(1, 'must be 1 (the only schema version this app knows)'),
      ...top,
      operator: v.strictObject(nested.operator ?? {}, 'must be an object'),
      facts: v.optional(v.strictObject(nested.facts ?? {}, 'must be an object')),
    },
    'must be an object',
  )
}

const ProfileSchema = buildProfileSchema()

function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => String(item.key)) ?? []
  return keys.length === 0 ? '(profile)' : keys.join('.')
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // strictObject reports an unknown key as "expected never" at that key's path.
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field'
  // A missing key is reported by the object with the key as `expected` ('"platforms"').
  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.received === 'undefined' && issue.expected?.startsWith('"') === true) return 'required'
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
  const p = result.output as unknown as Profile
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
