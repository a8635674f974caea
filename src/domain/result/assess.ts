/**
 * A valid profile in; everything the pages and the CLI show out, composed once from the
 * verdicts (../engine/evaluate.ts): the contract's assessment (verdicts, categories, platform
 * gates, next steps, materials) and the plan. The pages evaluate through this function only, once
 * per profile; so does the CLI.
 */
import { classify, platformGatesFrom } from '../categories'
import type { Assessment, Category, Profile } from '../contract/types'
import { PLATFORM_LABELS } from '../contract/labels'
import { FIELD_BY_ID } from '../profile/answers'
import { evaluate } from '../engine/evaluate'
import type { PlatformRuleResult } from '../law'
import { RULESET_VERSION } from '../law/version'
import { aiBlock, type AiBlock } from './ai'
import { filingDraftNotes, filingDraftsOf, type FilingDraftDetail, type FilingDraftNote } from './filing-draft'
import { personalGuidance, type PersonalGuidance } from './personal'
import { buildPlan, type Plan } from './plan'
import { buildMaterials, buildNextSteps } from './steps'

/**
 * The assessment with the output fields added after contract v1.1 (additive; no contract name
 * changes): `platformRules`, platform rules that are not permits (WeChat 虚拟支付).
 */
export type EvaluatedAssessment = Assessment & {
  platformRules: PlatformRuleResult[]
  /** The 备案 form filled in, per platform whose form is known, with alternatives and notes (contract v1.2 `filingDrafts`). */
  filingDrafts: FilingDraftDetail[]
  /** For a chosen platform without a draft (Alipay): why, in one sentence. */
  filingDraftNotes: FilingDraftNote[]
}

/**
 * A category the chosen platform does not open to this operator type is a blocker of the launch
 * (contract v1.2 `categoryUnavailable`, on `icpFiling`): review rejects the service, whatever is
 * filed. Said first on the result, with the way out (plan.ts).
 */
function categoryBlockers(p: Profile, categories: readonly Category[]): Array<{ code: 'categoryUnavailable'; text: string }> {
  const operator = FIELD_BY_ID.operatorType.kind === 'single' ? FIELD_BY_ID.operatorType.options.find((o) => o.value === p.operator.type)?.label : undefined
  return categories
    // WeChat's lists are read (B1/B2) and Douyin's restricted list (its open list is not); Alipay's are
    // not, so no Alipay category is said to be closed.
    .filter((c) => c.platform !== 'alipay' && !c.available && c.path.length > 0 && p.platforms.includes(c.platform))
    .map((c) => ({
      code: 'categoryUnavailable' as const,
      text:
        c.platform === 'douyin'
          ? `抖音暂不接入「${c.path.join('-')}」类目（《小程序限制经营类目》）：这项服务在抖音上提审会被驳回，上线后也会被下架。`
          : `${PLATFORM_LABELS[c.platform]}不对${operator ?? '这类主体'}开放「${c.path.join('-')}」类目：这项服务提审会被驳回，备案也上线不了。`,
    }))
}

/** The contract's assessment of a valid profile. */
export function assessmentOf(p: Profile): EvaluatedAssessment {
  const { requirements, preApprovals, eligibility, platformRules } = evaluate(p)
  const categories = classify(p, requirements)
  const closed = categoryBlockers(p, categories)
  const filing = requirements.find((r) => r.id === 'icpFiling')
  if (filing !== undefined && closed.length > 0) filing.blockers = [...(filing.blockers ?? []), ...closed]
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
    filingDrafts: filingDraftsOf(p, { requirements, preApprovals }),
    filingDraftNotes: filingDraftNotes(p),
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
