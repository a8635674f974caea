/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'adReview.health', fires: true, profile: { sectors: ['medicalInstitution'], facts: { healthAds: true } }, requirement: 'adReview', status: 'required', reasons: ['adReview.health'] },
  { rule: 'adReview.health', fires: false, profile: { sectors: ['medicalInstitution'], facts: { healthAds: false } }, requirement: 'adReview', status: 'absent', reasons: [] },
  { rule: 'adReview.open', fires: true, profile: { activities: ['ads'] }, requirement: 'adReview', status: 'depends', reasons: ['adReview.open'] },
  { rule: 'adReview.open', fires: false, profile: { activities: ['ownSales'] }, requirement: 'adReview', status: 'absent', reasons: [] },
]
