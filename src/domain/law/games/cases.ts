/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.game.iap', fires: true, profile: { sectors: ['games'], activities: ['storedValue'] }, requirement: 'gameApproval', status: 'required', reasons: ['permit.game.iap'] },
  { rule: 'permit.game.iap', fires: false, profile: { sectors: ['games'] }, requirement: 'gameApproval', status: 'required', reasons: ['permit.game.review'] },
  { rule: 'permit.game.review', fires: true, profile: { sectors: ['games'], activities: ['ads'] }, requirement: 'gameApproval', status: 'required', reasons: ['permit.game.review'] },
  { rule: 'permit.game.review', fires: false, profile: { sectors: ['games'], facts: { inAppPurchases: true } }, requirement: 'gameApproval', status: 'required', reasons: ['permit.game.iap'] },
]
