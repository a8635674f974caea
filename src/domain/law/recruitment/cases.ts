/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.hr', fires: true, profile: { sectors: ['recruitment'], recruitsForOthers: true }, requirement: 'hrServiceLicense', status: 'required', reasons: ['permit.hr'] },
  { rule: 'permit.hr', fires: false, profile: { sectors: ['recruitment'] }, requirement: 'hrServiceLicense', status: 'absent', reasons: [] },
]
