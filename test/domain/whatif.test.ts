/** What drives a licence, and the result with that answer taken away. */
import { FIELD_BY_ID } from '../../src/domain/profile/answers'
import { assessmentOf } from '../../src/domain/result/assess'
import type { Profile } from '../../src/domain/contract/types'
import { causes, compare, whatIf, withoutDriver } from '../../src/domain/result/whatif'
import { example } from '../fixtures/profiles'

describe('causes', () => {
  it('names 商家入驻 as what makes EDI required for the mall', () => {
    const p = example(5).profile
    const c = causes(p, assessmentOf(p))
    // …but 商家入驻 is what the mall is for (issue 25): it is never offered as something to drop.
    expect(c).toEqual([])
    // With a second main activity (its own shop), the marketplace is a feature it could postpone.
    const q: Profile = { ...p, activities: [...p.activities, 'ownSales'] }
    expect(causes(q, assessmentOf(q)).find((x) => x.requirement === 'ediLicense')?.drivers).toEqual([{ field: 'activities', value: 'marketplace' }])
  })

  it('gives every required or likely licence its answers, and never the operator type', () => {
    const p: Profile = {
      schemaVersion: 1,
      platforms: ['wechat', 'alipay'],
      operator: { type: 'company' },
      activities: ['paidContent', 'ownSales', 'dating', 'storedValue'],
      sectors: ['games', 'books'],
    }
    const c = causes(p, assessmentOf(p))
    const icp = c.find((x) => x.requirement === 'icpLicense')
    expect(icp?.drivers).toEqual(
      expect.arrayContaining([
        { field: 'activities', value: 'paidContent' },
        { field: 'activities', value: 'dating' },
        { field: 'platforms', value: 'wechat' },
      ]),
    )
    // Only the rules at the winning status drive it: games alone would make ICP "likely", not "required".
    expect(icp?.drivers).not.toContainEqual({ field: 'sectors', value: 'games' })
    expect(c.find((x) => x.requirement === 'gameApproval')?.drivers).toContainEqual({ field: 'sectors', value: 'games' })
    expect(c.flatMap((x) => x.drivers).some((d) => d.field === 'operatorType')).toBe(false)
    expect(c.map((x) => x.requirement)).toEqual(expect.arrayContaining(['icpLicense', 'gameApproval']))
    // A game's in-game balance is not a single-purpose prepaid card (the Measures cover retail, catering, services).
    expect(c.map((x) => x.requirement)).not.toContain('prepaidCardFiling')
  })

  it('offers no platform to drop when there is only one', () => {
    const p = example(13).profile
    expect(causes(p, assessmentOf(p))[0].drivers).toEqual([{ field: 'activities', value: 'dating' }])
  })
})

describe('whatIf', () => {
  it('shows the mall without 商家入驻 needing filing alone, leaving the original untouched', () => {
    const p = example(5).profile
    const base = assessmentOf(p)
    const w = whatIf(p, base, { field: 'activities', value: 'marketplace' })
    expect(w.label).toBe('商家入驻')
    expect(w.assessment.requirements.find((r) => r.id === 'ediLicense')?.status).toBe('notRequired')
    expect(w.changes).toEqual(
      expect.arrayContaining([
        { id: 'ediLicense', from: 'required', to: 'notRequired' },
        { id: 'icpLicense', from: 'depends', to: 'notRequired' },
      ]),
    )
    expect(p.activities).toEqual(['marketplace'])
    expect(assessmentOf(p)).toEqual(base)
  })

  it('takes a sector, a platform or a flag away', () => {
    const p: Profile = { schemaVersion: 1, platforms: ['wechat', 'alipay'], operator: { type: 'company' }, activities: [], sectors: ['recruitment'], recruitsForOthers: true }
    expect(withoutDriver(p, { field: 'sectors', value: 'recruitment' }).sectors).toEqual([])
    expect(withoutDriver(p, { field: 'platforms', value: 'wechat' }).platforms).toEqual(['alipay'])
    expect(withoutDriver(p, { field: 'recruitsForOthers', value: true }).recruitsForOthers).toBe(false)
  })

  it('compares two assessments by requirement, including ones that appear or go', () => {
    const a = assessmentOf(example(2).profile)
    const b = assessmentOf({ ...example(2).profile, sectors: [] })
    expect(compare(a, b)).toEqual([{ id: 'foodPermit', from: 'required', to: null }])
  })
})

describe('follow-up facts as drivers', () => {
  const p: Profile = {
    schemaVersion: 1,
    platforms: ['wechat'],
    operator: { type: 'company', registeredCapital: 2_000_000 },
    activities: ['messaging'],
    sectors: [],
    facts: { platformFees: true },
  }

  it('a fact answered "yes" drives the licence and can be dropped: charging fees is a choice', () => {
    const base = assessmentOf(p)
    const d = causes(p, base).find((c) => c.requirement === 'icpLicense')?.drivers.find((x) => x.field === 'facts')
    expect(d).toEqual({ field: 'facts', key: 'platformFees', value: 'yes' })
    const w = whatIf(p, base, d!)
    expect(w.profile.facts?.platformFees).toBe(false)
    expect(w.changes).toContainEqual({ id: 'icpLicense', from: 'required', to: 'notRequired' })
    expect(w.label).toBe(`${FIELD_BY_ID.platformFees.short}：是`)
  })

  it('never offers to drop the core business: a bakery’s own sales and its sector', () => {
    const bakery: Profile = { ...p, activities: ['ownSales', 'storedValue'], sectors: ['food'], facts: { storedValueElsewhere: true } }
    const offered = causes(bakery, assessmentOf(bakery)).flatMap((x) => x.drivers)
    expect(offered).not.toContainEqual({ field: 'activities', value: 'ownSales' })
    expect(offered).not.toContainEqual({ field: 'sectors', value: 'food' })
    expect(offered).toContainEqual({ field: 'activities', value: 'storedValue' })
  })

  it('a fact answered "no" is never offered as something to take back', () => {
    const q: Profile = { ...p, activities: ['iotControl', 'ownSales'], facts: { ownDevices: false } }
    const c = causes(q, assessmentOf(q)).find((x) => x.requirement === 'ediLicense')
    expect(c?.drivers.some((d) => d.field === 'facts')).toBe(false)
    expect(c?.drivers).toContainEqual({ field: 'activities', value: 'iotControl' })
  })
})
