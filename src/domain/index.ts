/**
 * The rules core's public face: pure TypeScript, no Taro, no React. The layers, each importing
 * only those above it in this list (test/domain/index.test.ts holds the order):
 *
 *   contract/    the contract's types and their zh-CN labels
 *   profile/     the answers table, the wizard's steps, validation, capital input, share links
 *                (its own way in, ./profile/index.ts, is all the wizard and the store import)
 *   law/         the rulebook: the condition language, sources, one folder per requirement
 *   engine/      verdicts: evaluate (profile → requirements, eligibility, pre-approvals)
 *   categories/  the platforms' service categories and the classifier
 *   result/      assess (verdicts → assessment and plan), steps, summary, what-if, AI and personal blocks
 */
import { validateProfile, type ValidationProblem } from './profile/validate'
import { assessmentOf, type EvaluatedAssessment } from './result/assess'

export type AssessResult = { ok: true; assessment: EvaluatedAssessment } | { ok: false; problems: ValidationProblem[] }

/** Untrusted input in: refused whole with every problem by path, or assessed. */
export function assess(input: unknown): AssessResult {
  const v = validateProfile(input)
  return v.ok ? { ok: true, assessment: assessmentOf(v.profile) } : v
}

// The app imports the core through this module (and the wizard through ./profile), so webpack can
// concatenate the core into one scope (calls between its modules are plain calls, not `(0,m.f)(…)`
// across module wrappers).
export * from './profile'
export { SOURCES, sourceById, LEVEL_LABEL, type Source, type SourceLevel } from './law/sources'
export * from './law'
export { RULESET_VERSION, RULESET_DATE } from './law/version'
export { evaluate, evaluateRequirements, RULE_BY_ID, ruleById, type Verdicts } from './engine/evaluate'
export { DISHONEST_LOOKUP, pilotStatus } from './engine/eligibility'
export * from './categories'
export * from './result/assess'
export * from './result/ai'
export * from './result/citations'
export * from './result/filing-draft'
export * from './result/personal'
export * from './result/plan'
export * from './result/summary'
export * from './result/whatif'
