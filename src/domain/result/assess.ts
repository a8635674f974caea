/**
 * A valid profile in; everything the pages and the CLI show out, composed once from the
 * verdicts (../engine/evaluate.ts): the contract's assessment (verdicts, categories, platform
 * gates, next steps, materials) and the plan. The pages evaluate through this function only, once
 * per profile; so does the CLI.
 */
import { classify, platformGatesFrom } from '../categories'
import type { Assessment, Profile } from '../contract/types'
import { evaluate } from '../engine/evaluate'
import type { PlatformRuleResult } from '../law'
import { RULESET_VERSION } from '../law/version'
import { aiBlock, type AiBlock } from './ai'
import { personalGuidance, type PersonalGuidance } from './personal'
import { buildPlan, type Plan } from './plan'
import { buildMaterials, buildNextSteps } from './steps'

/**
 * The assessment with the output fields added after contract v1.1 (additive; no contract name
 * changes): `platformRules`, platform rules that are not permits (WeChat 虚拟支付).
 */
export type EvaluatedAssessment = Assessment & { platformRules: PlatformRuleResult[] }

/** The contract's assessment of a valid profile. */
export function assessmentOf(p: Profile): EvaluatedAssessment {
  const { requirements, preApprovals, eligibility, platformRules } = evaluate(p)
  const categories = classify(p, requirements)
  return {
    rulesetVersion: RULESET_VERSION,
    requirements,
    preApprovals,
    platformGates: platformGatesFrom(categories),
    eligibility,
    nextSteps: buildNextSteps(p, requirements, preApprovals, eligibility),
    // Copied at the boundary: the groups come from module constants (steps.ts), and a result must own its objects.
    materials: buildMaterials(requirements, preApprovals).map((g) => ({ ...g, anyOf: g.anyOf.map((alt) => [...alt]) })),
    categories,
    platformRules,
  }
}

export interface Assessed {
  profile: Profile
  assessment: EvaluatedAssessment
  plan: Plan
  /** The AI block (what an AI feature needs), when the app generates content. */
  ai: AiBlock | null
  /** What a personal entity may do, when the operator is a person. */
  personal: PersonalGuidance | null
}

/** The assessment, its plan and the result's blocks: what a result page shows, worked out once. */
export function assessProfile(p: Profile): Assessed {
  const a = assessmentOf(p)
  return { profile: p, assessment: a, plan: buildPlan(p, a), ai: aiBlock(p, a), personal: personalGuidance(p, a) }
}
