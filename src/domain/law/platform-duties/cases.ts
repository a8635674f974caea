/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'platform.marketplace', fires: true, profile: { activities: ['marketplace'] }, requirement: 'platformDuties', status: 'required', reasons: ['platform.marketplace'] },
  { rule: 'platform.marketplace', fires: false, profile: { activities: ['ownSales'] }, requirement: 'platformDuties', status: 'absent', reasons: [] },
  { rule: 'platform.individual', fires: true, profile: { activities: ['marketplace'], operator: { type: 'individual' } }, requirement: 'platformDuties', status: 'required', reasons: ['platform.marketplace', 'platform.individual'] },
  { rule: 'platform.individual', fires: false, profile: { activities: ['marketplace'], operator: { type: 'publicInstitution' } }, requirement: 'platformDuties', status: 'required', reasons: ['platform.marketplace'] },
]
