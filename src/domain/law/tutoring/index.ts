/**
 * 校外培训审批 (schoolPermit).
 * The law: the 2021 rules on off-campus tutoring (学科类线上培训由备案改为审批).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const TUTORING = book('schoolPermit', { authority: '教育行政部门（省级，按推断）', sectors: ['k12Tutoring'], cites: ['online-tutoring-approval-2021 (b) 由备案改为审批'] , verified: '2026-11-24' }, [
  {
    id: 'permit.k12',
    when: sec('k12Tutoring'),
    status: 'required',
    basis: LAW,
    text: '面向中小学生的线上学科类培训须经教育行政部门审批（2021 年起由备案改为审批），这也是备案的前置审批类型。',
    cites: ['online-tutoring-approval-2021 (b) 线上学科类培训机构由备案改为审批'],
    wechat: { text: '微信小程序备案把校外培训列为前置审批类型，教育类目也要求相应的审批文件。', cites: ['wechat-filing-api 前置审批类型（校外培训）'] },
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
