/**
 * The shape of the rulebook: one folder per requirement (./edi/, ./icp/, …), each a `book` — the
 * office that decides the requirement, its dated parameters, and one row per rule — and its
 * golden cases (cases.ts). How several firing rows combine into one status is documented, and
 * done, in ../engine/evaluate.ts; docs/rules.md walks through one folder.
 *
 * A row: id, condition on the profile, status, basis, reason (zh-CN), the articles it rests on
 * (`cites`, 'telecom-catalogue-2015 目录 B21': an id of ./sources.ts, a space, the article or section), the day it
 * was last checked and, where a law took effect on a date, that date.
 */
import { any, anyActivity, fact } from '../profile/condition'
import type { Condition } from '../profile/condition'
import type { SourceId } from './sources'
import type { Activity, Basis, PersonalData, EligibilityProblemCode, Facts, Operator, OperatorType, Platform, Requirement, RequirementId, Sector, Status } from '../contract/types'

/** One article or section of one source: `{ source: 'miit-42', article: '第六条' }`. */
export interface Cite {
  source: SourceId
  /** The article, section or item the rule rests on, e.g. '令第42号 第六条', '目录 B21'. */
  article: string
}

/**
 * A cite as the rulebook writes it: the source id, one space, the article or section,
 * e.g. 'telecom-catalogue-2015 目录 B21 交易处理业务' (a source id that does not exist fails to compile).
 */
export type CiteText = `${SourceId} ${string}`

/** 'telecom-catalogue-2015 目录 B21' → { source: 'telecom-catalogue-2015', article: '目录 B21' }. */
export const toCite = (c: CiteText): Cite => {
  const i = c.indexOf(' ')
  return { source: c.slice(0, i) as SourceId, article: c.slice(i + 1) }
}

/** The fact that decides a 'depends' verdict: a follow-up fact, or an operator answer. */
export type DecidingFact = NonNullable<Requirement['fact']>

/**
 * A parameter of the law — a threshold, a cap, an office, a time, a list of materials — as a
 * dated value with the articles it rests on (openfisca's parameters, in the small).
 */
export interface Param<T> {
  value: T
  cites: readonly CiteText[]
  /** The day this value was last checked against its sources. */
  verified: string
  /** The day the law that sets it took effect, where one did. */
  since?: string
}

/** Who decides a requirement, and the sectors whose approval it is (so one already held is recognised). */
export interface Office {
  /** The office that decides or answers (zh-CN); an inferred level says so in words (层级按推断). */
  authority: string
  /** Sectors whose permit this is (facts.approvalsHeld names sectors). */
  sectors?: readonly Sector[]
  cites: readonly CiteText[]
  verified: string
}

/**
 * How a requirement is obtained, where the sources say: where to apply, the statutory and the
 * typical time, the validity. Anything the sources leave out is left unsaid.
 */
export interface Procedure {
  where?: string
  statutory?: string
  typical?: string
  validity?: string
  cites: readonly CiteText[]
  verified: string
}

/** Who may not hold a permit: it is issued to organisations (单位, 法人) only. */
export interface Holders {
  /** The operator types that cannot hold it. */
  excludes: readonly OperatorType[]
  /** Why, in one clause a merchant reads (e.g. 申请者须为法人). */
  text: string
  cites: readonly CiteText[]
  verified: string
}

/** A permit closed to foreign investment: its reason and articles. */
export interface ForeignBan {
  text: string
  cites: readonly CiteText[]
  verified: string
}

/** A rulebook row as written in its requirement's folder (its id is checked as a literal: see RuleId). */
export interface BookRow {
  id: string
  when: Condition
  status: Status
  basis: readonly Basis[]
  text: string
  /** The articles it rests on, as 'telecom-catalogue-2015 目录 B21 交易处理业务' (see CiteText). */
  cites: readonly CiteText[]
  /** For 'depends': the question that decides it, in the merchant's words. */
  question?: string
  /** For 'depends' and for rows settled by a follow-up answer: the fact that decides it. */
  fact?: DecidingFact
  /** A fallback row fires only when no other row of its requirement fires (the "why not"). */
  fallback?: true
  /** The day this row was last checked against its sources. */
  verified: string
  /** The day the law it rests on took effect, where one did. */
  effective?: string
  /**
   * A WeChat gate that says the same thing: its sentence and sources join the reason, and
   * 'platform' joins the basis, only when WeChat is among the platforms.
   */
  wechat?: { text: string; cites: readonly CiteText[] }
  /**
   * For a row that stays 'depends' or 'consult' once every follow-up fact is answered: where
   * the reference itself says the point is unsettled (e.g. 'addendum §8: law unknown').
   */
  unsettled?: string
  /** EDI only: the row is 经营类电子商务 (a third-party trading platform), open to 100 % foreign capital since 2015. */
  ecommerce?: true
  /**
   * What keeps this operator from obtaining the requirement when the row fires (contract v1.2
   * codes, e.g. noNewApprovals): the status stays what the law says, the blocker says it cannot be had.
   */
  blocker?: { code: EligibilityProblemCode; text: string }
}

/** A row with its requirement (what the engine reads). */
export interface RuleRow extends BookRow {
  requirement: RequirementId
}

/** A profile as a golden case writes it: a company on WeChat, with only what the case changes. */
export interface ProfileShape {
  personalData?: PersonalData[]
  activities?: Activity[]
  sectors?: Sector[]
  platforms?: Platform[]
  operator?: Partial<Operator>
  recruitsForOthers?: boolean
  facts?: Facts
}

/**
 * A golden case (openfisca's YAML tests, in the small): a row, a profile it fires on (or stays
 * silent on), and the status and reasons the engine must then give its requirement ('absent':
 * the requirement does not appear).
 */
export interface GoldenCase {
  rule: string
  fires: boolean
  profile: ProfileShape
  requirement: RequirementId
  status: Status | 'absent'
  reasons: readonly string[]
}

/** One requirement's folder: the requirement, the office that decides it, and its rows. */
export interface Book<R extends RequirementId = RequirementId, T extends readonly BookRow[] = readonly BookRow[]> {
  requirement: R
  office: Office
  rows: { readonly [K in keyof T]: T[K] & { readonly requirement: R } }
}

/** A requirement's book: the folder names the requirement once, and each row carries it. */
export function book<const R extends RequirementId, const T extends readonly BookRow[]>(requirement: R, office: Office, rows: T): Book<R, T> {
  return { requirement, office, rows: rows.map((row) => ({ requirement, ...row })) as never }
}

export const LAW: readonly Basis[] = ['law']
export const PLATFORM: readonly Basis[] = ['platform']
export const BOTH: readonly Basis[] = ['law', 'platform']

/** Selling goods or services with online payment, as a shop (not as a platform for others). */
export const sells = anyActivity('ownSales', 'liveCommerce')
/** Anything a user pays for inside the game or content, or the merchant says players can pay in the game. */
export const paysInApp = any(anyActivity('paidContent', 'storedValue', 'ownSales'), fact('inAppPurchases'))
