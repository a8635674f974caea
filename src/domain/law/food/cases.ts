/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.food.wechatAlcohol', fires: true, profile: { sectors: ['alcohol'], activities: ['ownSales'] }, requirement: 'foodPermit', status: 'likely', reasons: ['permit.food.wechatAlcohol'] },
  { rule: 'permit.food.wechatAlcohol', fires: false, profile: { sectors: ['alcohol'], activities: ['ownSales'], platforms: ['alipay'] }, requirement: 'foodPermit', status: 'absent', reasons: [] },
  { rule: 'permit.food', fires: true, profile: { sectors: ['food'], activities: ['ownSales'] }, requirement: 'foodPermit', status: 'required', reasons: ['permit.food'] },
  { rule: 'permit.food', fires: false, profile: { sectors: ['food'], activities: ['showcase'] }, requirement: 'foodPermit', status: 'absent', reasons: [] },
]
