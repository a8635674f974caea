/** Keyword search over category names and scopes. */
import * as fc from 'fast-check'
import { pathExists, pathKey } from '../../../src/domain/categories/catalogue'
import { searchCategories } from '../../../src/domain/categories/search'

const paths = (q: string, op?: Parameters<typeof searchCategories>[1]) => searchCategories(q, op).map((h) => pathKey(h.path))

describe('searchCategories', () => {
  it.each([
    ['二手车', '汽车服务>二手车'],
    ['AI 绘画', '深度合成>AI绘画'],
    ['ai绘画', '深度合成>AI绘画'],
    ['电商平台', '电商平台>电商平台'],
    ['网约车', '交通服务>网约车>其他网约车'],
    ['酒', '商家自营>酒类'],
    ['宗教', '文娱>宗教信息'],
  ])('ranks the category named by "%s" first', (q, first) => {
    expect(paths(q)[0]).toBe(first)
  })

  it('finds categories by what they are for, not only by name ("蛋糕")', () => {
    expect(paths('蛋糕')).toEqual(expect.arrayContaining(['商家自营>食品饮料', '餐饮服务>餐饮服务场所/餐饮服务管理企业>面包甜点饮品']))
  })

  it('ranks a name match above a scope match', () => {
    const hits = searchCategories('直播')
    const name = hits.findIndex((h) => pathKey(h.path) === '社交>直播')
    const scopeOnly = hits.findIndex((h) => !h.path[h.path.length - 1].includes('直播'))
    expect(name).toBeGreaterThanOrEqual(0)
    if (scopeOnly >= 0) expect(name).toBeLessThan(scopeOnly)
  })

  it('needs every word of a several-word query', () => {
    for (const h of searchCategories('宠物 医院')) {
      const text = h.path.join('') + h.scope
      expect(text.includes('宠物') && text.includes('医院')).toBe(true)
    }
    expect(paths('宠物 医院')[0]).toBe('生活服务>宠物医院/兽医')
  })

  it('falls back to shared character pairs when no word matches exactly', () => {
    expect(paths('二手汽车').length).toBeGreaterThan(0)
  })

  it('marks what an individual may not choose, and ranks what it may first among equals', () => {
    const hits = searchCategories('美甲', 'individual')
    expect(hits[0].available).toBe(true)
    const car = searchCategories('二手车', 'individual')[0]
    expect(car.available).toBe(false)
    expect(car.note).toContain('个人')
    expect(searchCategories('AI绘画', 'individual')[0].available).toBe(false)
    expect(searchCategories('AI绘画', 'soleProprietor')[0].available).toBe(true)
  })

  it('marks personal-only categories unavailable to a company', () => {
    const h = searchCategories('在线教育', 'company').find((x) => pathKey(x.path) === '教育服务>在线教育')
    expect(h?.available).toBe(false)
  })

  it('returns nothing for an empty query and honours the limit and platform', () => {
    expect(searchCategories('   ')).toEqual([])
    expect(searchCategories('服务', undefined, { limit: 3 })).toHaveLength(3)
    expect(searchCategories('支付', undefined, { platform: 'alipay' }).every((h) => h.platform === 'alipay')).toBe(true)
  })

  it('is pure and returns catalogue paths with their date, for any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (q) => {
        const a = searchCategories(q)
        expect(searchCategories(q)).toEqual(a)
        for (const h of a) {
          expect(pathExists(h.platform, h.path)).toBe(true)
          expect(h.catalogue.length).toBeGreaterThan(0)
        }
        for (let i = 1; i < a.length; i++) expect(a[i - 1].score).toBeGreaterThanOrEqual(a[i].score)
      }),
      { numRuns: 200 },
    )
  })

  it('is fast: a query over the whole catalogue takes well under a millisecond on average', () => {
    searchCategories('预热')
    const queries = ['蛋糕', '二手车', 'AI 绘画', '直播', '宠物 医院', '不存在的东西']
    const t0 = process.hrtime.bigint()
    for (let i = 0; i < 50; i++) for (const q of queries) searchCategories(q)
    const perQueryMs = Number(process.hrtime.bigint() - t0) / 1e6 / (50 * queries.length)
    expect(perQueryMs).toBeLessThan(2)
  })
})
