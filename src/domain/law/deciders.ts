/**
 * Which requirements each follow-up answer can decide, and the rows of those requirements as the
 * combination reads them (id, condition, status, fallback): derived from the rulebook, never
 * restated. The wizard asks a follow-up only where some answer to it would change a verdict
 * (../profile/asked.ts); it cannot load the rulebook's text (the law comes with the result's
 * subpackage), so `npm run gen:deciders` writes this data to ../profile/deciders.ts, and
 * test/domain/facts-asked.test.ts fails when that copy differs from what the rulebook gives.
 */
import type { Condition } from '../profile/condition'
import { FOLLOW_UPS, type Deciders, type DecidingRow, type FollowUp } from '../profile/follow-ups'
import type { RequirementId } from '../contract/types'
import { RULES } from './index'

/** The follow-up answers a condition reads. */
export function readsOf(c: Condition): FollowUp[] {
  if ('fact' in c) return [c.fact]
  if ('aiModel' in c) return ['aiModel']
  if ('all' in c) return c.all.flatMap(readsOf)
  if ('any' in c) return c.any.flatMap(readsOf)
  if ('not' in c) return readsOf(c.not)
  return []
}

export function decidersOf(rules: ReadonlyArray<DecidingRow & { requirement: RequirementId }> = RULES): Deciders {
  const reads = Object.fromEntries(FOLLOW_UPS.map((f) => [f, [] as RequirementId[]])) as Record<FollowUp, RequirementId[]>
  for (const r of rules) {
    for (const f of new Set(readsOf(r.when))) if (!reads[f].includes(r.requirement)) reads[f].push(r.requirement)
  }
  const needed = new Set(Object.values(reads).flat())
  const rows: Deciders['rows'] = {}
  for (const r of rules) {
    if (!needed.has(r.requirement)) continue
    const row: DecidingRow = { id: r.id, when: r.when, status: r.status }
    if (r.fallback === true) row.fallback = true
    ;(rows[r.requirement] ??= []).push(row)
  }
  return { reads, rows }
}
