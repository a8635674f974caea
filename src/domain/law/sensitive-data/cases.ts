/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'sensitiveData'
export const CASES: readonly GoldenCase[] = [
  { rule: 'sensitive.core', fires: true, profile: { personalData: ['health'] }, requirement: R, status: 'required', reasons: ['sensitive.core'] },
  { rule: 'sensitive.core', fires: false, profile: { personalData: ['phone', 'address'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'sensitive.face', fires: true, profile: { personalData: ['face'] }, requirement: R, status: 'required', reasons: ['sensitive.core', 'sensitive.face'] },
  { rule: 'sensitive.face', fires: false, profile: { personalData: ['financial'] }, requirement: R, status: 'required', reasons: ['sensitive.core'] },
  { rule: 'sensitive.children', fires: true, profile: { personalData: ['children'] }, requirement: R, status: 'required', reasons: ['sensitive.children'] },
  { rule: 'sensitive.children', fires: false, profile: { personalData: [] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'sensitive.idDocument', fires: true, profile: { personalData: ['idDocument'] }, requirement: R, status: 'likely', reasons: ['sensitive.idDocument'] },
  { rule: 'sensitive.idDocument', fires: false, profile: { personalData: ['userMedia'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'sensitive.healthSector', fires: true, profile: { sectors: ['internetHospital'] }, requirement: R, status: 'likely', reasons: ['sensitive.healthSector', 'sensitive.open'] },
  { rule: 'sensitive.healthSector', fires: false, profile: { sectors: ['internetHospital'], personalData: ['phone'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'sensitive.open', fires: true, profile: { activities: ['ownSales'] }, requirement: R, status: 'depends', reasons: ['sensitive.open'] },
  { rule: 'sensitive.open', fires: false, profile: { activities: ['ownSales'], personalData: [] }, requirement: R, status: 'absent', reasons: [] },
]
