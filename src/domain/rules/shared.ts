/**
 * The row shape of the rulebook and the notions every family file shares.
 * A row: id, requirement, condition on the profile, status, basis, reason (zh-CN), the
 * articles it rests on (`cites`, ids of ../sources.ts plus the article or section), the day
 * it was last checked and, where a law took effect on a date, that date.
 * How several firing rows combine into one status is documented, and done, in ../evaluate.ts.
 */
import { anyActivity, type Condition } from '../condition'
import type { SourceId } from '../sources'
import type { Basis, Facts, RequirementId, Status } from '../types'

/** One article or section of one source: `{ source: 'S2', article: '第六条' }`. */
export interface Cite {
  source: SourceId
  /** The article, section or item the rule rests on, e.g. '令第42号 第六条', '目录 B21'. */
  article: string
}

/** The fact that decides a 'depends' verdict: a follow-up fact, or an operator answer. */
export type DecidingFact = keyof Facts | 'multiProvince' | 'pilotZone' | 'dishonestListed' | 'recruitsForOthers'

/** A rulebook row as written in a family file (its id is checked as a literal: see RuleId). */
export interface RuleRow {
  id: string
  requirement: RequirementId
  when: Condition
  status: Status
  basis: readonly Basis[]
  text: string
  cites: readonly Cite[]
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
}

export const CHECKED = '2026-11-22'
export const LAW: readonly Basis[] = ['law']
export const PLATFORM: readonly Basis[] = ['platform']
export const BOTH: readonly Basis[] = ['law', 'platform']

/** Selling goods or services with online payment, as a shop (not as a platform for others). */
export const sells = anyActivity('ownSales', 'liveCommerce')
/** Anything a user pays for inside the game or content. */
export const paysInApp = anyActivity('paidContent', 'storedValue', 'ownSales')

/** "Needed": the merchant must act (required, or likely). Defined here once, imported everywhere. */
export const isNeeded = (r: { status: Status }): boolean => r.status === 'required' || r.status === 'likely'
