/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.finance.securitiesAdvice', fires: true, profile: { sectors: ['finance'], activities: ['paidContent'] }, requirement: 'financeLicense', status: 'required', reasons: ['permit.finance.securitiesAdvice', 'permit.finance'] },
  { rule: 'permit.finance.securitiesAdvice', fires: false, profile: { sectors: ['finance'], activities: ['showcase'] }, requirement: 'financeLicense', status: 'required', reasons: ['permit.finance'] },
  { rule: 'permit.finance', fires: true, profile: { sectors: ['finance'] }, requirement: 'financeLicense', status: 'required', reasons: ['permit.finance'] },
  { rule: 'permit.finance', fires: false, profile: { sectors: ['realEstate'] }, requirement: 'financeLicense', status: 'absent', reasons: [] },
]
