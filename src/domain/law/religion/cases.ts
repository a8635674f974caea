/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.religion.wechat', fires: true, profile: { sectors: ['religion'] }, requirement: 'religionPermit', status: 'required', reasons: ['permit.religion.wechat', 'permit.religion'] },
  { rule: 'permit.religion.wechat', fires: false, profile: { sectors: ['religion'], platforms: ['alipay'] }, requirement: 'religionPermit', status: 'required', reasons: ['permit.religion'] },
  { rule: 'permit.religion', fires: true, profile: { sectors: ['religion'] }, requirement: 'religionPermit', status: 'required', reasons: ['permit.religion.wechat', 'permit.religion'] },
  { rule: 'permit.religion', fires: false, profile: { sectors: ['culture'] }, requirement: 'religionPermit', status: 'absent', reasons: [] },
]
