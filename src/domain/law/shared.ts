/**
 * The row shape of the rulebook and the notions every family file shares.
 * A row: id, requirement, condition on the profile, status, basis, reason (zh-CN), the
 * articles it rests on (`cites`, 'S4 目录 B21': an id of ../sources.ts, a space, the article or section), the day
 * it was last checked and, where a law took effect on a date, that date.
 * How several firing rows combine into one status is documented, and done, in ../evaluate.ts.
 */
import { any, anyActivity, fact } from './condition'
import type { Condition } from './condition'
import type { SourceId } from './sources'
import type { Basis, Requirement, RequirementId, Status } from '../contract/types'

/** One article or section of one source: `{ source: 'S2', article: '第六条' }`. */
export interface Cite {
  source: SourceId
  /** The article, section or item the rule rests on, e.g. '令第42号 第六条', '目录 B21'. */
  article: string
}

/**
 * A cite as a rulebook row writes it: the source id, one space, the article or section,
 * e.g. 'S4 目录 B21 交易处理业务' (a source id that does not exist fails to compile).
 * The rulebook reads each one into a `Cite` once (./index.ts); the bundle carries one short
 * string per cite instead of an object.
 */
export type CiteText = `${SourceId} ${string}`

/** 'S4 目录 B21' → { source: 'S4', article: '目录 B21' }. */
export const toCite = (c: CiteText): Cite => {
  const i = c.indexOf(' ')
  return { source: c.slice(0, i) as SourceId, article: c.slice(i + 1) }
}

/** The fact that decides a 'depends' verdict: a follow-up fact, or an operator answer. */
export type DecidingFact = NonNullable<Requirement['fact']>

/** A rulebook row as written in a family file (its id is checked as a literal: see RuleId). */
export interface RuleRow {
  id: string
  requirement: RequirementId
  when: Condition
  status: Status
  basis: readonly Basis[]
  text: string
  /** The articles it rests on, as 'S4 目录 B21 交易处理业务' (see CiteText). */
  cites: readonly CiteText[]
  /** For 'depends': the question that decides it, in the merchant's words. */
  question?: string
  /** For 'depends' and for rows settled by a follow-up answer: the fact that decides it. */
  fact?: DecidingFact
  /** A fallback row fires only when no other row of its requirement fires (the "why not"). */
  fallback?: true
  /** The day this row was last checked against its sources (a record field: RECORD_FIELDS). */
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
}

/**
 * The fields of a row kept for the rulebook's reviewers and its tests: when the row was last
 * checked, when its law took effect, where the reference calls the point unsettled. The app never
 * reads them (the engine reads rows as `Rule` and virtual-payment.ts's rows through a type that
 * leave them out, so code that tried would not compile) and the app builds leave them out of the
 * bundle (config/strip-record-fields.js, the same list; only rows carry them in this folder, which
 * test/unit/strip-record-fields.test.ts holds). Tests read them from `RULE_ROWS`.
 */
export const RECORD_FIELDS = ['verified', 'effective', 'unsettled'] as const
export type RecordField = (typeof RECORD_FIELDS)[number]

export const CHECKED = '2026-11-22'
/** Rows reviewed for rulebook v2 (issue 8). */
export const REVIEWED = '2026-11-24'
export const LAW: readonly Basis[] = ['law']
export const PLATFORM: readonly Basis[] = ['platform']
export const BOTH: readonly Basis[] = ['law', 'platform']

/** Selling goods or services with online payment, as a shop (not as a platform for others). */
export const sells = anyActivity('ownSales', 'liveCommerce')
/** Anything a user pays for inside the game or content, or the merchant says players can pay in the game. */
export const paysInApp = any(anyActivity('paidContent', 'storedValue', 'ownSales'), fact('inAppPurchases'))

/** A row of a file that holds one requirement's rows: the requirement is the file's (`family`). */
export type FamilyRow = Omit<RuleRow, 'requirement'>

/**
 * The rows of a family file about one requirement (icp.ts, edi.ts), each given that requirement:
 * the file names it once, at the top, instead of on every row.
 */
export function family<const R extends RequirementId, const T extends readonly FamilyRow[]>(
  requirement: R,
  rows: T,
): { readonly [K in keyof T]: T[K] & { readonly requirement: R } } {
  return rows.map((row) => ({ requirement, ...row })) as never
}


