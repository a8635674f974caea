/**
 * law/filing + law/online-publishing: paid 出版物 (issue 22). Selling publications as paid content
 * online (原创文学、电子书、期刊) is 网络出版: its 网络出版服务许可证 is also the filing form's 前置审批
 * 「出版」 (《互联网信息服务管理办法》第五条; WeChat's queryIcpNrlxTypes item 2, addendum 2026-12
 * §9.2), whether or not the merchant ticked the 网络文学 sector. Retail of physical books needs the
 * 出版物经营许可证, which the form does not list: a self-operated shop files "以上都不涉及" (§9.2).
 */
import { assessmentOf } from '../../../src/domain/result/assess'
import { makeProfile, type ProfileShape } from '../profile-factory'

const of = (s: ProfileShape) => assessmentOf(makeProfile(s))
const paidPublications: ProfileShape = { activities: ['paidContent'], facts: { publications: true } }

describe('paid publications bring the 前置审批 出版 as well as the licence', () => {
  it('list 出版 among the pre-approvals, with the filing reason, the step and the material', () => {
    const a = of(paidPublications)
    expect(a.requirements.find((r) => r.id === 'onlinePublishingLicense')?.status).toBe('required')
    expect(a.preApprovals).toEqual(['publishing'])
    const filing = a.requirements.find((r) => r.id === 'icpFiling')
    expect(filing?.reasons.map((r) => r.rule)).toContain('filing.preApproval.publications')
    expect(a.nextSteps.some((s) => /前置审批（出版）/.test(s))).toBe(true)
    expect(a.materials[0].anyOf[0].some((m) => /前置审批文件（出版）/.test(m))).toBe(true)
  })

  it('also for a bookshop that sells e-books as paid content', () => {
    expect(of({ sectors: ['books'], activities: ['ownSales', 'paidContent'], facts: { publications: true } }).preApprovals).toEqual(['publishing'])
  })

  it('not for paid content that is not a publication, nor while the answer is open', () => {
    expect(of({ activities: ['paidContent'], facts: { publications: false } }).preApprovals).toEqual([])
    const open = of({ activities: ['paidContent'] })
    expect(open.preApprovals).toEqual([])
    expect(open.requirements.find((r) => r.id === 'icpFiling')?.reasons.map((r) => r.rule)).not.toContain('filing.preApproval.publications')
  })

  it('not for retail of physical books: the 出版物经营许可证 is no 前置审批 item of the filing form', () => {
    const a = of({ sectors: ['books'], activities: ['ownSales'] })
    expect(a.requirements.find((r) => r.id === 'publicationPermit')?.status).toBe('required')
    expect(a.preApprovals).toEqual([])
    expect(a.nextSteps.some((s) => /前置审批/.test(s))).toBe(false)
  })
})
