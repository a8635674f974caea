/**
 * 金融业务许可 (financeLicense).
 * The law: the financial regulators' licences; for paid securities advice (荐股、投顾) 《证券法》
 * 第一百二十条、第一百六十条第二款 (证券投资咨询 only with the CSRC's approval); WeChat's finance categories.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, sec } from '../../profile/condition'
import { LAW, book, type BookRow, type CiteText } from '../book'

/** 证券投资咨询 needs the CSRC's approval (the statute; quoted in a secondary copy, level V-sec). */
const SECURITIES_ADVICE: CiteText = 'securities-law 《证券法》第一百六十条第二款（从事证券投资咨询服务业务须经国务院证券监督管理机构核准）'

export const FINANCE = book('financeLicense', {
  authority: '按业务：中国证监会（证券、期货，含证券投资咨询）；中国人民银行（支付）；国家金融监督管理总局（银行、保险、借贷等）（层级按推断）',
  sectors: ['finance'],
  cites: ['securities-law 第一百二十条、第一百六十条第二款（中国证监会核准）', 'practitioner-articles 金融类目通知'],
  verified: '2026-12-06',
}, [
  {
    // Before permit.finance: the same strength, and the rulebook order puts the named licence first.
    id: 'permit.finance.securitiesAdvice',
    when: all(sec('finance'), act('paidContent')),
    status: 'required',
    basis: LAW,
    text:
      '你在金融行业向用户收费提供内容：收费提供证券、期货的投资分析、预测或买卖建议（付费荐股、投资顾问、付费研报、荐股软件）属于证券投资咨询，须经中国证监会核准、取得证券投资咨询业务资格（载于《经营证券期货业务许可证》的业务范围），' +
      '只有经核准的证券公司或证券投资咨询机构可以提供，个人和个体工商户不能取得；未经核准提供的，没收违法所得并处罚款（《证券法》第二百一十三条）。只讲保险、理财常识等、不涉及具体证券期货的付费内容不属于此项。',
    cites: [SECURITIES_ADVICE, 'securities-law 第一百二十条（证券投资咨询是经核准的证券业务）', 'securities-law 第二百一十三条（罚则）'],
    wechat: {
      text: '微信「金融业-证券/期货投资咨询」类目要求《经营证券期货业务许可证》。',
      cites: ['wechat-categories 金融业-证券/期货投资咨询 类目资质'],
    },
    verified: '2026-12-06',
    effective: '2020-03-01',
  },
  {
    id: 'permit.finance',
    when: sec('finance'),
    status: 'required',
    basis: LAW,
    text: '金融服务须有对应的金融业务许可证（如金融许可证、支付业务许可证、个人征信业务经营许可证），互联网金融也是备案前置审批类型。',
    cites: ['practitioner-articles 2025 年一季度微信金融类目通知（转载）', 'wechat-filing-api 前置审批类型（互联网金融）'],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
