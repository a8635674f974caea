/**
 * 网络出版服务许可证 (onlinePublishingLicense).
 * The law: 《网络出版服务管理规定》第二条、第九条至第十六条; closed to foreign investment.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, fact, not, open, sec, type Condition } from '../../profile/condition'
import { LAW, type CiteText, book, type BookRow, type ForeignBan, type Procedure, type Holders } from '../book'

const PUBLISHING_2_9: CiteText = 'online-publishing-provisions 《网络出版服务管理规定》第二条、第九条'

/**
 * Paid content that is a publication (原创文学、电子书、期刊) without the 网络文学 sector ticked: 网络出版
 * all the same, so the licence and its 前置审批 「出版」 (../filing) follow from this one condition.
 */
export const PAID_PUBLICATIONS: Condition = all(act('paidContent'), not(sec('publishing')), fact('publications'))

export const ONLINE_PUBLISHING = book('onlinePublishingLicense', { authority: '省级出版主管部门受理，国家新闻出版署审批', sectors: ['publishing'], cites: ['online-publishing-provisions 第九条至第十六条'] , verified: '2026-11-24' }, [
  {
    id: 'permit.publishing',
    when: sec('publishing'),
    status: 'required',
    basis: LAW,
    text: '网络小说、电子书等网络出版须有网络出版服务许可证（须为有 8 名以上编辑出版人员的单位），并属于前置审批（出版）。',
    cites: ['online-publishing-provisions 《网络出版服务管理规定》第九条至第十六条', 'internet-info-services-measures 国务院令第292号 第五条（出版）'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.publishing.paidContent',
    when: all(act('paidContent'), not(sec('publishing')), open('publications')),
    status: 'depends',
    basis: LAW,
    text: '付费内容如果是原创文学、电子书、期刊等出版物，还需要网络出版服务许可证；课程讲义、资讯、工具类内容不属于。',
    question: '付费内容是否是原创文学、电子书、期刊等出版物？',
    fact: 'publications',
    cites: [PUBLISHING_2_9],
    verified: '2026-11-24',
  },
  {
    id: 'permit.publishing.publications',
    when: PAID_PUBLICATIONS,
    status: 'required',
    basis: LAW,
    text: '你的付费内容是出版物（原创文学、电子书、期刊等）：网络出版须有网络出版服务许可证，并属于前置审批（出版）。',
    cites: [PUBLISHING_2_9],
    fact: 'publications',
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** Closed to foreign investment (negative list item 17): any foreign share blocks this permit. */
export const FOREIGN_BAN: ForeignBan = {
  text: '网络出版服务禁止外商投资：有外资的公司不能取得网络出版服务许可证。',
  cites: ['negative-list-2020 负面清单 第十七条', 'ftz-negative-list 自贸区负面清单 禁止投资项'],
  verified: '2026-11-24',
}

/** How the licence is obtained (the plan's step). */
export const PROCEDURE: Procedure = {
  statutory: '60 日',
  validity: '5 年',
  cites: ['online-publishing-provisions 审批时限与有效期'],
  verified: '2026-11-24',
}

/** Who may hold it (reviewed on the outside review, issue 22). */
export const HOLDERS: Holders = {
  excludes: ['individual', 'soleProprietor'],
  text: '网络出版服务许可证只发给机构',
  cites: ['online-publishing-provisions 第八条至第十条（申请条件）'],
  verified: '2026-12-06',
}
