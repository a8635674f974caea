/**
 * The result as an action plan (issue 13): what blocks the merchant and the ways out, the
 * steps to take in order (office, where to apply, statutory and typical time, validity, a
 * materials checklist with stable ids), what is still undecided with the question that
 * decides it, and what is not needed with its one-line why. Pure: the page only renders it.
 *
 * Time and office facts come from the licensing reference (S2 60-day review, S20 5-year
 * validity, S21 practitioner timings, S6 filing timings, A6 prepaid-card filing, S18 games);
 * where the reference gives no time (setting up a company, changing the shareholding) the
 * plan says nothing rather than guess.
 */
import { is as matches } from 'valibot'
import { drivers as conditionDrivers, type Driver } from '../profile/condition'
import { RULE_BY_ID, evaluate } from '../engine/evaluate'
import { REQUIREMENT_LABELS, formatYuan } from '../contract/labels'
import { type DecidingFact } from '../law'
import { FILING_TIMES, LICENCE_TIMES, ORGANISATION_ONLY, PROCEDURES, toCite } from '../law'
import { sourceById } from '../law/sources'
import { HEADLINE_NAMES, headline } from './summary'
import type { AiModel, Assessment, EligibilityProblemCode, MaterialGroup, Profile, Requirement, RequirementId, Status } from '../contract/types'
import { PLAN_ORDER, UNSURE, isDuty, isNeeded, isTelecomLicense, isUndecided } from '../contract/types'
import { driverLabel, withoutDriver } from './whatif'
import { WHERE_FILING, actionOf, orderDuties, orderRequirements } from './steps'
import { FIELD_BY_ID, fromYesNo, getAt, setAt } from '../profile/answers'

export type { DecidingFact } from '../law'

/** The order cards and steps come in: required, likely, depends/consult, notRequired. */
export { PLAN_ORDER }

export { orderRequirements } from './steps'

export { citations, shortTitle, sourcesText, type CitationRef } from './citations'

// ---------------------------------------------------------------------------------------------
// Steps: office, where, time, validity, materials.



export interface ChecklistItem {
  /** Stable across renders and ruleset versions while the text stays: saved with the history entry. */
  id: string
  text: string
}

export interface PlanStep {
  id: RequirementId
  status: Status
  label: string
  /** What to do, in one line, never naming an undecided office as the one to apply to. */
  action: string
  held: boolean
  authority?: string
  where?: string
  statutory?: string
  typical?: string
  validity?: string
  items: ChecklistItem[]
  sources: string[]
}

/** A short stable hash (FNV-1a, base 36) of an item's text. */
function hash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

/** One checklist item per material; any-of alternatives become one item "A 或 B". */
export function checklist(groups: readonly MaterialGroup[]): ChecklistItem[] {
  const out: ChecklistItem[] = []
  for (const g of groups) {
    const texts = g.anyOf.length === 1 ? g.anyOf[0] : [g.anyOf.map((x) => x.join('、')).join(' 或 ')]
    for (const text of texts) {
      const id = `m-${hash(`${g.title}|${text}`)}`
      if (!out.some((x) => x.id === id)) out.push({ id, text })
    }
  }
  return out
}

const isFilingGroup = (g: MaterialGroup) => g.title.startsWith('小程序备案')

export function buildSteps(p: Profile, a: Assessment): PlanStep[] {
  const needed = orderRequirements(a.requirements.filter((r) => isNeeded(r) && !isDuty(r)))
  const filingItems = checklist(a.materials.filter(isFilingGroup))
  const licenceItems = checklist(a.materials.filter((g) => !isFilingGroup(g)))
  return needed.map((r): PlanStep => {
    // How it is obtained, from the requirement's folder (law/<requirement>: PROCEDURE); absent: left unsaid.
    const facts = PROCEDURES[r.id]
    const factSources = [...new Set((facts?.cites ?? []).map((c) => toCite(c).source))]
    const label = REQUIREMENT_LABELS[r.id]
    const authority = r.authority
    const where = r.id === 'icpFiling' ? p.platforms.map((x) => WHERE_FILING[x]).join('；') : facts?.where
    const held = r.held === true
    const action = actionOf(p, r)
    const step: PlanStep = {
      id: r.id,
      status: r.status,
      label,
      action,
      held,
      items: held ? [] : r.id === 'icpFiling' ? filingItems : isTelecomLicense(r.id) ? licenceItems : [],
      sources: factSources.filter((s) => sourceById(s) !== undefined),
    }
    if (authority !== undefined) step.authority = authority
    if (where !== undefined) step.where = where
    if (!held) {
      if (facts?.statutory !== undefined) step.statutory = facts.statutory
      if (facts?.typical !== undefined) step.typical = facts.typical
    }
    if (facts?.validity !== undefined) step.validity = facts.validity
    return step
  })
}

/** Licence checklists are shared by the telecom steps: count each item once. */
export function progress(steps: readonly PlanStep[], done: readonly string[]): { done: number; total: number } {
  const ids = new Set<string>()
  for (const s of steps) for (const i of s.items) ids.add(i.id)
  let n = 0
  for (const id of ids) if (done.includes(id)) n += 1
  return { done: n, total: ids.size }
}

// ---------------------------------------------------------------------------------------------
// Blockers and the ways out.

export type WayKind = 'company' | 'feature' | 'shareholding' | 'capital' | 'listing' | 'category' | 'scope' | 'licensed' | 'platform'

export interface WayOut {
  kind: WayKind
  text: string
  /** What it costs in time, where the reference says. */
  time?: string
  sources: string[]
  /** For 'feature': the answers to take back (the what-if), and the result without them. */
  drivers?: Driver[]
  after?: string
}

export interface Blockers {
  /** The required or likely licences that cannot be obtained as things stand. */
  requirements: RequirementId[]
  problems: Array<{ code: EligibilityProblemCode; text: string }>
  ways: WayOut[]
}

const LICENCE_TIME = `之后申请许可证：受理后 ${LICENCE_TIMES.statutory.value}内决定，实际通常 ${LICENCE_TIMES.typical.value}`
const FILING_TIME = `只需备案：${FILING_TIMES.review.value}`

function blockedBy(a: Pick<Assessment, 'requirements' | 'eligibility'>): Map<RequirementId, Array<{ code: EligibilityProblemCode; text: string }>> {
  const m = new Map<RequirementId, Array<{ code: EligibilityProblemCode; text: string }>>()
  for (const r of a.requirements) {
    if (!isNeeded(r) || r.held === true) continue
    if (r.blockers !== undefined && r.blockers.length > 0) m.set(r.id, r.blockers)
    else if (a.eligibility !== null && a.eligibility.eligible === false && a.eligibility.licenses.includes(r.id)) {
      // A service closed to foreign investment blocks its own licence (which carries it as its
      // `blockers`), not the telecom licences the same company may still hold: a 30 % foreign
      // company that may not publish online can still obtain ICP and EDI.
      const own = a.eligibility.problems.filter((x) => x.code !== 'foreignInvestmentProhibited')
      if (own.length > 0) m.set(r.id, own.map(({ code, text }) => ({ code, text })))
    }
  }
  return m
}

/** Answers a merchant can take back to launch without a licence: features and sectors, never a platform or who they are. */
const droppable = (d: Driver) => d.field === 'activities' || d.field === 'sectors' || d.field === 'recruitsForOthers'

export function featureDrivers(p: Profile, a: Assessment, ids: readonly RequirementId[]): Driver[] {
  const found: Driver[] = []
  for (const r of a.requirements) {
    if (!ids.includes(r.id)) continue
    for (const reason of r.reasons) {
      const rule = RULE_BY_ID.get(reason.rule)
      if (rule === undefined || rule.status !== r.status) continue
      for (const d of conditionDrivers(rule.when, p)) {
        if (droppable(d) && !found.some((x) => x.field === d.field && x.value === d.value)) found.push(d)
      }
    }
  }
  return found
}

const without = (p: Profile, ds: readonly Driver[]) => ds.reduce(withoutDriver, p)

export function buildBlockers(p: Profile, a: Assessment): Blockers | null {
  const blocked = blockedBy(a)
  if (blocked.size === 0) return null
  const requirements = [...blocked.keys()]
  const problems: Blockers['problems'] = []
  for (const list of blocked.values()) for (const x of list) if (!problems.some((y) => y.text === x.text)) problems.push(x)
  const codes = new Set(problems.map((x) => x.code))
  const names = requirements.map((id) => REQUIREMENT_LABELS[id]).join('、')
  const ways: WayOut[] = []

  if (codes.has('notACompany')) {
    ways.push({
      kind: 'company',
      text: `设立公司（如有限责任公司），以公司名义重新备案并申请${names}。`,
      time: `设立公司所需时间资料未载明；${LICENCE_TIME}`,
      sources: ['miit-42', 'practitioner-articles'],
    })
  }
  if (codes.has('capitalTooLow') && a.eligibility !== null) {
    ways.push({
      kind: 'capital',
      text: `把注册资本增加到 ${formatYuan(a.eligibility.capitalRequired)} 以上（认缴即可，5 年内实缴）。`,
      time: LICENCE_TIME,
      sources: ['miit-42'],
    })
  }
  if (codes.has('foreignShareTooHigh') || codes.has('foreignInvestmentProhibited')) {
    ways.push({
      kind: 'shareholding',
      text: codes.has('foreignInvestmentProhibited')
        ? '调整股权：这项业务不对外资开放，须由内资主体经营。'
        : '调整股权：把外资比例降到上限以内，或由内资主体经营需要许可证的业务。',
      time: `调整股权所需时间资料未载明；${LICENCE_TIME}`,
      sources: ['negative-list-2019', 'vats-pilot-notice-2024'],
    })
  }
  if (codes.has('categoryUnavailable')) {
    const douyin = a.categories.filter((c) => c.platform === 'douyin' && !c.available && c.path.length > 0)
    const others = a.categories.filter((c) => c.platform === 'wechat' && !c.available && c.path.length > 0)
    if (others.length > 0) {
      ways.push({
        kind: 'company',
        text:
          p.operator.type === 'individual'
            ? `注册个体工商户或公司，以其名义注册小程序：个体户按企业类型认证，可选企业的类目${a.categories.some((c) => !c.available && c.path[0] === '深度合成') ? '（深度合成类目对个体户开放是推断）' : ''}。`
            : '以平台开放这个类目的主体类型注册小程序。',
        sources: ['wechat-categories-personal', 'wechat-community-personal-categories-reply'],
      })
    }
    if (douyin.length > 0) {
      // Douyin closes these to everyone: another platform, or (for goods) Douyin's own shop system.
      const elsewhere = p.platforms.filter((x) => x !== 'douyin')
      ways.push({
        kind: 'platform',
        text: elsewhere.length > 0 ? '这项服务只在微信或支付宝上线，抖音上只上线它接入的部分。' : '改在微信或支付宝上线这项服务（按这两个平台的类目和资质）。',
        sources: ['douyin-restricted-categories'],
      })
      if (douyin.some((c) => c.path[0] === '电商')) {
        ways.push({ kind: 'platform', text: '在抖音卖货走抖店（抖音电商）：交易和支付统一使用抖店，不用自己的电商小程序。', sources: ['douyin-ecommerce-plugin'] })
      }
    }
    ways.push({ kind: 'category', text: '或先不上线这项服务，只上线对你开放的类目（见「提交审核时选择的类目」）。', sources: others.length > 0 ? ['wechat-categories-personal'] : ['douyin-restricted-categories'] })
  }
  if (codes.has('organisationOnly')) {
    const only = requirements.filter((id) => (blocked.get(id) ?? []).some((x) => x.code === 'organisationOnly'))
    const permits = only.filter((id) => !isDuty({ id }))
    ways.push({
      kind: 'company',
      // A permit is applied for in the company's name; a duty (a platform's) is borne by the company that runs it.
      text: permits.length > 0 ? `以公司等单位的名义申请${permits.map((id) => REQUIREMENT_LABELS[id]).join('、')}。` : '以公司等单位的名义运营小程序。',
      sources: [...new Set([...only.flatMap((id) => (ORGANISATION_ONLY[id]?.cites ?? []).map((c) => toCite(c).source)), ...(permits.length < only.length ? ['ecommerce-law'] : [])])],
    })
  }
  if (codes.has('licenceOutOfReach')) {
    ways.push({
      kind: 'licensed',
      text: '改用持牌支付机构的能力：微信支付或支付宝的服务商、分账让货款直接进入商家账户；红包、转账用平台官方能力；资金不经过你的账户。',
      sources: ['non-bank-payment-regulations'],
    })
  }
  if (codes.has('noNewApprovals')) {
    const sources = ['double-reduction-opinion-2021', 'jinan-tutoring-subject-list-2021']
    ways.push({ kind: 'scope', text: '改教非学科类课程（体育、艺术、综合实践活动），按各地非学科类规定办理。', sources })
    ways.push({ kind: 'scope', text: '只面向高中学生：按当地「参照」双减的规定，先向当地教育部门确认。', sources })
    ways.push({ kind: 'company', text: '与已获审批、登记为非营利性的机构合作，由其开展学科类培训。', sources: ['tutoring-non-profit-registration-2021'] })
  }
  if (codes.has('dishonestListed')) {
    ways.push({ kind: 'listing', text: '先移出电信业务经营失信名单，再申请（向属地通信管理局咨询）。', sources: ['miit-42'] })
  }

  // Drop or postpone the features that make a blocked licence needed (the what-if). A closed
  // category has its own ways above: the features considered here are those a licence needs.
  const licences = requirements.filter((id) => (blocked.get(id) ?? []).some((x) => x.code !== 'categoryUnavailable'))
  const stillBlocked = (q: Profile) => {
    const after = evaluate(q)
    return { after, blocked: licences.some((id) => blockedBy(after).has(id)) }
  }
  const ds = featureDrivers(p, a, licences)
  const singles: WayOut[] = []
  for (const d of ds) {
    const { after, blocked: still } = stillBlocked(withoutDriver(p, d))
    if (!still) singles.push(featureWay([d], after))
  }
  if (singles.length > 0) ways.push(...singles)
  else if (ds.length > 1) {
    const { after, blocked: still } = stillBlocked(without(p, ds))
    if (!still) ways.push(featureWay(ds, after))
  }
  return { requirements, problems, ways }
}

function featureWay(ds: Driver[], after: Pick<Assessment, 'requirements'>): WayOut {
  const labels = ds.map((d) => `「${driverLabel(d)}」`).join('、')
  const needsLicence = after.requirements.some((r) => r.id !== 'icpFiling' && isNeeded(r))
  return {
    kind: 'feature',
    // The result after, as the page's headline reads (first names and a count per group).
    text: `暂不上线${labels}，先上线其余部分；之后${headline(after, HEADLINE_NAMES)}。`,
    ...(needsLicence ? {} : { time: FILING_TIME }),
    sources: needsLicence ? [] : ['wechat-filing-guide'],
    drivers: ds,
    after: headline(after),
  }
}

// ---------------------------------------------------------------------------------------------
// Undecided: the question that decides each open verdict, to answer in place.

export type AnswerValue = boolean | typeof UNSURE | AiModel

export interface OpenQuestion {
  fact: DecidingFact
  question: string
  options: ReadonlyArray<{ value: AnswerValue; label: string }>
  /** The current answer, if any. */
  value?: AnswerValue
}

export interface OpenItem {
  id: RequirementId
  status: Status
  label: string
  /** What decides it, when the rulebook names no answerable fact. */
  question?: string
  questions: OpenQuestion[]
}

/**
 * A deciding fact's options, as the wizard words them (the answers table's row): the same labels
 * on the result's inline question as in the wizard.
 */
function optionsOf(fact: DecidingFact): OpenQuestion['options'] {
  const f = FIELD_BY_ID[fact]
  if (f.kind === 'yesNo') return f.options.map((o) => ({ value: fromYesNo(o.value), label: o.label }))
  if (f.kind === 'single') return f.options.map((o) => ({ value: o.value as AnswerValue, label: o.label }))
  return []
}

/** The current answer to a deciding fact (where the answers table puts it in the profile). */
export function answerOf(p: Profile, fact: DecidingFact): AnswerValue | undefined {
  const value = getAt(p, FIELD_BY_ID[fact].path)
  return typeof value === 'boolean' || typeof value === 'string' ? (value as AnswerValue) : undefined
}

/** The profile with one deciding fact answered, at its row's path; a value its row's schema refuses changes nothing. */
export function withAnswer(p: Profile, fact: DecidingFact, value: AnswerValue): Profile {
  const f = FIELD_BY_ID[fact]
  if (!matches(f.schema, value)) return p
  const out = { ...p } as unknown as Record<string, unknown>
  setAt(out, f.path, value)
  return out as unknown as Profile
}

export function buildOpen(p: Profile, a: Assessment): OpenItem[] {
  const out: OpenItem[] = []
  for (const r of orderRequirements(a.requirements)) {
    if (!isUndecided(r) || isDuty(r)) continue
    const questions: OpenQuestion[] = []
    for (const reason of r.reasons) {
      const rule = RULE_BY_ID.get(reason.rule) as { fact?: DecidingFact; question?: string } | undefined
      const fact = rule?.fact
      if (fact === undefined || fact === 'approvalsHeld' || questions.some((q) => q.fact === fact)) continue
      const q: OpenQuestion = {
        fact,
        question: rule?.question ?? r.question ?? '',
        options: optionsOf(fact),
      }
      const v = answerOf(p, fact)
      if (v !== undefined) q.value = v
      if (q.question !== '') questions.push(q)
    }
    const item: OpenItem = { id: r.id, status: r.status, label: REQUIREMENT_LABELS[r.id], questions }
    if (r.question !== undefined && questions.length === 0) item.question = r.question
    out.push(item)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Not needed: one line each.

export interface NotNeeded {
  id: RequirementId
  label: string
  why: string
}

export function buildNotNeeded(a: Assessment): NotNeeded[] {
  return a.requirements
    .filter((r) => r.status === 'notRequired' && !isDuty(r))
    .map((r) => ({ id: r.id, label: REQUIREMENT_LABELS[r.id], why: r.reasons[0]?.text ?? '' }))
}

// ---------------------------------------------------------------------------------------------
// Duties (contract v1.2 kind 'duty'): the checklist 上线前还要做到, one row each, ticked like materials.

export interface DutyItem {
  id: RequirementId
  status: Status
  label: string
  /** A platform's own rule (basis 'platform' only): grouped under the platforms. */
  platform: boolean
  /** The office that checks it. */
  authority?: string
  /** For a duty that waits on an answer: the question, in the merchant's words. */
  question?: string
  /** The checklist tick's stable id (saved with the history entry, like a material). */
  tick: string
}

/** Every duty that applies (notRequired ones are left out: nothing to do), law first, then the platforms'. */
export function buildDuties(a: Assessment): DutyItem[] {
  return orderDuties(a.requirements.filter((r) => r.status !== 'notRequired')).map((r): DutyItem => {
    const item: DutyItem = { id: r.id, status: r.status, label: REQUIREMENT_LABELS[r.id], platform: !r.basis.includes('law'), tick: `d-${r.id}` }
    if (r.authority !== undefined) item.authority = r.authority
    if (r.question !== undefined) item.question = r.question
    return item
  })
}

export interface Plan {
  blockers: Blockers | null
  steps: PlanStep[]
  open: OpenItem[]
  notNeeded: NotNeeded[]
  /** The duties' checklist (上线前还要做到). */
  duties: DutyItem[]
  /** Every licence and filing, in the order the cards come (duties are in `duties`). */
  ordered: Requirement[]
}

export function buildPlan(p: Profile, a: Assessment): Plan {
  return {
    blockers: buildBlockers(p, a),
    steps: buildSteps(p, a),
    open: buildOpen(p, a),
    notNeeded: buildNotNeeded(a),
    duties: buildDuties(a),
    ordered: orderRequirements(a.requirements.filter((r) => !isDuty(r))),
  }
}
