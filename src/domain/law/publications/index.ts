/**
 * 出版物经营许可证 (publicationPermit).
 * The law: the publication-trade rules (practitioner sources).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, sec } from '../../profile/condition'
import { LAW, sells, book, type BookRow } from '../book'

const S21_SHOP = 'practitioner-articles 从业者文章（商家自营类目）' as const

export const PUBLICATIONS = book('publicationPermit', { authority: '出版行政主管部门（新闻出版局；层级按推断）', sectors: ['books'], cites: ['practitioner-articles 从业者文章'] , verified: '2026-11-24' }, [
  {
    id: 'permit.books',
    when: all(sec('books'), sells),
    status: 'required',
    basis: LAW,
    text: '在线卖图书等出版物须有出版物经营许可证。',
    cites: [S21_SHOP],
    wechat: {
      text: '微信「商家自营-图书报刊/音像/影视/游戏/动漫」类目也要求《出版物经营许可证》（批发由省级、零售由县（区）级出版行政主管部门核发）。',
      cites: ['wechat-categories 商家自营-图书报刊/音像/影视/游戏/动漫 类目资质（2选1）'],
    },
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
