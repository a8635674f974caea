/**
 * Douyin as a platform (issue 26): what its 《小程序限制经营类目》 does not accept is a blocker before
 * anything else, with the ways out; the law's verdicts do not change with the platform; no open
 * Douyin category is ever invented.
 */
import * as fc from 'fast-check'
import { assessProfile } from '../../../src/domain/result/assess'
import { DOUYIN_RESTRICTED } from '../../../src/domain/categories/douyin'
import { profileArb } from '../arbitraries'
import { makeProfile, type ProfileShape } from '../profile-factory'

beforeEach(() => expect.hasAssertions())

const douyin = (s: ProfileShape) => assessProfile(makeProfile({ ...s, platforms: ['douyin'] }))

describe('a service Douyin does not accept', () => {
  it.each<[string, ProfileShape, string[]]>([
    ['a shop selling its own goods', { activities: ['ownSales'] }, ['电商', '商家自营']],
    ['a marketplace', { activities: ['marketplace'] }, ['电商', '电商平台']],
    ['a game', { sectors: ['games'] }, ['游戏', '游戏', '游戏']],
    ['K-12 school subjects', { sectors: ['k12Tutoring'] }, ['教育', '教育', 'K12学科教育']],
  ])('%s: blocked first (categoryUnavailable on the filing), with the ways out', (_n, shape, path) => {
    const { assessment: a, plan } = douyin(shape)
    const closed = a.categories.find((c) => c.platform === 'douyin' && c.path.join('/') === path.join('/'))
    expect(closed?.available).toBe(false)
    const filing = a.requirements.find((r) => r.id === 'icpFiling')
    expect(filing?.blockers?.some((b) => b.code === 'categoryUnavailable' && b.text.includes(path.join('-')))).toBe(true)
    expect(plan.blockers?.requirements).toContain('icpFiling')
    expect(plan.blockers?.ways.some((w) => w.kind === 'platform' && /微信或支付宝/.test(w.text))).toBe(true)
    expect(a.nextSteps.findIndex((s) => s.includes('先解决类目问题'))).toBeLessThan(a.nextSteps.findIndex((s) => s.includes('抖音开放平台开发者后台提交小程序备案')))
  })

  it('a shop hears of 抖店 as its way to sell on Douyin', () => {
    expect(douyin({ activities: ['ownSales'] }).plan.blockers?.ways.some((w) => w.text.includes('抖店'))).toBe(true)
    expect(douyin({ sectors: ['games'] }).plan.blockers?.ways.some((w) => w.text.includes('抖店'))).toBe(false)
  })

  it('a brand page is not blocked, and is told the open list is unread (no category invented)', () => {
    const { assessment: a, plan } = douyin({ activities: ['showcase'] })
    expect(plan.blockers).toBeNull()
    const cats = a.categories.filter((c) => c.platform === 'douyin')
    expect(cats.map((c) => c.path)).toEqual([[]])
    expect(cats[0].note).toMatch(/未核实/)
    expect(cats[0].note).toMatch(/主营类目/)
  })

  it('the filing is done in Douyin’s console', () => {
    const a = douyin({}).assessment
    expect(a.requirements.find((r) => r.id === 'icpFiling')?.reasons.map((r) => r.rule)).toEqual(['filing.all', 'filing.douyin'])
    expect(a.nextSteps.some((s) => s.includes('抖音开放平台开发者后台'))).toBe(true)
  })
})

describe('the law does not change with the platform', () => {
  it('a Douyin-only profile gets the law’s verdicts: no WeChat or Alipay gate, a platform basis only on the filing', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const r of assessProfile({ ...p, platforms: ['douyin'] }).assessment.requirements) {
          for (const reason of r.reasons) expect([reason.rule, /wechat|alipay|微信|支付宝/i.test(reason.rule + reason.text)]).toEqual([reason.rule, false])
          if (r.id !== 'icpFiling') expect([r.id, r.basis]).toEqual([r.id, ['law']])
        }
      }),
      { numRuns: 150 },
    )
  })

  it('every Douyin path is from the restricted list', () => {
    const known = Object.values(DOUYIN_RESTRICTED).map((r) => r.path.join('/'))
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const c of assessProfile({ ...p, platforms: ['douyin'] }).assessment.categories) {
          if (c.path.length > 0) expect(known).toContain(c.path.join('/'))
        }
      }),
      { numRuns: 100 },
    )
  })
})
