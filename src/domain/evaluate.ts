/**
 * The evaluator: a valid profile in, an assessment out. Pure and synchronous: the same
 * profile and ruleset give the same assessment.
 *
 * How several firing rules combine into one status (one place, here):
 * 1. A requirement's non-fallback rules whose condition holds fire. If none fires, its
 *    fallback rules (the "why not") fire instead.
 * 2. The status is the strongest among the fired rules, in the order
 *      required > likely > consult > depends > notRequired
 *    — the order of how strongly each pushes the merchant to act: a demand beats a
 *    probable demand; a contested point (consult) beats one a single answer settles
 *    (depends); "not required" holds only where nothing else fired.
 * 3. The reasons are the fired rules, strongest first. A "not required" reason is dropped
 *    when something stronger fired, so a reason never argues against its own verdict.
 * 4. The basis is the union of the kept reasons' bases; the question is the strongest
 *    'depends' rule's question, given only when the status is 'depends'.
 * 5. The core requirements (filing, ICP, EDI) always appear; any other only when it fired.
 */
import { classify, platformGatesFrom } from './categories'
import { holds } from './condition'
import { checkEligibility } from './eligibility'
import { PRE_APPROVALS, RULES, type Rule } from './rules'
import { platformRules, type PlatformRuleResult } from './rules/virtual-payment'
import { buildMaterials, buildNextSteps } from './steps'
import type { Assessment, Basis, Profile, Requirement, RequirementId, Sector, Status } from './types'
import { CORE_REQUIREMENTS, REQUIREMENT_IDS, SECTORS } from './types'
import { RULESET_VERSION } from './version'

export const STATUS_STRENGTH: Record<Status, number> = {
  required: 4,
  likely: 3,
  consult: 2,
  depends: 1,
  notRequired: 0,
}

const RULES_BY_REQUIREMENT: ReadonlyMap<RequirementId, readonly Rule[]> = (() => {
  const m = new Map<RequirementId, Rule[]>()
  for (const r of RULES) {
    const list = m.get(r.requirement) ?? []
    list.push(r)
    m.set(r.requirement, list)
  }
  return m
})()

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]))

const CORE: ReadonlySet<RequirementId> = new Set(CORE_REQUIREMENTS)

function evaluateRequirement(id: RequirementId, p: Profile): Requirement | null {
  const rules = RULES_BY_REQUIREMENT.get(id) ?? []
  let fired = rules.filter((r) => !r.fallback && holds(r.when, p))
  if (fired.length === 0) fired = rules.filter((r) => r.fallback === true && holds(r.when, p))
  if (fired.length === 0) return null

  // Stable sort: rulebook order breaks ties.
  fired.sort((a, b) => STATUS_STRENGTH[b.status] - STATUS_STRENGTH[a.status])
  const status = fired[0].status
  const kept = status === 'notRequired' ? fired : fired.filter((r) => r.status !== 'notRequired')

  const basis: Basis[] = []
  for (const b of ['law', 'platform'] as const) if (kept.some((r) => r.basis.includes(b))) basis.push(b)

  const req: Requirement = {
    id,
    status,
    basis,
    reasons: kept.map((r) => ({ rule: r.id, text: r.text, sources: [...r.sources] })),
  }
  if (status === 'depends') {
    const q = kept.find((r) => r.question !== undefined)?.question
    if (q !== undefined) req.question = q
  }
  return req
}

export function evaluateRequirements(p: Profile): Requirement[] {
  const out: Requirement[] = []
  for (const id of REQUIREMENT_IDS) {
    const r = evaluateRequirement(id, p)
    if (r !== null) out.push(r)
    else if (CORE.has(id)) throw new Error(`rulebook has no rule for core requirement ${id}`)
  }
  return out
}

function preApprovals(p: Profile): Sector[] {
  return SECTORS.filter((s) => PRE_APPROVALS[s] !== undefined && p.sectors.includes(s))
}

/**
 * The assessment with the output fields added after contract v1.1 (additive; no contract name
 * changes): `platformRules`, platform rules that are not permits (WeChat 虚拟支付, rules/virtual-payment.ts).
 */
export type EvaluatedAssessment = Assessment & { platformRules: PlatformRuleResult[] }

/** Evaluate a profile already known to be valid (see `assess` for untrusted input). */
export function evaluate(p: Profile): EvaluatedAssessment {
  const requirements = evaluateRequirements(p)
  const pre = preApprovals(p)
  const eligibility = checkEligibility(p, requirements)
  const categories = classify(p, requirements)
  return {
    rulesetVersion: RULESET_VERSION,
    requirements,
    preApprovals: pre,
    platformGates: platformGatesFrom(categories),
    eligibility,
    nextSteps: buildNextSteps(p, requirements, pre, eligibility),
    materials: buildMaterials(requirements, pre),
    categories,
    platformRules: platformRules(p),
  }
}
