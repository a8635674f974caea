/**
 * 酒类经营许可 (alcoholPermit).
 * The law: provincial alcohol-trade rules (they differ by province).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, sec } from '../../profile/condition'
import { LAW, sells, book, type BookRow } from '../book'

const S21_SHOP = 'practitioner-articles 从业者文章（商家自营类目）' as const

export const ALCOHOL = book('alcoholPermit', { authority: '注册地酒类流通主管部门（多为商务部门，各省不一；层级按推断）', sectors: ['alcohol'], cites: ['practitioner-articles 从业者文章'] , verified: '2026-11-24' }, [
  {
    id: 'permit.alcohol',
    when: all(sec('alcohol'), sells),
    status: 'likely',
    basis: LAW,
    text: '多数省份对酒类经营实行许可或备案，各省规定不一，请按注册地的规定办理（从业者整理，未核实各省原文）。',
    cites: [S21_SHOP],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
