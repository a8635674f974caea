/** Invariants over thousands of random valid profiles (fast-check samples; violations collected, asserted once). */
import { assess } from '../../src/domain'
import { assessProfile, assessmentOf } from '../../src/domain/result/assess'
import { sourceById } from '../../src/domain/law/sources'
import type { Assessment, Profile, RequirementId } from '../../src/domain/contract/types'
import { CORE_REQUIREMENTS, REQUIREMENT_IDS, STATUSES, STATUS_STRENGTH, TELECOM_LICENSES, isNeeded } from '../../src/domain/contract/types'
import { validateProfile } from '../../src/domain/profile/validate'
import { profileArb, profileV11Arb } from './arbitraries'
import { named, violations } from './violations'

const RUNS = 2000
const V11 = 1000
const status = (a: Assessment, id: RequirementId) => a.requirements.find((r) => r.id === id)?.status
const strength = (a: Assessment, id: RequirementId) => STATUS_STRENGTH[status(a, id) ?? 'notRequired']

describe('every assessment', () => {
  it('is well-formed: valid statuses, known ids once each, reasons with sources that exist', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      const a = assessmentOf(p)
      const ids = a.requirements.map((r) => r.id)
      if (new Set(ids).size !== ids.length) yield `${named(p)}: a requirement twice`
      for (const r of a.requirements) {
        if (!REQUIREMENT_IDS.includes(r.id)) yield `${r.id}: unknown id`
        if (!STATUSES.includes(r.status)) yield `${r.id}: unknown status ${r.status}`
        if (r.reasons.length === 0 || r.basis.length === 0) yield `${r.id}: no reason or no basis (${named(p)})`
        for (const reason of r.reasons) {
          if (reason.text.length === 0 || reason.sources.length === 0) yield `${reason.rule}: empty text or no source`
          for (const s of reason.sources) if (sourceById(s) === undefined) yield `${reason.rule}: unknown source ${s}`
        }
        if (r.status === 'depends' && typeof r.question !== 'string') yield `${r.id}: depends without a question (${named(p)})`
      }
      for (const g of a.platformGates) for (const s of g.sources) if (sourceById(s) === undefined) yield `gate ${g.category}: unknown source ${s}`
      for (const x of a.eligibility?.problems ?? []) for (const s of x.sources) if (sourceById(s) === undefined) yield `${x.code}: unknown source ${s}`
    })
    expect(broken).toEqual([])
  })

  it('holds the three core requirements, each with a reason, also when not required; filing always required', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      const a = assessmentOf(p)
      for (const id of CORE_REQUIREMENTS) if ((a.requirements.find((r) => r.id === id)?.reasons.length ?? 0) === 0) yield `${id} missing (${named(p)})`
      if (status(a, 'icpFiling') !== 'required') yield `icpFiling ${status(a, 'icpFiling')} (${named(p)})`
    })
    expect(broken).toEqual([])
  })

  it('is the same for the same profile (pure, deterministic) and leaves the profile as it was', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      const before = JSON.stringify(p)
      const copy = JSON.parse(before) as Profile
      if (JSON.stringify(assessmentOf(p)) !== JSON.stringify(assessmentOf(copy))) yield `not deterministic: ${named(p)}`
      if (JSON.stringify(p) !== before) yield `profile mutated: ${named(p)}`
    })
    expect(broken).toEqual([])
  })

  it('has an eligibility block exactly when a telecom licence is required or likely', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      const a = assessmentOf(p)
      const needed = a.requirements.some((r) => (TELECOM_LICENSES as readonly string[]).includes(r.id) && isNeeded(r))
      if ((a.eligibility !== null) !== needed) yield `eligibility ${a.eligibility === null ? 'absent' : 'present'} (${named(p)})`
    })
    expect(broken).toEqual([])
  })

  it('survives the validator unchanged: every generated profile is accepted and assessed alike', () => {
    const broken = violations(profileArb, 500, function* (p) {
      const v = validateProfile(p)
      if (!v.ok) yield `refused: ${named(p)}`
      else if (JSON.stringify(assess(p)) !== JSON.stringify({ ok: true, assessment: assessmentOf(v.profile) })) yield `assess differs: ${named(p)}`
    })
    expect(broken).toEqual([])
  })
})

describe('monotonicity', () => {
  it('adding marketplace never lowers EDI; it is required on WeChat (电商平台 gate), likely by law alone', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      const more: Profile = { ...p, activities: [...new Set([...p.activities, 'marketplace' as const])] }
      const after = assessmentOf(more)
      if (strength(after, 'ediLicense') < strength(assessmentOf(p), 'ediLicense')) yield `EDI lowered: ${named(p)}`
      const want = more.platforms.includes('wechat') ? 'required' : 'likely'
      if (status(after, 'ediLicense') !== want) yield `EDI ${status(after, 'ediLicense')}, want ${want}: ${named(more)}`
    })
    expect(broken).toEqual([])
  })

  it('more capital never adds capitalTooLow', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      const capital = p.operator.registeredCapital
      if (capital === undefined) return
      const low = (q: Profile) => assessmentOf(q).eligibility?.problems.some((x) => x.code === 'capitalTooLow') ?? false
      if (!low(p) && low({ ...p, operator: { ...p.operator, registeredCapital: capital + 5_000_000 } })) yield `more capital blocked: ${named(p)}`
    })
    expect(broken).toEqual([])
  })

  it('a non-company is never eligible', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      if (p.operator.type === 'company') return
      const e = assessmentOf(p).eligibility
      if (e !== null && (e.eligible !== false || !e.problems.some((x) => x.code === 'notACompany'))) yield `eligible non-company: ${named(p)}`
    })
    expect(broken).toEqual([])
  })

  it('a foreign share at or under 50 % never blocks a licence', () => {
    const broken = violations(profileArb, RUNS, function* (p) {
      if ((p.operator.foreignShare ?? 0) > 50) return
      if (assessmentOf(p).eligibility?.problems.some((x) => x.code === 'foreignShareTooHigh')) yield `${p.operator.foreignShare} % blocked: ${named(p)}`
    })
    expect(broken).toEqual([])
  })
})

describe('rulebook invariants over v1.1 profiles (facts, unsure answers)', () => {
  it('never "eligible" beside a foreign-investment ban; blockers always agree with eligibility', () => {
    const broken = violations(profileV11Arb, V11, function* (p) {
      const a = assessmentOf(p)
      const banned = a.requirements.some((r) => r.blockers?.some((b) => b.code === 'foreignInvestmentProhibited'))
      if (banned && a.eligibility !== null && (a.eligibility.eligible !== false || !a.eligibility.problems.some((x) => x.code === 'foreignInvestmentProhibited'))) {
        yield `ban without ineligibility: ${named(p)}`
      }
      if ((p.operator.foreignShare ?? 0) === 0 && banned) yield `domestic operator banned: ${named(p)}`
    })
    expect(broken).toEqual([])
  })

  it('the platform never changes a foreign-investment verdict', () => {
    const broken = violations(profileV11Arb, V11, function* (p) {
      const codes = (q: Profile) =>
        (assessmentOf(q).eligibility?.problems ?? []).filter((x) => x.code === 'foreignShareTooHigh').map((x) => x.text.split('：')[0])
      const wechat = codes({ ...p, platforms: ['wechat'] })
      // A WeChat-only gate (dating) can add an ICP licence; where both need it, the cap agrees.
      if (wechat.length > 0) for (const c of codes({ ...p, platforms: ['alipay'] })) if (!wechat.includes(c)) yield `${c} on Alipay only: ${named(p)}`
    })
    expect(broken).toEqual([])
  })

  it("eligible is null whenever a fact it depends on is 'unsure' and nothing else blocks", () => {
    const broken = violations(profileV11Arb, V11, function* (p) {
      const e = assessmentOf(p).eligibility
      if (e === null) return
      if (e.problems.length > 0 && e.eligible !== false) yield `problems but eligible ${e.eligible}: ${named(p)}`
      const unsure = p.operator.dishonestListed === 'unsure' || (p.operator.type === 'company' && p.operator.registeredCapital === undefined)
      if (e.problems.length === 0 && unsure && e.eligible !== null) yield `unsure but eligible ${e.eligible}: ${named(p)}`
      if ((p.operator.multiProvince === 'unsure' || p.operator.multiProvince === true) && e.capitalRequired !== 10_000_000) yield `capital ${e.capitalRequired}: ${named(p)}`
    })
    expect(broken).toEqual([])
  })

  it('every requirement names its office; every depends names its deciding fact; held keeps the status', () => {
    const broken = violations(profileV11Arb, V11, function* (p) {
      const a = assessmentOf(p)
      const bare = assessmentOf({ ...p, facts: { ...p.facts, approvalsHeld: [] } })
      for (const r of a.requirements) {
        if (typeof r.authority !== 'string') yield `${r.id}: no office`
        if (r.status === 'depends' && typeof r.fact !== 'string') yield `${r.id}: depends without a fact (${named(p)})`
        if (r.status !== bare.requirements.find((x) => x.id === r.id)?.status) yield `${r.id}: held changed the status (${named(p)})`
      }
    })
    expect(broken).toEqual([])
  })

  it('a WeChat sentence appears only when WeChat is among the platforms', () => {
    const broken = violations(profileV11Arb, V11, function* (p) {
      for (const r of assessmentOf({ ...p, platforms: ['alipay'] }).requirements) for (const x of r.reasons) if (/微信/.test(x.text)) yield `${x.rule} names WeChat on Alipay`
    })
    expect(broken).toEqual([])
  })

  it('no reason or blocker says 禁止外商投资 when eligibility says eligible', () => {
    const broken = violations(profileV11Arb, V11, function* (p) {
      const a = assessmentOf(p)
      const said = a.requirements.some((r) => [...r.reasons.map((x) => x.text), ...(r.blockers ?? []).map((b) => b.text)].some((t) => t.includes('禁止外商投资')))
      if (said && a.eligibility?.eligible === true) yield `可以申请 beside 禁止外商投资: ${named(p)}`
    })
    expect(broken).toEqual([])
  })
})

// Issue 22: developer text never reaches merchants — an office shown as "卫生健康行政部门 [I]" read
// as a code; the evidence level is said in words (层级按推断, [推断], 从业者观点).
describe('no bare evidence code in what a merchant reads', () => {
  it('no office, reason, blocker, note, step or plan line shows [I], [P], [V] or [V-sec]', () => {
    const CODE = /\[(I|P|V|V-sec)\]/
    const broken = violations(profileV11Arb, V11, function* (p) {
      const { assessment: a, plan } = assessProfile(p)
      const texts = [
        ...a.requirements.flatMap((r) => [r.authority ?? '', ...r.reasons.map((x) => x.text), ...(r.blockers ?? []).map((b) => b.text), r.question ?? '']),
        ...(a.eligibility?.notes ?? []),
        ...(a.eligibility?.problems ?? []).map((x) => x.text),
        ...a.nextSteps,
        JSON.stringify(plan),
      ]
      for (const t of texts) if (CODE.test(t)) yield `${CODE.exec(t)?.[0]} in: ${t.slice(0, 80)}`
    })
    expect(broken).toEqual([])
  })
})
