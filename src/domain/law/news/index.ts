/**
 * 互联网新闻信息服务许可证 (internetNewsLicense).
 * The law: 《互联网新闻信息服务管理规定》（国家网信办令第1号）第六条、第七条; closed to foreign investment (negative list item 17).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { sec } from '../../profile/condition'
import { LAW, book, type BookRow, type ForeignBan, type Holders } from '../book'

export const NEWS = book('internetNewsLicense', { authority: '网信办（省级网信办受理，国家网信办决定；层级按推断）', sectors: ['news'], cites: ['cac-1 国家网信办令第1号 第六条、第七条'] , verified: '2026-11-24' }, [
  {
    id: 'permit.news',
    when: sec('news'),
    status: 'required',
    basis: LAW,
    text: '提供时政新闻须有互联网新闻信息服务许可证（申请者须为法人），并属于前置审批。',
    cites: ['cac-1 国家网信办令第1号 第六条、第七条'],
    wechat: { text: '微信「时政信息」类目要求该许可证，且是报备类目。', cites: ['practitioner-articles 时政信息 类目'] },
    effective: '2017-06-01',
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** Closed to foreign investment (negative list item 17): any foreign share blocks this permit. */
export const FOREIGN_BAN: ForeignBan = {
  text: '互联网新闻信息服务禁止外商投资：有外资的公司不能取得互联网新闻信息服务许可证。',
  cites: ['negative-list-2020 负面清单 第十七条', 'ftz-negative-list 自贸区负面清单 禁止投资项'],
  verified: '2026-11-24',
}

/** Who may hold it (reviewed on the outside review, issue 22). */
export const HOLDERS: Holders = {
  excludes: ['individual', 'soleProprietor'],
  text: '互联网新闻信息服务许可证只发给法人',
  cites: ['cac-1 第六条（申请者为法人）'],
  verified: '2026-12-06',
}
