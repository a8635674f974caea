/** The follow-up answers: asked only where an answer could change a verdict (./asked.ts). */
import { YES_NO_FACTS, type RequirementId, type Status, type YesNoFact } from '../contract/types'
import type { Condition } from './condition'

export const FOLLOW_UPS = [...YES_NO_FACTS, 'aiModel'] as const
export type FollowUp = YesNoFact | 'aiModel'
export const isFollowUp = (id: string): id is FollowUp => (FOLLOW_UPS as readonly string[]).includes(id)

/** A rulebook row as the combination reads it (./combine.ts). */
export interface DecidingRow {
  id: string
  when: Condition
  status: Status
  fallback?: true
}

/** Derived from the rulebook (../law/deciders.ts), copied to ./deciders.ts for the wizard. */
export interface Deciders {
  /** For each follow-up answer, the requirements whose rows read it. */
  reads: Record<FollowUp, RequirementId[]>
  /** The rows of each of those requirements, in rulebook order. */
  rows: Partial<Record<RequirementId, DecidingRow[]>>
}
