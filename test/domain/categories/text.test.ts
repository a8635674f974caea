/** The categories in the --text summary. */
import { categoryLines, qualificationsText } from '../../../src/domain/categories/text'
import { ALIPAY_UNVERIFIED_NOTE } from '../../../src/domain/categories/catalogue'
import type { Category, Profile } from '../../../src/domain/contract/types'
import { assessmentOf } from '../../../src/domain/result/assess'

const cat = (c: Partial<Category>): Category => ({ platform: 'wechat', path: [], qualifications: [], available: true, catalogue: '2026-02-21', ...c })

describe('categoryLines', () => {
  it('says any-of and all-of plainly', () => {
    expect(qualificationsText([])).toBe('无需额外资质')
    expect(qualificationsText([['a', 'b']])).toBe('a + b')
    expect(qualificationsText([['a'], ['b', 'c']])).toBe('任选一组：① a ② b + c')
  })

  it('prints per platform the date, the path, the documents, what is not available and the no-category entries', () => {
    const text = categoryLines([
      cat({ path: ['商家自营', '食品饮料'], qualifications: [['《食品经营许可证》'], ['《食品生产许可证》']] }),
      cat({ path: ['深度合成'], available: false, note: '不对个人开放' }),
      cat({ note: '微信类目表中没有「红包」类目' }),
      cat({ platform: 'alipay', path: ['小程序限制类目'], catalogue: '2026-11', note: '未能核实' }),
    ]).join('\n')
    expect(text).toContain('提交审核时选择的类目（以平台最新页面为准）')
    expect(text).toContain('微信（类目表 2026-02-21）')
    expect(text).toContain('商家自营 > 食品饮料')
    expect(text).toContain('任选一组：① 《食品经营许可证》 ② 《食品生产许可证》')
    expect(text).toContain('✗ 不可选 深度合成')
    expect(text).toContain('无对应类目：微信类目表中没有「红包」类目')
    expect(text).toContain('支付宝（类目表 2026-11）')
  })

  it('prints nothing without categories', () => {
    expect(categoryLines([])).toEqual([])
  })
})

describe('Alipay’s not-verified note', () => {
  it('is said once in the text, while each Alipay category keeps it in the contract output', () => {
    const mall: Profile = {
      schemaVersion: 1,
      platforms: ['wechat', 'alipay'],
      operator: { type: 'company', registeredCapital: 10_000_000 },
      activities: ['marketplace', 'coupons', 'points'],
      sectors: ['food'],
    }
    const cats = assessmentOf(mall).categories.filter((c) => c.platform === 'alipay')
    expect(cats.length).toBeGreaterThan(1)
    for (const c of cats) expect(c.note).toContain(ALIPAY_UNVERIFIED_NOTE)
    const text = categoryLines(assessmentOf(mall).categories).join('\n')
    expect(text.split(ALIPAY_UNVERIFIED_NOTE).length - 1).toBe(1)
  })
})
