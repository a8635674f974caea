/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.drugInfo.wechatDevices', fires: true, profile: { sectors: ['medicalDevices'], activities: ['marketplace'] }, requirement: 'drugInfoCertificate', status: 'required', reasons: ['permit.drugInfo.wechatDevices', 'permit.drugInfo'] },
  { rule: 'permit.drugInfo.wechatDevices', fires: false, profile: { sectors: ['medicalDevices'], activities: ['ownSales'], platforms: ['alipay'] }, requirement: 'drugInfoCertificate', status: 'required', reasons: ['permit.drugInfo'] },
  { rule: 'permit.drugInfo', fires: true, profile: { sectors: ['medicalDevices'], activities: ['ownSales'], platforms: ['alipay'] }, requirement: 'drugInfoCertificate', status: 'required', reasons: ['permit.drugInfo'] },
  { rule: 'permit.drugInfo', fires: true, profile: { sectors: ['medicalDevices'] }, requirement: 'drugInfoCertificate', status: 'required', reasons: ['permit.drugInfo'] },
  { rule: 'permit.drugInfo', fires: false, profile: { sectors: ['healthInfo'] }, requirement: 'drugInfoCertificate', status: 'absent', reasons: [] },
]
