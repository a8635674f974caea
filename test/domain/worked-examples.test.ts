/** licensing-reference.md §7: every worked example gives the verdicts the reference gives. */
import { assessmentOf } from '../../src/domain/result/assess'
import { WORKED_EXAMPLES } from '../fixtures/profiles'

describe.each(WORKED_EXAMPLES.map((e) => [`#${e.id} ${e.name}`, e] as const))('%s', (_name, ex) => {
  const a = assessmentOf(ex.profile)
  const status = (id: string) => a.requirements.find((r) => r.id === id)?.status

  it('gives §7 verdicts for filing, ICP and EDI', () => {
    expect({ icpFiling: status('icpFiling'), icpLicense: status('icpLicense'), ediLicense: status('ediLicense') }).toEqual({
      icpFiling: ex.expect.icpFiling,
      icpLicense: ex.expect.icpLicense,
      ediLicense: ex.expect.ediLicense,
    })
  })

  const others = ex.expect.others
  if (others !== undefined && Object.keys(others).length > 0) {
    it('names the other permits §7 names', () => {
      expect(Object.fromEntries(Object.keys(others).map((id) => [id, status(id)]))).toEqual(others)
    })
  }

  it('judges eligibility as §7 does', () => {
    const want = ex.expect.eligible
    if (want === undefined) return
    if (want === 'noCheck') {
      expect(a.eligibility).toBeNull()
      return
    }
    expect(a.eligibility).not.toBeNull()
    expect(a.eligibility?.eligible).toBe(want)
    if (ex.expect.problems) expect(a.eligibility?.problems.map((p) => p.code)).toEqual(ex.expect.problems)
    if (ex.expect.authority) expect(a.eligibility?.authority).toBe(ex.expect.authority)
  })

  const { preApprovals, gates } = ex.expect
  if (preApprovals !== undefined) {
    it('lists the pre-approvals §7 implies', () => {
      expect(a.preApprovals).toEqual(preApprovals)
    })
  }
  if (gates !== undefined && gates.length > 0) {
    it('lists the platform gates §7 implies', () => {
      expect(gates.filter((g) => !a.platformGates.some((x) => x.category === g))).toEqual([])
    })
  }
})

describe('the two claims the old articles got wrong', () => {
  it('a 60 %-foreign marketplace can hold EDI: e-commerce is open to 100 % since 2015', () => {
    const a = assessmentOf(WORKED_EXAMPLES.find((e) => e.id === 37)!.profile)
    expect(a.eligibility?.problems).toEqual([])
    expect(a.eligibility?.notes.join('')).toContain('100%')
  })

  it('a 60 %-foreign paid-content company cannot hold an ICP licence outside the pilot: cap 50 %', () => {
    const a = assessmentOf(WORKED_EXAMPLES.find((e) => e.id === 38)!.profile)
    const p = a.eligibility?.problems.find((x) => x.code === 'foreignShareTooHigh')
    expect(p?.text).toContain('50%')
    expect(p?.sources).toEqual(expect.arrayContaining(['negative-list-2019', 'vats-pilot-notice-2024']))
  })

  it('eligibility speaks of the 失信名单, never of "three years without violation"', () => {
    const a = assessmentOf({
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company', registeredCapital: 2_000_000, dishonestListed: true },
      activities: ['paidContent'],
      sectors: [],
    })
    const text = JSON.stringify(a)
    expect(a.eligibility?.problems.map((p) => p.code)).toContain('dishonestListed')
    expect(text).toContain('失信名单')
    expect(text).not.toMatch(/三年|3 ?年内/)
  })
})

describe('the 2024 pilot', () => {
  const pilot = (activities: Array<'paidContent' | 'messaging' | 'dating'>) =>
    assessmentOf({
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company', registeredCapital: 2_000_000, foreignShare: 80, province: '110000', pilotZone: true },
      activities,
      sectors: [],
    }).eligibility?.problems.map((p) => p.code)

  it('lifts the ICP cap in a zone for paid content alone', () => {
    expect(pilot(['paidContent'])).toEqual([])
  })

  it('keeps the 50 % cap when the app also runs instant messaging, even free (the cap follows every service, not the price)', () => {
    expect(pilot(['paidContent', 'messaging'])).toEqual(['foreignShareTooHigh'])
  })

  it('keeps the 50 % cap for community-type services the pilot did not open (dating)', () => {
    expect(pilot(['paidContent', 'dating'])).toEqual(['foreignShareTooHigh'])
  })
})
