/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'privacy.rules', fires: true, profile: { activities: ['showcase'] }, requirement: 'privacyRules', status: 'required', reasons: ['privacy.rules'] },
  { rule: 'privacy.rules', fires: true, profile: { activities: ['ownSales'], operator: { type: 'individual' }, platforms: ['alipay'] }, requirement: 'privacyRules', status: 'required', reasons: ['privacy.rules'] },
]
