/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.liveShow', fires: true, profile: { activities: ['liveEntertainment'] }, requirement: 'networkCultureLicense', status: 'required', reasons: ['permit.liveShow'] },
  { rule: 'permit.liveShow', fires: false, profile: { activities: ['liveCommerce'] }, requirement: 'networkCultureLicense', status: 'absent', reasons: [] },
  { rule: 'permit.culture', fires: true, profile: { sectors: ['culture'], activities: ['paidContent'] }, requirement: 'networkCultureLicense', status: 'required', reasons: ['permit.culture'] },
  { rule: 'permit.culture', fires: false, profile: { sectors: ['culture'] }, requirement: 'networkCultureLicense', status: 'depends', reasons: ['permit.culture.free'] },
  { rule: 'permit.culture.free', fires: true, profile: { sectors: ['culture'] }, requirement: 'networkCultureLicense', status: 'depends', reasons: ['permit.culture.free'] },
  { rule: 'permit.culture.free', fires: false, profile: { sectors: ['culture'], facts: { platformFees: false } }, requirement: 'networkCultureLicense', status: 'absent', reasons: [] },
]
