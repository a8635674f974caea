/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'liveStreamFiling'
export const CASES: readonly GoldenCase[] = [
  { rule: 'live.platform', fires: true, profile: { activities: ['liveEntertainment'], facts: { othersStream: true } }, requirement: R, status: 'required', reasons: ['live.platform'] },
  { rule: 'live.platform', fires: false, profile: { activities: ['liveCommerce'], facts: { othersStream: false } }, requirement: R, status: 'notRequired', reasons: ['live.own'] },
  { rule: 'live.open', fires: true, profile: { activities: ['liveCommerce'] }, requirement: R, status: 'depends', reasons: ['live.open'] },
  { rule: 'live.open', fires: false, profile: { activities: ['liveCommerce'], facts: { othersStream: true } }, requirement: R, status: 'required', reasons: ['live.platform'] },
  { rule: 'live.own', fires: true, profile: { activities: ['liveEntertainment'], facts: { othersStream: false } }, requirement: R, status: 'notRequired', reasons: ['live.own'] },
  { rule: 'live.own', fires: false, profile: { activities: ['ownSales'] }, requirement: R, status: 'absent', reasons: [] },
]
