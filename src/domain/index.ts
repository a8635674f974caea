/** The rules core's public face: pure TypeScript, no Taro, no React. */
import { evaluate } from './engine/evaluate'
import type { Assessment } from './contract/types'
import { validateProfile, type ValidationProblem } from './profile/validate'

export type AssessResult = { ok: true; assessment: Assessment } | { ok: false; problems: ValidationProblem[] }

/** Untrusted input in: refused whole with every problem by path, or evaluated. */
export function assess(input: unknown): AssessResult {
  const v = validateProfile(input)
  return v.ok ? { ok: true, assessment: evaluate(v.profile) } : v
}

export * from './contract/types'
export { evaluate, RULE_BY_ID, ruleById, STATUS_STRENGTH } from './engine/evaluate'
export { validateProfile, formatProblems, type ValidationProblem } from './profile/validate'
export { SOURCES, sourceById, LEVEL_LABEL, type Source, type SourceLevel } from './law/sources'
export { RULES, PRE_APPROVALS, isNeeded, type Rule, type RuleId, type Cite, type DecidingFact } from './law'
export { OFFICES, type Office } from './law/offices'
export { DISHONEST_LOOKUP, pilotStatus } from './engine/eligibility'
export { RULESET_VERSION, RULESET_DATE } from './law/version'
export { headline, summaryText, DISCLAIMER } from './result/summary'
export * from './contract/labels'
export { PROVINCES, provinceName } from './profile/provinces'
export * from './profile/questions'
export { encodeShare, decodeShare, toQueryString, SHARE_SCHEMA, type ShareResult } from './profile/share'
export { causes, whatIf, withoutDriver, driverLabel, compare, type Cause, type Change, type WhatIf, type Driver } from './result/whatif'

// The app imports the core through this module only, so webpack can concatenate the core into one
// scope (calls between its modules are plain calls, not `(0,m.f)(…)` across module wrappers).
export * from './result/ai'
export * from './profile/answers'
export * from './categories'
export * from './result/citations'
export * from './engine/evaluate'
export * from './result/personal'
export * from './result/plan'
export * from './law'
export * from './profile/share'
export * from './law/sources'
export * from './result/summary'
export * from './profile/validate'
export * from './law/version'
export * from './result/whatif'
