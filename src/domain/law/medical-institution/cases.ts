/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.medicalInstitution', fires: true, profile: { sectors: ['internetHospital'] }, requirement: 'medicalInstitutionLicense', status: 'required', reasons: ['permit.medicalInstitution'] },
  { rule: 'permit.medicalInstitution', fires: false, profile: { sectors: ['healthInfo'] }, requirement: 'medicalInstitutionLicense', status: 'absent', reasons: [] },
  { rule: 'permit.medicalInstitution', fires: false, profile: { sectors: ['medicalInstitution'], facts: { multiHospital: true } }, requirement: 'medicalInstitutionLicense', status: 'notRequired', reasons: ['permit.medicalInstitution.booking'] },
  { rule: 'permit.medicalInstitution.booking', fires: true, profile: { sectors: ['medicalInstitution'], facts: { multiHospital: true } }, requirement: 'medicalInstitutionLicense', status: 'notRequired', reasons: ['permit.medicalInstitution.booking'] },
  { rule: 'permit.medicalInstitution.booking', fires: false, profile: { sectors: ['medicalInstitution', 'internetHospital'], facts: { multiHospital: true } }, requirement: 'medicalInstitutionLicense', status: 'required', reasons: ['permit.medicalInstitution'] },
]
