/** The rules core's public face: pure TypeScript, no Taro, no React. */
import { evaluate } from './evaluate'
import type { Assessment } from './types'
import { validateProfile, type ValidationProblem } from './validate'

export type AssessResult = { ok: true; assessment: Assessment } | { ok: false; problems: ValidationProblem[] }

/** Untrusted input in: refused whole with every problem by path, or evaluated. */
export function assess(input: unknown): AssessResult {
  const v = validateProfile(input)
  return v.ok ? { ok: true, assessment: evaluate(v.profile) } : v
}

export * from './types'
export { evaluate, RULE_BY_ID, ruleById, STATUS_STRENGTH } from './evaluate'
export { validateProfile, formatProblems, type ValidationProblem } from './validate'
export { SOURCES, sourceById, LEVEL_LABEL, type Source, type SourceLevel } from './sources'
export { RULES, PRE_APPROVALS, isNeeded, type Rule, type RuleId, type Cite, type DecidingFact } from './rules'
export { OFFICES, type Office } from './rules/offices'
export { DISHONEST_LOOKUP, pilotStatus } from './eligibility'
export { RULESET_VERSION, RULESET_DATE } from './version'
export { headline, summaryText, DISCLAIMER } from './summary'
export * from './labels'
export { PROVINCES, provinceName } from './provinces'
export * from './questions'
export { encodeShare, decodeShare, toQueryString, SHARE_SCHEMA, type ShareResult } from './share'
export { causes, whatIf, withoutDriver, driverLabel, compare, type Cause, type Change, type WhatIf, type Driver } from './whatif'

// The app imports the core through this module only, so webpack can concatenate the core into one
// scope (calls between its modules are plain calls, not `(0,m.f)(…)` across module wrappers).
export * from './ai'
export * from './answers'
export * from './categories'
export * from './citations'
export * from './evaluate'
export * from './personal'
export * from './plan'
export * from './rules'
export * from './share'
export * from './sources'
export * from './summary'
export * from './validate'
export * from './version'
export * from './whatif'
