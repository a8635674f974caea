/**
 * SP 许可证: 目录 B25 信息服务业务（不含互联网信息服务）.
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { act } from './condition'
import { CHECKED, LAW, type RuleRow } from './shared'

export const SP_RULES = [
  {
    id: 'sp.sms',
    requirement: 'spLicense',
    when: act('smsForOthers'),
    status: 'required',
    basis: LAW,
    text: '替其他企业发送验证码或营销短信，属于 B25 信息服务业务（不含互联网信息服务），即 SP 证；使用 106 号码还须另行申请码号。',
    cites: ['S4 目录 B25 信息服务业务（不含互联网信息服务）', 'S24 工信部系统业务范围名称（SP）'],
    verified: CHECKED,
  },
] as const satisfies readonly RuleRow[]
