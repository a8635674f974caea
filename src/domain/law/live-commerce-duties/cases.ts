/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'liveCommerce.duties', fires: true, profile: { activities: ['liveCommerce'] }, requirement: 'liveCommerceDuties', status: 'required', reasons: ['liveCommerce.duties'] },
  { rule: 'liveCommerce.duties', fires: false, profile: { activities: ['liveEntertainment'] }, requirement: 'liveCommerceDuties', status: 'absent', reasons: [] },
]
