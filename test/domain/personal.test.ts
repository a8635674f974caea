/**
 * personal.ts: what an individual may do, what needs a 个体户 or a company, and the ways out
 * (addendum 2026-11b §2, §7.8–7.10).
 */
import * as fc from 'fast-check'
import { assessmentOf } from '../../src/domain/result/assess'
import { PERSONAL_VP, personalGroups, personalGuidance } from '../../src/domain/result/personal'
import { ORGANISATION_ONLY } from '../../src/domain/law'
import type { Activity, OperatorType, Platform, Profile, Sector } from '../../src/domain/contract/types'
import { sourceById } from '../../src/domain/law/sources'
import { profileArb } from './arbitraries'

const profile = (activities: Activity[], o: { platforms?: Platform[]; type?: OperatorType; sectors?: Sector[] } = {}): Profile => ({
  schemaVersion: 1,
  platforms: o.platforms ?? ['wechat'],
  operator: { type: o.type ?? 'individual' },
  activities,
  sectors: o.sectors ?? [],
})
const guide = (p: Profile) => personalGuidance(p, assessmentOf(p))
const lineIds = (p: Profile) => {
  const g = guide(p)
  return g === null ? [] : [...g.may, ...g.needs, ...g.waysOut].map((l) => l.id)
}

describe('personal guidance', () => {
  it('is given to personal entities only', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(guide(p) !== null).toBe(p.operator.type === 'individual')
      }),
      { numRuns: 150 },
    )
  })

  it('lists the personal list\'s groups, with 工具 and without 深度合成 or 商家自营', () => {
    const groups = personalGroups()
    expect(groups).toContain('工具')
    expect(groups).not.toContain('深度合成')
    expect(groups).not.toContain('商家自营')
  })

  it.each([
    // activities, platforms, sectors, lines expected, lines not expected
    [['leadForm'], ['wechat'], [], ['categories', 'wechatPay'], ['virtualPayment', 'paidInformation', 'alipayPay']],
    [['paidContent'], ['wechat'], [], ['virtualPayment', 'paidInformation'], ['alipayPay']],
    [['ownSales'], ['wechat'], [], ['closed', 'wechatPay'], ['virtualPayment']],
    [['showcase'], ['alipay'], [], ['alipayPay'], ['categories', 'wechatPay', 'virtualPayment']],
    [['freeContent'], ['wechat'], ['religion'], ['sectorNeedsOrganisation'], []],
    [['aiGenerated'], ['wechat'], [], ['closed'], ['paidInformation']],
  ] as const)('activities %j on %j with sectors %j: has %j, not %j', (activities, platforms, sectors, has, hasNot) => {
    const got = lineIds(profile([...activities], { platforms: [...platforms], sectors: [...sectors] }))
    for (const id of has) expect(got).toContain(id)
    for (const id of hasNot) expect(got).not.toContain(id)
  })

  it('offers personal virtual payment with the 工具 category and the ¥100,000 monthly cap, and says when 工具 is missing', () => {
    expect(PERSONAL_VP.monthlyCapYuan).toBe(100_000)
    const vp = guide(profile(['paidContent']))?.may.find((l) => l.id === 'virtualPayment')
    expect(vp?.text).toMatch(/工具/)
    expect(vp?.text).toMatch(/10 万元/)
    expect(vp?.text).toMatch(/还没有「工具」/)
  })

  it('warns that paid information is 经营性 and its ICP licence is for companies only', () => {
    const l = guide(profile(['paidContent']))?.needs.find((x) => x.id === 'paidInformation')
    expect(l?.text).toMatch(/经营性/)
    expect(l?.text).toMatch(/只有公司/)
  })

  it('always gives the ways out: 个体工商户 (not for ICP/EDI), a company, and the unknown migration', () => {
    const g = guide(profile(['showcase']))
    expect(g?.waysOut.map((l) => l.id)).toEqual(['soleProprietor', 'company', 'migration'])
    expect(g?.waysOut[0].text).toMatch(/不能申请 ICP 或 EDI/)
  })

  it('names each organisation-only permit the result holds, with its source (from the permits’ own folders)', () => {
    const sectors: Sector[] = ['news', 'publishing', 'culture', 'religion', 'drugInfo']
    const p = profile(['freeContent', 'paidContent', 'ads'], { sectors })
    const l = guide(p)?.needs.find((x) => x.id === 'sectorNeedsOrganisation')
    const held = assessmentOf(p).requirements.filter((r) => ORGANISATION_ONLY[r.id]?.excludes.includes('individual'))
    expect(held.length).toBeGreaterThanOrEqual(4)
    expect(l?.sources.sort()).toEqual([...new Set(held.flatMap((r) => ORGANISATION_ONLY[r.id]?.cites.map((c) => c.split(' ')[0]) ?? []))].sort())
  })

  it('rests every line on sources in the bundled list', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const g = guide({ ...p, operator: { ...p.operator, type: 'individual' } })
        for (const l of [...(g?.may ?? []), ...(g?.needs ?? []), ...(g?.waysOut ?? [])]) {
          for (const s of l.sources) expect([l.id, s, sourceById(s) !== undefined]).toEqual([l.id, s, true])
        }
      }),
      { numRuns: 100 },
    )
  })
})
