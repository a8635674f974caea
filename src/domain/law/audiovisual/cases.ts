/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.audiovisual', fires: true, profile: { sectors: ['audiovisual'] }, requirement: 'audiovisualLicense', status: 'required', reasons: ['permit.audiovisual'] },
  { rule: 'permit.audiovisual', fires: false, profile: { sectors: ['culture'] }, requirement: 'audiovisualLicense', status: 'absent', reasons: [] },
  { rule: 'permit.courseVideo', fires: true, profile: { sectors: ['education'], activities: ['paidContent'] }, requirement: 'audiovisualLicense', status: 'depends', reasons: ['permit.courseVideo'] },
  { rule: 'permit.courseVideo', fires: false, profile: { sectors: ['education'] }, requirement: 'audiovisualLicense', status: 'absent', reasons: [] },
  { rule: 'permit.courseVideo.recorded', fires: true, profile: { sectors: ['education'], activities: ['paidContent'], facts: { recordedCourses: true } }, requirement: 'audiovisualLicense', status: 'consult', reasons: ['permit.courseVideo.recorded'] },
  { rule: 'permit.courseVideo.recorded', fires: false, profile: { sectors: ['education'], activities: ['paidContent'], facts: { recordedCourses: false } }, requirement: 'audiovisualLicense', status: 'absent', reasons: [] },
]
