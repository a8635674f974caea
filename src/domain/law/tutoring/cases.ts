/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.k12', fires: true, profile: { sectors: ['k12Tutoring'] }, requirement: 'schoolPermit', status: 'required', reasons: ['permit.k12'] },
  { rule: 'permit.k12', fires: false, profile: { sectors: ['education'] }, requirement: 'schoolPermit', status: 'absent', reasons: [] },
  { rule: 'permit.k12', fires: false, profile: { sectors: ['k12Tutoring'], facts: { k9Academic: true } }, requirement: 'schoolPermit', status: 'required', reasons: ['permit.k12.k9'] },
  { rule: 'permit.k12.k9', fires: true, profile: { sectors: ['k12Tutoring'], facts: { k9Academic: true } }, requirement: 'schoolPermit', status: 'required', reasons: ['permit.k12.k9'] },
  { rule: 'permit.k12.k9', fires: true, profile: { sectors: ['education'], facts: { k9Academic: true } }, requirement: 'schoolPermit', status: 'required', reasons: ['permit.k12.k9'] },
  { rule: 'permit.k12.k9', fires: false, profile: { sectors: ['k12Tutoring'], facts: { k9Academic: false } }, requirement: 'schoolPermit', status: 'consult', reasons: ['permit.k12.other'] },
  { rule: 'permit.k12.other', fires: true, profile: { sectors: ['k12Tutoring'], facts: { k9Academic: false } }, requirement: 'schoolPermit', status: 'consult', reasons: ['permit.k12.other'] },
  { rule: 'permit.k12.other', fires: false, profile: { sectors: ['k12Tutoring'] }, requirement: 'schoolPermit', status: 'required', reasons: ['permit.k12'] },
]
