/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'ads.label', fires: true, profile: { activities: ['ads'] }, requirement: 'adDuties', status: 'required', reasons: ['ads.label'] },
  { rule: 'ads.label', fires: false, profile: { activities: ['ownSales'] }, requirement: 'adDuties', status: 'absent', reasons: [] },
]
