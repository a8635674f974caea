/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'foodPlatform.marketplace', fires: true, profile: { activities: ['marketplace'], sectors: ['food'] }, requirement: 'foodPlatformFiling', status: 'required', reasons: ['foodPlatform.marketplace'] },
  { rule: 'foodPlatform.marketplace', fires: false, profile: { activities: ['ownSales'], sectors: ['food'] }, requirement: 'foodPlatformFiling', status: 'absent', reasons: [] },
]
