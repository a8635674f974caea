/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'minorProtection'
export const CASES: readonly GoldenCase[] = [
  { rule: 'minors.games', fires: true, profile: { sectors: ['games'], facts: { minors: false } }, requirement: R, status: 'required', reasons: ['minors.games'] },
  { rule: 'minors.games', fires: false, profile: { activities: ['ugc'], facts: { minors: true } }, requirement: R, status: 'required', reasons: ['minors.audience'] },
  { rule: 'minors.audience', fires: true, profile: { sectors: ['k12Tutoring'] }, requirement: R, status: 'required', reasons: ['minors.audience'] },
  { rule: 'minors.audience', fires: false, profile: { activities: ['liveEntertainment'], facts: { minors: false } }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'minors.open', fires: true, profile: { activities: ['messaging'] }, requirement: R, status: 'depends', reasons: ['minors.open'] },
  { rule: 'minors.open', fires: false, profile: { activities: ['ownSales'] }, requirement: R, status: 'absent', reasons: [] },
]
