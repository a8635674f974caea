/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'filing.all', fires: true, profile: {}, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.wechat'] },
  { rule: 'filing.preApproval', fires: true, profile: { sectors: ['news'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.preApproval', 'filing.wechat'] },
  { rule: 'filing.preApproval', fires: false, profile: { sectors: ['food'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.wechat'] },
  { rule: 'filing.preApproval.publications', fires: true, profile: { activities: ['paidContent'], facts: { publications: true } }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.preApproval.publications', 'filing.wechat'] },
  { rule: 'filing.preApproval.publications', fires: false, profile: { sectors: ['books'], activities: ['ownSales'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.wechat'] },
  { rule: 'filing.wechat', fires: true, profile: { platforms: ['wechat'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.wechat'] },
  { rule: 'filing.wechat', fires: false, profile: { platforms: ['alipay'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.alipay'] },
  { rule: 'filing.alipay', fires: true, profile: { platforms: ['alipay'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.alipay'] },
  { rule: 'filing.alipay', fires: false, profile: { platforms: ['wechat'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.wechat'] },
  { rule: 'filing.douyin', fires: true, profile: { platforms: ['douyin'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.douyin'] },
  { rule: 'filing.douyin', fires: false, profile: { platforms: ['alipay'] }, requirement: 'icpFiling', status: 'required', reasons: ['filing.all', 'filing.alipay'] },
]
