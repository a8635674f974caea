/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'securityGrading'
export const CASES: readonly GoldenCase[] = [
  { rule: 'mlps.grade', fires: true, profile: {}, requirement: R, status: 'likely', reasons: ['mlps.grade'] },
  { rule: 'mlps.hospital', fires: true, profile: { sectors: ['internetHospital'] }, requirement: R, status: 'required', reasons: ['mlps.hospital', 'mlps.grade'] },
  { rule: 'mlps.hospital', fires: false, profile: { sectors: ['medicalInstitution'] }, requirement: R, status: 'likely', reasons: ['mlps.grade'] },
  { rule: 'mlps.realName', fires: true, profile: { activities: ['ugc'] }, requirement: R, status: 'required', reasons: ['mlps.realName', 'mlps.grade'] },
  { rule: 'mlps.realName', fires: false, profile: { activities: ['ownSales'] }, requirement: R, status: 'likely', reasons: ['mlps.grade'] },
]
