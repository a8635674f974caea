/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.medicalDevices.wechat', fires: true, profile: { sectors: ['medicalDevices'], activities: ['liveCommerce'] }, requirement: 'medicalDeviceRecord', status: 'required', reasons: ['permit.medicalDevices.wechat', 'permit.medicalDevices'] },
  { rule: 'permit.medicalDevices.wechat', fires: false, profile: { sectors: ['medicalDevices'], activities: ['marketplace'] }, requirement: 'medicalDeviceRecord', status: 'notRequired', reasons: ['permit.medicalDevices.platform'] },
  { rule: 'permit.medicalDevices', fires: true, profile: { sectors: ['medicalDevices'], activities: ['ownSales'] }, requirement: 'medicalDeviceRecord', status: 'required', reasons: ['permit.medicalDevices.wechat', 'permit.medicalDevices'] },
  { rule: 'permit.medicalDevices', fires: false, profile: { sectors: ['medicalDevices'] }, requirement: 'medicalDeviceRecord', status: 'absent', reasons: [] },
  { rule: 'permit.medicalDevices.platform', fires: true, profile: { sectors: ['medicalDevices'], activities: ['marketplace'] }, requirement: 'medicalDeviceRecord', status: 'notRequired', reasons: ['permit.medicalDevices.platform'] },
  { rule: 'permit.medicalDevices.platform', fires: false, profile: { sectors: ['medicalDevices'], activities: ['marketplace', 'ownSales'] }, requirement: 'medicalDeviceRecord', status: 'required', reasons: ['permit.medicalDevices.wechat', 'permit.medicalDevices'] },
]
