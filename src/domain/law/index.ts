/**
 * The rulebook, assembled: every verdict the engine gives comes from one row of one family
 * file here. Families follow the requirement, so a lawyer can review one law at a time:
 *
 *   filing.ts            ICP 备案 and 前置审批 (S1 第五条, S5)
 *   icp.ts               ICP 许可证, 目录 B25（仅限互联网信息服务）
 *   edi.ts               EDI 许可证, 目录 B21
 *   sp.ts                SP 许可证, 目录 B25（不含互联网信息服务）
 *   permits-content.ts   news, publishing, culture, audiovisual, games, course video
 *   permits-commerce.ts  food, alcohol, books, medical, recruitment, ride-hailing, finance, tutoring, religion, prepaid cards
 *   wechat.ts            WeChat platform rules (basis platform)
 *   alipay.ts            Alipay platform rules (basis platform)
 *   ai.ts                AI: 算法备案 (深度合成) and 生成式 AI 备案/登记 (B4, B5, B6, B10)
 *   virtual-payment.ts   WeChat 虚拟支付: platform rules without a requirement (Assessment.platformRules)
 *
 * To change a verdict, change its row, bump RULESET_VERSION and RULESET_DATE (../version.ts) and add
 * an entry to docs/changelog.md.
 */
import type { SourceId } from './sources'
import { AI_RULES } from './ai'
import { ALIPAY_RULES } from './alipay'
import { EDI_RULES } from './edi'
import { FILING_RULES } from './filing'
import { ICP_RULES } from './icp'
import { COMMERCE_PERMIT_RULES } from './permits-commerce'
import { CONTENT_PERMIT_RULES } from './permits-content'
import { toCite, type Cite, type RecordField, type RuleRow } from './shared'
import { SP_RULES } from './sp'
import { WECHAT_RULES } from './wechat'

const ROWS = [
  ...FILING_RULES,
  ...WECHAT_RULES,
  ...ALIPAY_RULES,
  ...ICP_RULES,
  ...EDI_RULES,
  ...SP_RULES,
  ...CONTENT_PERMIT_RULES,
  ...COMMERCE_PERMIT_RULES,
  ...AI_RULES,
] as const

/** Every rule id, as a literal union: a renamed rule id fails to compile where it is named. */
export type RuleId = (typeof ROWS)[number]['id']

/**
 * A rulebook row as the engine reads it: its cites read into `{ source, article }`, without the
 * record fields (RECORD_FIELDS: the bundle does not carry them; tests read them from RULE_ROWS).
 */
export interface Rule extends Omit<RuleRow, 'cites' | 'wechat' | RecordField> {
  id: RuleId
  cites: readonly Cite[]
  wechat?: { text: string; cites: readonly Cite[] }
  /** The source ids of `cites`, once each, in order (what Reason.sources carries). */
  sources: readonly SourceId[]
}

const read = (r: RuleRow): Rule => {
  const cites = r.cites.map(toCite)
  const rule = { ...r, cites, sources: [...new Set(cites.map((c) => c.source))] } as Rule
  if (r.wechat !== undefined) rule.wechat = { text: r.wechat.text, cites: r.wechat.cites.map(toCite) }
  return rule
}

export const RULES: readonly Rule[] = ROWS.map(read)

/** The rows as written, record fields included: for the rulebook's tests and reviewers, not the app. */
export const RULE_ROWS: readonly RuleRow[] = ROWS

/** A rule id named in code (e.g. eligibility's pilot list): checked at compile time. */
export const ruleId = <T extends RuleId>(id: T): T => id

export { PRE_APPROVALS } from './filing'
export { platformRules, platformRuleSteps, PLATFORM_RULE_NOTE, VIRTUAL_PAYMENT_RULES, type PlatformRuleResult } from './virtual-payment'
export { toCite, RECORD_FIELDS, type Cite, type CiteText, type DecidingFact, type RecordField, type RuleRow } from './shared'
