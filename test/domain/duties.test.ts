/**
 * The whole launch (issue 23, contract v1.2): properties every requirement of every kind holds, and
 * the duties a merchant of each family gets. Each folder's golden cases (law/<requirement>/cases.ts)
 * hold row by row what fires, what stays silent and the status; this holds the families together.
 */
import * as fc from 'fast-check'
import { KIND_OF, REQUIREMENT_IDS, isDuty, type Profile, type RequirementId } from '../../src/domain/contract/types'
import { RULE_ROWS, toCite } from '../../src/domain/law'
import { sourceById } from '../../src/domain/law/sources'
import { assessmentOf, assessProfile } from '../../src/domain/result/assess'
import { validateProfile } from '../../src/domain/profile/validate'
import { profileArb } from './arbitraries'
import { makeProfile, type ProfileShape } from './profile-factory'

beforeEach(() => expect.hasAssertions())

const ids = (s: ProfileShape) => new Map(assessmentOf(makeProfile(s)).requirements.map((r) => [r.id, r]))

describe('every requirement, whatever its kind', () => {
  it('carries its kind, its office and reasons that cite an article', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const r of assessmentOf(p).requirements) {
          expect([r.id, r.kind]).toEqual([r.id, KIND_OF[r.id]])
          expect([r.id, (r.authority ?? '').length > 0]).toEqual([r.id, true])
          for (const reason of r.reasons) {
            expect([reason.rule, (reason.cites?.length ?? 0) > 0]).toEqual([reason.rule, true])
            for (const c of reason.cites ?? []) expect([reason.rule, c.article.length > 0, sourceById(c.source) !== undefined]).toEqual([reason.rule, true, true])
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('is 必须 only on a row that rests on a verified source (a practitioner view or an inference is never a flat 须)', () => {
    const weak = RULE_ROWS.filter((r) => r.status === 'required').filter((r) =>
      r.cites.map(toCite).every((c) => ['P', 'I'].includes(sourceById(c.source)?.level ?? 'I')),
    )
    expect(weak.filter((r) => isDuty({ id: r.requirement })).map((r) => r.id)).toEqual([])
  })

  it('has a kind for every id, and the duties are the checklist, never a card', () => {
    for (const id of REQUIREMENT_IDS) expect(['licence', 'filing', 'duty']).toContain(KIND_OF[id])
    fc.assert(
      fc.property(profileArb, (p) => {
        const { plan } = assessProfile(p)
        expect(plan.ordered.some(isDuty)).toBe(false)
        expect(plan.steps.some((s) => isDuty({ id: s.id }))).toBe(false)
        expect(plan.duties.every((d) => isDuty(d))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})

describe('the duties each family gets', () => {
  it.each<[string, ProfileShape, Partial<Record<RequirementId, string>>]>([
    ['a v1.1 profile still gets the duties of every mini-program, with the question that refines them', {}, { privacyRules: 'required', privacyDeclaration: 'required', piGovernance: 'required', securityGrading: 'likely', sensitiveData: 'depends' }],
    ['a shop: the licence on the home page, returns', { activities: ['ownSales'], personalData: ['phone', 'address'] }, { ecommerceDuties: 'required', platformDuties: 'absent', sensitiveData: 'absent' }],
    ['a marketplace: platform duties, and 二清 out of reach', { activities: ['marketplace'], personalData: [] }, { platformDuties: 'required', paymentLicence: 'likely' }],
    ['a food delivery platform files with the province', { activities: ['marketplace'], sectors: ['food'] }, { foodPlatformFiling: 'required' }],
    ['a device platform files with the drug administration', { activities: ['marketplace'], sectors: ['medicalDevices'] }, { devicePlatformFiling: 'required' }],
    ['red packets between users: a payment business', { activities: ['redPackets'] }, { paymentLicence: 'likely' }],
    ['a single merchant’s own balance is not a payment business', { activities: ['storedValue'], facts: { storedValueElsewhere: false, cashOut: false } }, { paymentLicence: 'notRequired' }],
    ['live commerce by the merchant itself', { activities: ['liveCommerce'], facts: { othersStream: false } }, { liveCommerceDuties: 'required', liveStreamFiling: 'notRequired' }],
    ['a live-streaming platform', { activities: ['liveEntertainment'], facts: { othersStream: true, minors: true } }, { liveStreamFiling: 'required', minorProtection: 'required' }],
    ['ads labelled', { activities: ['ads'], facts: { healthAds: false } }, { adDuties: 'required', adReview: 'absent' }],
    ['a clinic advertising its services', { sectors: ['medicalInstitution'], facts: { healthAds: true } }, { adReview: 'required' }],
    ['a game', { sectors: ['games'] }, { minorProtection: 'required' }],
    ['an AI companion', { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty', aiCompanion: true } }, { aiCompanionDuties: 'required' }],
    ['face data', { personalData: ['face'] }, { sensitiveData: 'required' }],
    ['a million people', { facts: { largeScale: true } }, { piGovernance: 'required' }],
    ['an internet hospital: 等保 level 3', { sectors: ['internetHospital'] }, { securityGrading: 'required' }],
  ])('%s', (_name, shape, want) => {
    const got = ids(shape)
    for (const [id, status] of Object.entries(want)) expect([id, got.get(id as RequirementId)?.status ?? 'absent']).toEqual([id, status])
  })

  it('the payment licence is never to be applied for: where needed it is out of reach, with the licensed way out', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { assessment: a, plan } = assessProfile(p)
        const pay = a.requirements.find((r) => r.id === 'paymentLicence')
        if (pay === undefined || (pay.status !== 'likely' && pay.status !== 'required')) return
        expect(pay.blockers?.map((b) => b.code)).toContain('licenceOutOfReach')
        expect(plan.steps.find((s) => s.id === 'paymentLicence')?.action).not.toMatch(/申请支付业务许可证/)
        expect(a.nextSteps.join('')).not.toMatch(/申请支付业务许可证/)
        expect(plan.blockers?.ways.some((w) => w.kind === 'licensed')).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('an individual cannot run a marketplace: the platform duties carry organisationOnly', () => {
    const r = ids({ activities: ['marketplace'], operator: { type: 'individual' } }).get('platformDuties')
    expect(r?.blockers?.map((b) => b.code)).toEqual(['organisationOnly'])
  })

  it('the WeChat declaration lists the categories the answers imply, and nothing for a mini-program that collects none', () => {
    const reasons = (personalData: Profile['personalData']) => ids({ personalData }).get('privacyDeclaration')?.reasons.map((r) => r.rule)
    expect(reasons(['phone', 'location', 'address', 'userMedia'])).toEqual(['privacy.wechat', 'privacy.wechat.phone', 'privacy.wechat.location', 'privacy.wechat.address', 'privacy.wechat.media'])
    expect(reasons([])).toEqual(['privacy.wechat'])
  })
})

describe('bad input', () => {
  it('an unknown personal-data value or fact is refused with its path named, nothing half-evaluated', () => {
    const v = validateProfile({ schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: [], sectors: [], personalData: ['phone', 'dna'], facts: { cashOut: 'maybe' } })
    expect(v.ok).toBe(false)
    expect(v.ok ? [] : v.problems.map((x) => x.path)).toEqual(['personalData.1', 'facts.cashOut'])
  })
})
