/**
 * How the rows of one requirement that hold for a profile combine into its verdict — one place,
 * used by the engine (../engine/evaluate.ts) for every verdict and by the wizard (./asked.ts) to
 * tell whether a follow-up answer could change one:
 *
 * 1. The requirement's non-fallback rows whose condition holds fire. If none fires, its fallback
 *    rows (the "why not") fire instead.
 * 2. The status is the strongest among the fired rows (STATUS_STRENGTH: required > likely >
 *    consult > depends > notRequired); rulebook order breaks ties.
 * 3. The reasons are the fired rows, strongest first. A "not required" reason is dropped when
 *    something stronger fired, so a reason never argues against its own verdict.
 */
import { STATUS_STRENGTH, type Profile, type Status } from '../contract/types'
import { holds, type Condition } from './condition'

/** What the combination reads of a row. */
export interface Combinable {
  id: string
  when: Condition
  status: Status
  fallback?: true
}

/** The rows kept as reasons, strongest first (empty when none fires); the first one's status is the verdict. */
export function combine<R extends Combinable>(rows: readonly R[], p: Profile): R[] {
  let fired = rows.filter((r) => r.fallback !== true && holds(r.when, p))
  if (fired.length === 0) fired = rows.filter((r) => r.fallback === true && holds(r.when, p))
  if (fired.length === 0) return []
  // Stable sort: rulebook order breaks ties.
  fired.sort((a, b) => STATUS_STRENGTH[b.status] - STATUS_STRENGTH[a.status])
  return fired[0].status === 'notRequired' ? fired : fired.filter((r) => r.status !== 'notRequired')
}
