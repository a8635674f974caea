/**
 * 个人信息处理规则（隐私政策） (privacyRules): a duty of every mini-program, which processes
 * personal information from its first login (addendum 2026-12 §1.1, §0 rows 1–2).
 * The law: 《个人信息保护法》第十三条至第十七条; 《网络数据安全管理条例》第二十一条至第二十四条;
 * 《常见类型移动互联网应用程序必要个人信息范围规定》.
 *
 * Below: the office, then one row per rule (id, condition, status, basis, reason, cites to source
 * and article, the day it was last checked). Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { ALWAYS } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const PRIVACY_RULES = book('privacyRules', {
  authority: '网信部门（电信、公安、市场监管等按职责监督）',
  cites: ['pipl 第六十条（履行个人信息保护职责的部门）'],
  verified: '2026-12-06',
}, [
  {
    id: 'privacy.rules',
    when: ALWAYS,
    status: 'required',
    basis: LAW,
    text: '每个小程序都会处理个人信息（登录标识、订单、联系方式）：上线前公开个人信息处理规则（隐私政策），写明处理者、目的、方式、信息种类、保存期限、注销账号的方法，附收集和对外提供的个人信息清单；每项处理有同意或其他合法依据；只收集基本功能必需的信息，用户不同意提供非必要信息时不得拒绝提供基本功能。',
    cites: [
      'pipl 第十三条至第十七条（合法依据、告知事项）',
      'network-data-security-regulations 第二十一条至第二十四条（处理规则、清单、注销）',
      'necessary-pi-scope-provisions 必要个人信息范围（适用于小程序）',
    ],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
