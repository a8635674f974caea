/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'devicePlatform.marketplace', fires: true, profile: { activities: ['marketplace'], sectors: ['medicalDevices'] }, requirement: 'devicePlatformFiling', status: 'required', reasons: ['devicePlatform.marketplace'] },
  { rule: 'devicePlatform.marketplace', fires: false, profile: { activities: ['ownSales'], sectors: ['medicalDevices'] }, requirement: 'devicePlatformFiling', status: 'absent', reasons: [] },
]
