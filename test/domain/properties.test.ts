/** Invariants over thousands of random valid profiles (fast-check). */
import * as fc from 'fast-check'
import { assess } from '../../src/domain'
import { STATUS_STRENGTH } from '../../src/domain/engine/evaluate'
import { assessmentOf } from '../../src/domain/result/assess'
import { sourceById } from '../../src/domain/law/sources'
import type { Assessment, Profile, RequirementId } from '../../src/domain/contract/types'
import { CORE_REQUIREMENTS, REQUIREMENT_IDS, STATUSES } from '../../src/domain/contract/types'
import { validateProfile } from '../../src/domain/profile/validate'
import { profileArb, profileV11Arb } from './arbitraries'

const RUNS = { numRuns: 2000 }
const status = (a: Assessment, id: RequirementId) => a.requirements.find((r) => r.id === id)?.status
const strength = (a: Assessment, id: RequirementId) => STATUS_STRENGTH[status(a, id) ?? 'notRequired']

describe('every assessment', () => {
  it('is well-formed: valid statuses, known ids once each, reasons with sources that exist', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const ids = a.requirements.map((r) => r.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const r of a.requirements) {
          expect(REQUIREMENT_IDS).toContain(r.id)
          expect(STATUSES).toContain(r.status)
          expect(r.reasons.length).toBeGreaterThan(0)
          expect(r.basis.length).toBeGreaterThan(0)
          for (const reason of r.reasons) {
            expect(reason.text.length).toBeGreaterThan(0)
            expect(reason.sources.length).toBeGreaterThan(0)
            for (const s of reason.sources) expect(sourceById(s)).toBeDefined()
          }
          if (r.status === 'depends') expect(typeof r.question).toBe('string')
        }
        for (const g of a.platformGates) for (const s of g.sources) expect(sourceById(s)).toBeDefined()
        for (const x of a.eligibility?.problems ?? []) for (const s of x.sources) expect(sourceById(s)).toBeDefined()
      }),
      RUNS,
    )
  })

  it('holds the three core requirements, each with a reason, also when not required', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        for (const id of CORE_REQUIREMENTS) {
          expect(a.requirements.find((r) => r.id === id)?.reasons.length).toBeGreaterThan(0)
        }
        expect(status(a, 'icpFiling')).toBe('required')
      }),
      RUNS,
    )
  })

  it('is the same for the same profile (pure, deterministic)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const copy = JSON.parse(JSON.stringify(p)) as Profile
        expect(assessmentOf(p)).toEqual(assessmentOf(copy))
        expect(p).toEqual(copy) // and the profile is not mutated
      }),
      RUNS,
    )
  })

  it('has an eligibility block exactly when a telecom licence is required or likely', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const needed = a.requirements.some(
          (r) => ['icpLicense', 'ediLicense', 'spLicense'].includes(r.id) && (r.status === 'required' || r.status === 'likely'),
        )
        expect(a.eligibility !== null).toBe(needed)
      }),
      RUNS,
    )
  })

  it('survives the validator unchanged: every generated profile is accepted', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const v = validateProfile(p)
        expect(v.ok).toBe(true)
        if (v.ok) expect(assess(p)).toEqual({ ok: true, assessment: assessmentOf(v.profile) })
      }),
      { numRuns: 500 },
    )
  })
})

describe('monotonicity', () => {
  it('adding marketplace never lowers EDI', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const more: Profile = { ...p, activities: [...new Set([...p.activities, 'marketplace' as const])] }
        expect(strength(assessmentOf(more), 'ediLicense')).toBeGreaterThanOrEqual(strength(assessmentOf(p), 'ediLicense'))
        // Required on WeChat (the 电商平台 gate); on the law alone the reference supports "likely" (no text says "must").
        expect(status(assessmentOf(more), 'ediLicense')).toBe(more.platforms.includes('wechat') ? 'required' : 'likely')
      }),
      RUNS,
    )
  })

  it('more capital never adds capitalTooLow', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 20_000_000 }), (p, extra) => {
        fc.pre(p.operator.registeredCapital !== undefined)
        const before = assessmentOf(p).eligibility?.problems.some((x) => x.code === 'capitalTooLow') ?? false
        const richer: Profile = { ...p, operator: { ...p.operator, registeredCapital: (p.operator.registeredCapital as number) + extra } }
        const after = assessmentOf(richer).eligibility?.problems.some((x) => x.code === 'capitalTooLow') ?? false
        if (!before) expect(after).toBe(false)
      }),
      RUNS,
    )
  })

  it('a non-company is never eligible', () => {
    fc.assert(
      fc.property(
        profileArb.filter((p) => p.operator.type !== 'company'),
        (p) => {
          const e = assessmentOf(p).eligibility
          if (e !== null) {
            expect(e.eligible).toBe(false)
            expect(e.problems.map((x) => x.code)).toContain('notACompany')
          }
        },
      ),
      RUNS,
    )
  })

  it('a foreign share at or under 50 % never blocks a licence', () => {
    fc.assert(
      fc.property(
        profileArb.filter((p) => (p.operator.foreignShare ?? 0) <= 50),
        (p) => {
          expect(assessmentOf(p).eligibility?.problems.some((x) => x.code === 'foreignShareTooHigh') ?? false).toBe(false)
        },
      ),
      RUNS,
    )
  })
})

describe('rulebook v2 invariants over v1.1 profiles (facts, unsure answers)', () => {
  const V11 = { numRuns: 1000 }

  it('never "eligible" beside a foreign-investment ban; blockers always agree with eligibility', () => {
    fc.assert(
      fc.property(profileV11Arb, (p) => {
        const a = assessmentOf(p)
        const banned = a.requirements.some((r) => r.blockers?.some((b) => b.code === 'foreignInvestmentProhibited'))
        if (banned && a.eligibility !== null) {
          expect(a.eligibility.eligible).toBe(false)
          expect(a.eligibility.problems.map((x) => x.code)).toContain('foreignInvestmentProhibited')
        }
        if ((p.operator.foreignShare ?? 0) === 0) expect(banned).toBe(false)
      }),
      V11,
    )
  })

  it('the platform never changes a foreign-investment verdict', () => {
    fc.assert(
      fc.property(profileV11Arb, (p) => {
        const codes = (q: Profile) =>
          (assessmentOf(q).eligibility?.problems ?? []).filter((x) => x.code === 'foreignShareTooHigh').map((x) => x.text.split('：')[0])
        const wechat = codes({ ...p, platforms: ['wechat'] })
        const alipay = codes({ ...p, platforms: ['alipay'] })
        // A WeChat-only gate (dating) can add an ICP licence; where both need it, the cap agrees.
        for (const c of alipay) if (wechat.length > 0) expect(wechat).toContain(c)
      }),
      V11,
    )
  })

  it("eligible is null whenever a fact it depends on is 'unsure' and nothing else blocks", () => {
    fc.assert(
      fc.property(profileV11Arb, (p) => {
        const e = assessmentOf(p).eligibility
        if (e === null) return
        if (e.problems.length > 0) expect(e.eligible).toBe(false)
        else if (p.operator.dishonestListed === 'unsure' || (p.operator.type === 'company' && p.operator.registeredCapital === undefined)) expect(e.eligible).toBeNull()
        if (p.operator.multiProvince === 'unsure' || p.operator.multiProvince === true) expect(e.capitalRequired).toBe(10_000_000)
      }),
      V11,
    )
  })

  it('every requirement names its office; every depends names its deciding fact; held keeps the status', () => {
    fc.assert(
      fc.property(profileV11Arb, (p) => {
        const a = assessmentOf(p)
        const bare = assessmentOf({ ...p, facts: { ...p.facts, approvalsHeld: [] } })
        for (const r of a.requirements) {
          expect([r.id, typeof r.authority]).toEqual([r.id, 'string'])
          if (r.status === 'depends') expect([r.id, typeof r.fact]).toEqual([r.id, 'string'])
          expect([r.id, r.status]).toEqual([r.id, bare.requirements.find((x) => x.id === r.id)?.status])
        }
      }),
      V11,
    )
  })

  it('a WeChat sentence appears only when WeChat is among the platforms', () => {
    fc.assert(
      fc.property(profileV11Arb, (p) => {
        const q: Profile = { ...p, platforms: ['alipay'] }
        for (const r of assessmentOf(q).requirements) {
          for (const x of r.reasons) expect([x.rule, /微信/.test(x.text)]).toEqual([x.rule, false])
        }
      }),
      V11,
    )
  })
})

describe('never 可以申请 beside 禁止外商投资', () => {
  it('no reason or blocker says 禁止外商投资 when eligibility says eligible', () => {
    fc.assert(
      fc.property(profileV11Arb, (p) => {
        const a = assessmentOf(p)
        const said = a.requirements.some((r) => [...r.reasons.map((x) => x.text), ...(r.blockers ?? []).map((b) => b.text)].some((t) => t.includes('禁止外商投资')))
        if (said) expect(a.eligibility?.eligible ?? null).not.toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
