/**
 * 校外培训审批 (schoolPermit).
 * The law: the 2021 rules on off-campus tutoring (学科类线上培训由备案改为审批).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, anySector, fact, open, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const TUTORING = book('schoolPermit', { authority: '教育行政部门（省级，按推断）', sectors: ['k12Tutoring'], cites: ['online-tutoring-approval-2021 (b) 由备案改为审批'] , verified: '2026-11-24' }, [
  {
    id: 'permit.k12',
    when: all(sec('k12Tutoring'), open('k9Academic')),
    status: 'required',
    basis: LAW,
    text: '面向中小学生的线上学科类培训须经教育行政部门审批（2021 年起由备案改为审批），这也是备案的前置审批类型。',
    cites: ['online-tutoring-approval-2021 (b) 线上学科类培训机构由备案改为审批'],
    wechat: { text: '微信小程序备案把校外培训列为前置审批类型，教育类目也要求相应的审批文件。', cites: ['wechat-filing-api 前置审批类型（校外培训）'] },
    verified: '2026-11-24',
  },
  {
    id: 'permit.k12.k9',
    when: all(anySector('k12Tutoring', 'education'), fact('k9Academic')),
    status: 'required',
    basis: LAW,
    text: '向 1–9 年级（或学龄前）孩子收费教学科类课程，属于义务教育阶段学科类校外培训：线上机构须经审批，但 2021 年「双减」以来不再审批新的这类机构，现有机构须登记为非营利性，义务教育阶段也不得设立营利性民办学校。',
    cites: ['double-reduction-opinion-2021 不再审批新的义务教育阶段学科类校外培训机构', 'tutoring-non-profit-registration-2021 登记为非营利性机构', 'private-education-law 第十九条', 'online-tutoring-approval-2021 线上学科类培训机构由备案改为审批'],
    fact: 'k9Academic',
    blocker: {
      code: 'noNewApprovals',
      text: '新开的 1–9 年级（或学龄前）收费学科类培训拿不到审批：2021 年「双减」以来不再审批新的义务教育阶段学科类校外培训机构。',
    },
    verified: '2026-12-06',
  },
  {
    id: 'permit.k12.other',
    when: all(sec('k12Tutoring'), fact('k9Academic', 'no')),
    status: 'consult',
    basis: LAW,
    text: '不是面向 1–9 年级的学科类培训：高中学科类培训由各地「参照」义务教育阶段管理（这是报道中的做法，推断）；体育、艺术、综合实践等非学科类培训适用各地的非学科类监管，细则未核实。请向当地教育部门确认是否需要审批。',
    cites: ['double-reduction-opinion-2021 高中阶段学科类培训参照执行', 'jinan-tutoring-subject-list-2021 学科类与非学科类范围'],
    fact: 'k9Academic',
    unsettled: '增补 2026-12 §10.1：高中学科类「参照」执行为推断，非学科类监管细则未读到',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
