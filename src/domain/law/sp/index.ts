/**
 * SP 许可证 (spLicense): 目录 B25 信息服务业务（不含互联网信息服务）.
 * The law: the telecom catalogue (2015).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act } from '../../profile/condition'
import { TELECOM_OFFICE, type CapRow } from '../telecom'
import { LAW, book, type BookRow } from '../book'

export const SP = book('spLicense', TELECOM_OFFICE, [
  {
    id: 'sp.sms',
    when: act('smsForOthers'),
    status: 'required',
    basis: LAW,
    text: '替其他企业发送验证码或营销短信，属于 B25 信息服务业务（不含互联网信息服务），即 SP 证；使用 106 号码还须另行申请码号。',
    cites: ['telecom-catalogue-2015 目录 B25 信息服务业务（不含互联网信息服务）', 'vendor-catalogue-notes 工信部系统业务范围名称（SP）'],
    verified: '2026-11-22',
  },
] as const satisfies readonly BookRow[])

/** Foreign ownership of an SP licence: at most 50 % (negative list). */
export const SP_CAP: CapRow = {
  id: 'cap.sp',
  percent: 50,
  text: 'SP 证（B25 不含互联网信息服务）外资股比不超过 50%。',
  cites: ['negative-list-2019 负面清单（2019）增值电信条目', 'negative-list-2020 负面清单 第十六条'],
}
