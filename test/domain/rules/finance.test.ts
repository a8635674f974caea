/**
 * law/finance: paid stock tips (issue 22). Charging for securities or futures analysis, forecasts
 * or buy/sell advice is 证券投资咨询, which the statute reserves to firms the CSRC approves
 * (《证券法》第一百二十条、第一百六十条第二款): the reason names that licence and that office and
 * rests on the statute, not on a practitioner's article about WeChat's finance categories.
 */
import { OFFICES } from '../../../src/domain/law'
import { sourceById } from '../../../src/domain/law/sources'
import { assessmentOf } from '../../../src/domain/result/assess'
import { makeProfile } from '../profile-factory'

const stockTips = () => assessmentOf(makeProfile({ sectors: ['finance'], activities: ['paidContent'] }))
const finance = (a: ReturnType<typeof assessmentOf>) => a.requirements.find((r) => r.id === 'financeLicense')

describe('paid stock tips', () => {
  it('need 证券投资咨询业务资格, first among the reasons, resting on 《证券法》 (not a practitioners’ article)', () => {
    const r = finance(stockTips())
    expect(r?.status).toBe('required')
    const first = r?.reasons[0]
    expect(first?.rule).toBe('permit.finance.securitiesAdvice')
    expect(first?.text).toMatch(/证券投资咨询业务资格/)
    expect(first?.text).toMatch(/中国证监会/)
    expect(first?.sources[0]).toBe('securities-law')
    expect(first?.sources).not.toContain('practitioner-articles')
    expect(first?.cites).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'securities-law', article: expect.stringContaining('第一百六十条') })]))
    expect(sourceById('securities-law')?.title).toMatch(/证券法/)
  })

  it('name the CSRC as the office that approves it', () => {
    expect(finance(stockTips())?.authority).toMatch(/中国证监会/)
    expect(OFFICES.financeLicense.authority).toMatch(/中国证监会/)
  })

  it('on WeChat, the category gate is the 《经营证券期货业务许可证》 of 金融业-证券/期货投资咨询', () => {
    const r = finance(stockTips())?.reasons[0]
    expect(r?.text).toMatch(/经营证券期货业务许可证/)
    const alipay = finance(assessmentOf(makeProfile({ sectors: ['finance'], activities: ['paidContent'], platforms: ['alipay'] })))?.reasons[0]
    expect(alipay?.text).not.toMatch(/微信/)
  })

  it('is not said to a finance merchant that charges for nothing', () => {
    const r = finance(assessmentOf(makeProfile({ sectors: ['finance'], activities: ['showcase'] })))
    expect(r?.reasons.map((x) => x.rule)).not.toContain('permit.finance.securitiesAdvice')
  })
})
