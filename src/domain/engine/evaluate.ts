/**
 * The evaluator: a valid profile in, the verdicts out. Pure and synchronous: the same
 * profile and ruleset give the same verdicts.
 *
 * 1–3. Which rows of a requirement fire, its status and its reasons: ../profile/combine.ts
 *    (one place, shared with the wizard's "is this question worth asking").
 * 4. The basis is the union of the kept reasons' bases; the question and the deciding
 *    `fact` are the strongest 'depends' rule's, given only when the status is 'depends'.
 *    A rule's WeChat sentence (`wechat`) joins its reason, and 'platform' its basis, only
 *    when WeChat is among the platforms.
 * 5. The core requirements (filing, ICP, EDI) always appear; any other only when it fired.
 * 6. Every requirement carries the `authority` that decides it (its book's office; for the
 *    telecom licences, from the eligibility check), `held` when facts.approvalsHeld names its
 *    sector (the status stays what the law says), and `blockers` when this operator cannot
 *    obtain it as things stand (eligibility.ts: company form, capital, foreign caps and bans).
 */
import { combine } from '../profile/combine'
import { assessEligibility } from './eligibility'
import { OFFICES, RULES, preApprovalSectors, type Rule, type RuleId } from '../law'
import { platformRules, type PlatformRuleResult } from '../law/virtual-payment'
import {
  CORE_REQUIREMENTS,
  KIND_OF,
  REQUIREMENT_IDS,
  UNSURE,
  YES_NO_FACTS,
  type Assessment,
  type Basis,
  type Profile,
  type Reason,
  type Requirement,
  type RequirementId,
  type Sector,
  type YesNoFact,
} from '../contract/types'
import { AUTHORITY_LABELS, UNSURE_CHECKS } from '../contract/labels'

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
export const ruleById = (id: RuleId): Rule => RULE_BY_ID.get(id) as Rule

/** For a follow-up fact answered 'unsure': what to check, and where (labels.ts UNSURE_CHECKS). */
function unsureCheck(fact: NonNullable<Requirement['fact']>, p: Profile): string | undefined {
  if (!(YES_NO_FACTS as readonly string[]).includes(fact)) return undefined
  const key = fact as YesNoFact
  return p.facts?.[key] === UNSURE ? UNSURE_CHECKS[key] : undefined
}

function reasonOf(r: Rule, p: Profile): Reason {
  const w = r.wechat !== undefined && p.platforms.includes('wechat') ? r.wechat : undefined
  const cites = w === undefined ? r.cites : [...r.cites, ...w.cites]
  return {
    rule: r.id,
    text: w === undefined ? r.text : `${r.text}${w.text}`,
    sources: [...new Set(cites.map((c) => c.source))],
    cites: cites.map((c) => ({ source: c.source, article: c.article })),
  }
}

const CORE: ReadonlySet<RequirementId> = new Set(CORE_REQUIREMENTS)

function evaluateRequirement(id: RequirementId, p: Profile): Requirement | null {
  const kept = combine(RULES_BY_REQUIREMENT.get(id) ?? [], p)
  if (kept.length === 0) return null
  const status = kept[0].status

  const onWechat = p.platforms.includes('wechat')
  const basis: Basis[] = []
  for (const b of ['law', 'platform'] as const) {
    if (kept.some((r) => r.basis.includes(b) || (b === 'platform' && onWechat && r.wechat !== undefined))) basis.push(b)
  }

  const req: Requirement = { id, kind: KIND_OF[id], status, basis, reasons: kept.map((r) => reasonOf(r, p)) }
  if (status === 'depends') {
    const decider = kept.find((r) => r.question !== undefined)
    if (decider?.question !== undefined) req.question = decider.question
    if (decider?.fact !== undefined) {
      req.fact = decider.fact
      const check = unsureCheck(decider.fact, p)
      if (check !== undefined && req.question !== undefined) req.question = `${req.question}（你选了「不确定」：${check}）`
    }
  }
  // A row that fires with a blocker (e.g. 双减: no new approvals) says the permit cannot be had.
  const rowBlockers = kept.flatMap((r) => (r.blocker === undefined ? [] : [{ code: r.blocker.code, text: r.blocker.text }]))
  if (rowBlockers.length > 0) req.blockers = rowBlockers
  req.authority = OFFICES[id].authority
  const sectors = OFFICES[id].sectors
  if (sectors !== undefined && sectors.some((s) => p.facts?.approvalsHeld?.includes(s) && p.sectors.includes(s))) req.held = true
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

/**
 * The verdicts: one status per requirement with its reasons, office, held flag and blockers; the
 * pre-approvals; the eligibility check; the platform rules that are not permits. Categories,
 * next steps, materials and the plan are composed from these by ../result/assess.ts.
 */
export interface Verdicts {
  requirements: Requirement[]
  preApprovals: Sector[]
  eligibility: Assessment['eligibility']
  platformRules: PlatformRuleResult[]
}

/** Evaluate a profile already known to be valid: verdicts only (see ../result/assess.ts). */
export function evaluate(p: Profile): Verdicts {
  const requirements = evaluateRequirements(p)
  const { eligibility, blockers } = assessEligibility(p, requirements)
  for (const r of requirements) {
    const b = blockers.get(r.id)
    if (b !== undefined && b.length > 0) r.blockers = [...(r.blockers ?? []), ...b]
    if (eligibility !== null && eligibility.licenses.includes(r.id)) r.authority = AUTHORITY_LABELS[eligibility.authority]
  }
  return { requirements, preApprovals: preApprovalSectors(p), eligibility, platformRules: platformRules(p) }
}
