/**
 * 网络文化经营许可证 (networkCultureLicense).
 * The law: 《互联网文化管理暂行规定》第八条; closed to foreign investment, music aside.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, any, anyActivity, fact, not, open, sec } from '../../profile/condition'
import { LAW, type CiteText, book, type BookRow, type ForeignBan, type Procedure, type Holders } from '../book'

/** Culture offered for profit: paid, sold, advertised or otherwise charged for. */
const forProfit = any(anyActivity('paidContent', 'paidListings', 'ads', 'storedValue', 'ownSales'), fact('platformFees'))
const CULTURE_8: CiteText = 'internet-culture-provisions 《互联网文化管理暂行规定》第八条'

export const CULTURE = book('networkCultureLicense', { authority: '省文化和旅游厅', sectors: ['culture'], cites: ['internet-culture-provisions 《互联网文化管理暂行规定》第八条'] , verified: '2026-11-24' }, [
  {
    id: 'permit.liveShow',
    when: act('liveEntertainment'),
    status: 'required',
    basis: LAW,
    text: '娱乐直播、网络表演和打赏以营利为目的提供网络文化产品，须有网络文化经营许可证（含网络表演），由省文化和旅游厅审批。',
    cites: [CULTURE_8, 'howtolivebetter 网络表演须网络文化经营许可证'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.culture',
    when: all(sec('culture'), not(act('liveEntertainment')), forProfit),
    status: 'required',
    basis: LAW,
    text: '以营利为目的提供网络音乐、网络表演、网络艺术品、动漫等文化产品的，须有网络文化经营许可证；文化属于备案前置审批。',
    cites: [CULTURE_8],
    verified: '2026-11-24',
  },
  {
    id: 'permit.culture.free',
    when: all(sec('culture'), not(act('liveEntertainment')), not(forProfit), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '网络文化经营许可证针对以营利为目的提供文化产品；免费、非营利提供的，只需办理文化前置审批并备案。',
    question: '是否收费或以营利为目的提供音乐、表演、艺术品、动漫等文化产品？',
    fact: 'platformFees',
    cites: [CULTURE_8],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** Closed to foreign investment (negative list item 17): any foreign share blocks this permit. */
export const FOREIGN_BAN: ForeignBan = {
  text: '互联网文化经营（音乐除外）禁止外商投资：有外资的公司不能取得网络文化经营许可证，只经营网络音乐的除外。',
  cites: ['negative-list-2020 负面清单 第十七条（音乐除外）', 'ftz-negative-list 自贸区负面清单 禁止投资项'],
  verified: '2026-11-24',
}

/** How the licence is obtained (the plan's step). */
export const PROCEDURE: Procedure = {
  statutory: '20 日',
  validity: '3 年',
  cites: ['internet-culture-provisions 审批时限与有效期'],
  verified: '2026-11-24',
}

/** Who may hold it (reviewed on the outside review, issue 22). */
export const HOLDERS: Holders = {
  excludes: ['individual', 'soleProprietor'],
  text: '网络文化经营许可证只发给单位',
  cites: ['internet-culture-provisions 第八条（单位申请）'],
  verified: '2026-12-06',
}
