/**
 * The rulebook's table of contents: one folder per requirement (or tight family), each a book —
 * the office that decides it, its dated parameters, one row per rule — with its golden cases
 * (cases.ts). Every verdict the engine gives comes from one row of one folder here:
 *
 *   filing/              ICP 备案 and 前置审批
 *   telecom/             what the three telecom licences share: who may apply, capital, pilot zones, times, materials
 *   icp/ edi/ sp/        ICP (B25), EDI (B21) and SP licences, each with its foreign cap
 *   news/ online-publishing/ culture/ audiovisual/ games/               content permits
 *   food/ alcohol/ publications/ medical-institution/ drug-info/ medical-devices/ recruitment/
 *   ride-hailing/ finance/ tutoring/ religion/ prepaid-card/            sector permits
 *   ai/                  算法备案 and 生成式 AI 备案/登记
 *   food-platform-filing/ device-platform-filing/ live-stream-filing/ security-grading/   filings (contract v1.2)
 *   ad-review/ payment-licence/                                         licences a launch may need (payment: out of reach)
 *   privacy-rules/ privacy-declaration/ sensitive-data/ pi-governance/ ecommerce-duties/ platform-duties/
 *   live-commerce-duties/ ad-duties/ minor-protection/ ai-companion-duties/   duties nobody grants (kind 'duty')
 *   virtual-payment/     WeChat 虚拟支付: platform rules without a requirement (Assessment.platformRules)
 *
 * A platform's gate that concerns a requirement sits in that requirement's folder (basis
 * 'platform'). To change a verdict, change its row, bump RULESET_VERSION and RULESET_DATE
 * (./version.ts) and add an entry to docs/changelog.md; docs/rules.md walks through one folder.
 */
import type { RequirementId } from '../contract/types'
import { AD_DUTIES } from './ad-duties'
import { AD_REVIEW } from './ad-review'
import { AI_COMPANION_DUTIES } from './ai-companion-duties'
import { DEVICE_PLATFORM_FILING } from './device-platform-filing'
import { ECOMMERCE_DUTIES } from './ecommerce-duties'
import { FOOD_PLATFORM_FILING, PROCEDURE as FOOD_PLATFORM_PROCEDURE } from './food-platform-filing'
import { LIVE_COMMERCE_DUTIES } from './live-commerce-duties'
import { LIVE_STREAM_FILING } from './live-stream-filing'
import { MINOR_PROTECTION } from './minor-protection'
import { PAYMENT_LICENCE } from './payment-licence'
import { PI_GOVERNANCE } from './pi-governance'
import { PLATFORM_DUTIES } from './platform-duties'
import { PRIVACY_DECLARATION } from './privacy-declaration'
import { PRIVACY_RULES } from './privacy-rules'
import { SECURITY_GRADING } from './security-grading'
import { SENSITIVE_DATA } from './sensitive-data'
import { ALGORITHM_FILING, ALGORITHM_PROCEDURE, GENAI_FILING, GENAI_PROCEDURE } from './ai'
import { ALCOHOL } from './alcohol'
import { AUDIOVISUAL, FOREIGN_BAN as AUDIOVISUAL_BAN } from './audiovisual'
import { toCite, type Book, type Cite, type ForeignBan, type Holders, type Office, type Procedure, type RuleRow } from './book'
import { CULTURE, FOREIGN_BAN as CULTURE_BAN, HOLDERS as CULTURE_HOLDERS, PROCEDURE as CULTURE_PROCEDURE } from './culture'
import { DRUG_INFO, HOLDERS as DRUG_INFO_HOLDERS } from './drug-info'
import { EDI } from './edi'
import { FILING, FILING_PROCEDURE, PRE_APPROVALS } from './filing'
import { FINANCE } from './finance'
import { FOOD } from './food'
import { GAMES, PROCEDURE as GAMES_PROCEDURE } from './games'
import { ICP } from './icp'
import { MEDICAL_DEVICES } from './medical-devices'
import { MEDICAL_INSTITUTION } from './medical-institution'
import { FOREIGN_BAN as NEWS_BAN, HOLDERS as NEWS_HOLDERS, NEWS } from './news'
import { FOREIGN_BAN as PUBLISHING_BAN, HOLDERS as PUBLISHING_HOLDERS, ONLINE_PUBLISHING, PROCEDURE as PUBLISHING_PROCEDURE } from './online-publishing'
import { PREPAID_CARD, PROCEDURE as PREPAID_PROCEDURE } from './prepaid-card'
import { PUBLICATIONS } from './publications'
import { RECRUITMENT } from './recruitment'
import { HOLDERS as RELIGION_HOLDERS, RELIGION } from './religion'
import { RIDE_HAILING } from './ride-hailing'
import type { SourceId } from './sources'
import { SP } from './sp'
import { LICENCE_PROCEDURE } from './telecom'
import { TUTORING } from './tutoring'

/** Every book, in the order the engine reads them (the order breaks ties between equally strong rows). */
const BOOKS = [
  FILING,
  ICP,
  EDI,
  SP,
  NEWS,
  ONLINE_PUBLISHING,
  CULTURE,
  AUDIOVISUAL,
  GAMES,
  FOOD,
  ALCOHOL,
  PUBLICATIONS,
  MEDICAL_INSTITUTION,
  DRUG_INFO,
  MEDICAL_DEVICES,
  RECRUITMENT,
  RIDE_HAILING,
  FINANCE,
  TUTORING,
  RELIGION,
  PREPAID_CARD,
  ALGORITHM_FILING,
  GENAI_FILING,
  // contract v1.2: the rest of the launch
  FOOD_PLATFORM_FILING,
  DEVICE_PLATFORM_FILING,
  LIVE_STREAM_FILING,
  AD_REVIEW,
  PAYMENT_LICENCE,
  SECURITY_GRADING,
  PRIVACY_RULES,
  PRIVACY_DECLARATION,
  SENSITIVE_DATA,
  PI_GOVERNANCE,
  ECOMMERCE_DUTIES,
  PLATFORM_DUTIES,
  LIVE_COMMERCE_DUTIES,
  AD_DUTIES,
  MINOR_PROTECTION,
  AI_COMPANION_DUTIES,
] as const

type Rows = (typeof BOOKS)[number]['rows'][number]

/** Every rule id, as a literal union: a renamed rule id fails to compile where it is named. */
export type RuleId = Rows['id']

/** A rulebook row as the engine reads it: its cites read into `{ source, article }`. */
export interface Rule extends Omit<RuleRow, 'cites' | 'wechat'> {
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

/** The rows as written, for the rulebook's tests and reviewers. */
export const RULE_ROWS: readonly RuleRow[] = BOOKS.flatMap((b): readonly RuleRow[] => b.rows)

export const RULES: readonly Rule[] = RULE_ROWS.map(read)

/** The office of every requirement, from its book. */
export const OFFICES: Readonly<Record<RequirementId, Office>> = Object.fromEntries(BOOKS.map((b: Book) => [b.requirement, b.office])) as Record<
  RequirementId,
  Office
>

/** Permits closed to foreign investment (negative list item 17), from their books. */
export const FOREIGN_BANS: Readonly<Partial<Record<RequirementId, ForeignBan>>> = {
  internetNewsLicense: NEWS_BAN,
  onlinePublishingLicense: PUBLISHING_BAN,
  audiovisualLicense: AUDIOVISUAL_BAN,
  networkCultureLicense: CULTURE_BAN,
}

/** Permits issued to organisations only, from their books: who may not hold each, and why. */
export const ORGANISATION_ONLY: Readonly<Partial<Record<RequirementId, Holders>>> = {
  internetNewsLicense: NEWS_HOLDERS,
  onlinePublishingLicense: PUBLISHING_HOLDERS,
  networkCultureLicense: CULTURE_HOLDERS,
  religionPermit: RELIGION_HOLDERS,
  drugInfoCertificate: DRUG_INFO_HOLDERS,
}

/** How each requirement is obtained, where the sources say (the plan's steps), from its folder. */
export const PROCEDURES: Readonly<Partial<Record<RequirementId, Procedure>>> = {
  icpFiling: FILING_PROCEDURE,
  icpLicense: LICENCE_PROCEDURE,
  ediLicense: LICENCE_PROCEDURE,
  spLicense: LICENCE_PROCEDURE,
  prepaidCardFiling: PREPAID_PROCEDURE,
  gameApproval: GAMES_PROCEDURE,
  networkCultureLicense: CULTURE_PROCEDURE,
  onlinePublishingLicense: PUBLISHING_PROCEDURE,
  algorithmFiling: ALGORITHM_PROCEDURE,
  genAiFiling: GENAI_PROCEDURE,
  foodPlatformFiling: FOOD_PLATFORM_PROCEDURE,
}

/**
 * Where a permit already held is handed in: with the filing where its sector is a 前置审批 type of
 * the filing form; otherwise (food, alcohol, books …, which the form does not list: addendum 2026-12
 * §9.2) where the platform asks for it, when choosing the service category.
 */
export const handedInAtFiling = (id: RequirementId): boolean => preApprovalKinds(id).length > 0

/** The filing form's 前置审批 kinds a permit is (its office's sectors), e.g. ['医疗保健'] for a clinic's licence. */
export function preApprovalKinds(id: RequirementId): string[] {
  return [...new Set((OFFICES[id].sectors ?? []).flatMap((s) => PRE_APPROVALS.value[s] ?? []))]
}

/** A rule id named in code (e.g. eligibility's pilot list): checked at compile time. */
export const ruleId = <T extends RuleId>(id: T): T => id

export type { Holders, Office, Procedure } from './book'
export { FILING_MATERIALS, FILING_STEPS, FILING_TIMES, PRE_APPROVALS, PRE_APPROVAL_TRIGGERS, preApprovalSectors } from './filing'
export { EDI_CAPS } from './edi'
export { B25_SERVICES, ICP_CAPS, type B25Service } from './icp'
export { SP_CAP } from './sp'
export { CAPITAL, COMPANY_ONLY, DISHONEST_LIST, LICENCE_MATERIALS, LICENCE_STEPS, LICENCE_TIMES, PILOT_ZONES, TELECOM_OFFICE, type CapRow } from './telecom'
export { AI_CREDITS_QUESTION, AI_MODEL_QUESTION, AI_PAID_HINT, aiModel } from './ai'
export { platformRules, platformRuleSteps, PLATFORM_RULE_NOTE, SELLS_VIRTUAL, VIRTUAL_PAYMENT_RULES, type PlatformRuleResult } from './virtual-payment'
export { toCite, type Book, type BookRow, type GoldenCase, type ProfileShape, type Cite, type CiteText, type DecidingFact, type Param, type RuleRow } from './book'
