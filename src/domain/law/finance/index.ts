/**
 * 金融业务许可 (financeLicense).
 * The law: the financial regulators' licences; WeChat's finance categories.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, fact, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const FINANCE = book('financeLicense', { authority: '中国人民银行、国家金融监督管理总局等金融监管部门（层级按推断）', sectors: ['finance'], cites: ['practitioner-articles 金融类目通知'] , verified: '2026-11-24' }, [
  {
    id: 'permit.finance',
    when: sec('finance'),
    status: 'required',
    basis: LAW,
    text: '金融服务须有对应的金融业务许可证（如金融许可证、支付业务许可证、个人征信业务经营许可证），互联网金融也是备案前置审批类型。',
    cites: ['practitioner-articles 2025 年一季度微信金融类目通知（转载）', 'wechat-filing-api 前置审批类型（互联网金融）'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.storedValueElsewhere',
    when: all(act('storedValue'), fact('storedValueElsewhere')),
    status: 'required',
    basis: LAW,
    text: '储值能在与你无关的其他商家使用，就不是单用途预付卡而是多用途预付卡，属于支付业务，须取得支付业务许可证（预付卡发行与受理）；否则只能改为只在自家门店使用。',
    cites: ['howtolivebetter 多用途预付卡属于支付业务', 'wechat-categories 商家自营-预付卡 类目资质'],
    fact: 'storedValueElsewhere',
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
