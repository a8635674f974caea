/**
 * rules/virtual-payment.ts: WeChat 虚拟支付 as platform rules (addendum 2026-11b §3, §7.11):
 * which rows fire, that they say "platform, may change", and that Alipay gets none.
 */
import * as fc from 'fast-check'
import { assessmentOf } from '../../../src/domain/result/assess'
import { PERSONAL_VP } from '../../../src/domain/result/personal'
import {
  PERSONAL_VIRTUAL_PAYMENT,
  PLATFORM_RULE_NOTE,
  VIRTUAL_PAYMENT_RULES,
  platformRuleSteps,
  platformRules,
} from '../../../src/domain/law/virtual-payment'
import type { Activity, OperatorType, Platform, Profile } from '../../../src/domain/contract/types'
import { profileArb } from '../arbitraries'

const profile = (activities: Activity[], platforms: Platform[] = ['wechat'], type: OperatorType = 'company'): Profile => ({
  schemaVersion: 1,
  platforms,
  operator: { type },
  activities,
  sectors: [],
})
const fired = (p: Profile) => platformRules(p).map((r) => r.rule)

describe('virtual payment rules', () => {
  it.each([
    [['paidContent'], ['wechat'], 'company', ['wechat.virtualPayment']],
    [['liveEntertainment'], ['wechat'], 'soleProprietor', ['wechat.virtualPayment']],
    [['paidContent'], ['wechat'], 'individual', ['wechat.virtualPayment.personal']],
    [['paidContent'], ['alipay'], 'company', []],
    [['paidListings'], ['wechat'], 'company', ['wechat.virtualPayment.paidListings']],
    [['paidListings', 'paidContent'], ['wechat'], 'company', ['wechat.virtualPayment']],
    [['aiGenerated', 'storedValue'], ['wechat'], 'company', ['wechat.virtualPayment.aiCredits']],
    [['aiGenerated', 'storedValue', 'paidContent'], ['wechat'], 'company', ['wechat.virtualPayment']],
    [['storedValue'], ['wechat'], 'company', []],
    [['ownSales', 'paidContent'], ['wechat'], 'company', ['wechat.virtualPayment', 'wechat.ordinaryPay.physical']],
    [['ownSales', 'paidContent'], ['wechat'], 'individual', ['wechat.virtualPayment.personal']],
    [['ownSales'], ['wechat'], 'company', []],
    [['membershipDiscount', 'coupons'], ['wechat'], 'company', []],
  ] as const)('activities %j on %j by a %s: %j', (activities, platforms, type, ids) => {
    expect(fired(profile([...activities], [...platforms], type))).toEqual(ids)
  })

  it('every rule fires on a profile and stays silent on its neighbour', () => {
    const cases: Record<(typeof VIRTUAL_PAYMENT_RULES)[number]['id'], [Profile, Profile]> = {
      'wechat.virtualPayment': [profile(['paidContent']), profile(['paidContent'], ['wechat'], 'individual')],
      'wechat.virtualPayment.personal': [profile(['paidContent'], ['wechat'], 'individual'), profile(['paidContent'], ['wechat'], 'soleProprietor')],
      'wechat.virtualPayment.paidListings': [profile(['paidListings']), profile(['classifieds'])],
      'wechat.virtualPayment.aiCredits': [profile(['aiGenerated', 'storedValue']), profile(['storedValue'])],
      'wechat.ordinaryPay.physical': [profile(['ownSales', 'paidContent']), profile(['ownSales'])],
    }
    for (const [id, [yes, no]] of Object.entries(cases)) {
      expect([id, fired(yes).includes(id)]).toEqual([id, true])
      expect([id, fired(no).includes(id)]).toEqual([id, false])
    }
  })

  it('is a platform rule that may change, on WeChat only, with its sources', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const r of platformRules(p)) {
          expect(r.basis).toEqual(['platform'])
          expect(r.note).toBe(PLATFORM_RULE_NOTE)
          expect(r.platform).toBe('wechat')
          expect(p.platforms).toContain('wechat')
          expect(r.sources.length).toBeGreaterThan(0)
          if (r.status === 'depends') expect(r.question).toMatch(/？$/)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('says every terminal, iOS through Apple, in the rule and the step', () => {
    const r = platformRules(profile(['paidContent']))[0]
    expect(r.text).toMatch(/iOS/)
    expect(r.text).toMatch(/苹果/)
    expect(r.text).toMatch(/全部终端/)
    expect(platformRuleSteps(profile(['paidContent'])).join('')).toMatch(PLATFORM_RULE_NOTE)
  })

  // Issue 22: "所有虚拟商品（会员、课程…）都走虚拟支付" was shown to a studio whose classes are offline.
  it('says which goods: only virtual goods used inside the mini-program; offline classes and services are paid normally', () => {
    const studio: Profile = { ...profile(['ownSales', 'paidContent', 'leadForm']), sectors: ['education'] }
    const rule = platformRules(studio).find((r) => r.rule === 'wechat.virtualPayment')
    const step = platformRuleSteps(studio).join('')
    for (const said of [rule?.text ?? '', step]) {
      expect(said).not.toMatch(/所有虚拟商品/)
      expect(said).toMatch(/在小程序内/)
      expect(said).toMatch(/线下课程/)
    }
    expect(step).toMatch(/线下课程[^。；]*普通微信支付/)
  })

  // Addendum 2026-12 §6.3: WeChat opens virtual payment to 个人 under conditions (person.md).
  it('tells an individual the personal route and its conditions: 工具 category, 认证 + 备案, ¥100,000 a month, its fees, what it excludes', () => {
    const p = profile(['paidContent'], ['wechat'], 'individual')
    const r = platformRules(p).find((x) => x.rule === 'wechat.virtualPayment.personal')
    expect(r?.status).toBe('required')
    for (const said of [/个人/, /工具/, /认证/, /备案/, /10 万元/, /1%/, /12%/, /15%/, /电信业务/]) expect(r?.text).toMatch(said)
    const step = platformRuleSteps(p).join('')
    expect(step).toMatch(/虚拟支付：个人/)
    expect(step).not.toMatch(/普通微信支付/)
    expect(PERSONAL_VIRTUAL_PAYMENT.value.monthlyCapYuan).toBe(100_000)
    expect(PERSONAL_VIRTUAL_PAYMENT.cites.join()).toMatch(/^wechat-virtual-payment /)
    // The personal guidance reads the same parameters (one law in one place).
    expect(PERSONAL_VP.monthlyCapYuan).toBe(PERSONAL_VIRTUAL_PAYMENT.value.monthlyCapYuan)
    expect(PERSONAL_VP.category).toBe(PERSONAL_VIRTUAL_PAYMENT.value.category)
  })

  it('is in the assessment: platformRules and a next step', () => {
    const p = profile(['paidContent'])
    const a = assessmentOf(p)
    expect(a.platformRules).toEqual(platformRules(p))
    for (const s of platformRuleSteps(p)) expect(a.nextSteps).toContain(s)
    expect(assessmentOf(profile(['showcase'])).platformRules).toEqual([])
  })
})
