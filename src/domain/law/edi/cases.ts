/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'b21.marketplace.wechat', fires: true, profile: { activities: ['marketplace'] }, requirement: 'ediLicense', status: 'required', reasons: ['b21.marketplace.wechat', 'b21.marketplace'] },
  { rule: 'b21.marketplace.wechat', fires: false, profile: { activities: ['marketplace'], platforms: ['alipay'] }, requirement: 'ediLicense', status: 'likely', reasons: ['b21.marketplace'] },
  { rule: 'b21.marketplace', fires: true, profile: { activities: ['marketplace'], platforms: ['alipay'] }, requirement: 'ediLicense', status: 'likely', reasons: ['b21.marketplace'] },
  { rule: 'b21.marketplace', fires: false, profile: { activities: ['ownSales'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.ownSales'] },
  { rule: 'b21.saas', fires: true, profile: { activities: ['saas'] }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.saas'] },
  { rule: 'b21.saas', fires: false, profile: { activities: ['ownSales'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.ownSales'] },
  { rule: 'b21.saas.hosts', fires: true, profile: { activities: ['saas'], facts: { saasHostsTransactions: true } }, requirement: 'ediLicense', status: 'likely', reasons: ['b21.saas.hosts'] },
  { rule: 'b21.saas.hosts', fires: false, profile: { activities: ['saas'] }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.saas'] },
  { rule: 'b21.saas.tools', fires: true, profile: { activities: ['saas'], facts: { saasHostsTransactions: false } }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.saas.tools'] },
  { rule: 'b21.saas.tools', fires: false, profile: { activities: ['saas'], facts: { saasHostsTransactions: 'unsure' } }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.saas'] },
  { rule: 'b21.iot', fires: true, profile: { activities: ['iotControl'] }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.iot'] },
  { rule: 'b21.iot', fires: false, profile: { activities: ['showcase'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.none'] },
  { rule: 'b21.iot.platform', fires: true, profile: { activities: ['iotControl'], facts: { ownDevices: false } }, requirement: 'ediLicense', status: 'likely', reasons: ['b21.iot.platform'] },
  { rule: 'b21.iot.platform', fires: false, profile: { activities: ['iotControl'], facts: { ownDevices: true } }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.iot.own'] },
  { rule: 'b21.iot.own', fires: true, profile: { activities: ['iotControl'], facts: { ownDevices: true } }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.iot.own'] },
  { rule: 'b21.iot.own', fires: false, profile: { activities: ['iotControl'] }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.iot'] },
  { rule: 'b21.rideHailing', fires: true, profile: { sectors: ['rideHailing'] }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.rideHailing'] },
  { rule: 'b21.rideHailing', fires: false, profile: { sectors: ['finance'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.none'] },
  { rule: 'b21.rideHailing.matching', fires: true, profile: { sectors: ['rideHailing'], facts: { ownDrivers: false } }, requirement: 'ediLicense', status: 'likely', reasons: ['b21.rideHailing.matching'] },
  { rule: 'b21.rideHailing.matching', fires: false, profile: { sectors: ['rideHailing'], facts: { ownDrivers: true } }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.rideHailing.ownDrivers'] },
  { rule: 'b21.rideHailing.ownDrivers', fires: true, profile: { sectors: ['rideHailing'], facts: { ownDrivers: true } }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.rideHailing.ownDrivers'] },
  { rule: 'b21.rideHailing.ownDrivers', fires: false, profile: { sectors: ['rideHailing'], facts: { ownDrivers: 'unsure' } }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.rideHailing'] },
  { rule: 'b21.recruitment', fires: true, profile: { sectors: ['recruitment'], recruitsForOthers: true }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.recruitment'] },
  { rule: 'b21.recruitment', fires: false, profile: { sectors: ['recruitment'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.none'] },
  { rule: 'b21.recruitment.commission', fires: true, profile: { sectors: ['recruitment'], recruitsForOthers: true, facts: { commission: true } }, requirement: 'ediLicense', status: 'likely', reasons: ['b21.recruitment.commission'] },
  { rule: 'b21.recruitment.commission', fires: false, profile: { sectors: ['recruitment'], recruitsForOthers: true, facts: { commission: false } }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.none'] },
  { rule: 'b21.ownSales', fires: true, profile: { activities: ['ownSales'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.ownSales'] },
  { rule: 'b21.ownSales', fires: false, profile: { activities: ['ownSales', 'marketplace'] }, requirement: 'ediLicense', status: 'required', reasons: ['b21.marketplace.wechat', 'b21.marketplace'] },
  { rule: 'b21.classifieds', fires: true, profile: { activities: ['classifieds'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.classifieds'] },
  { rule: 'b21.classifieds', fires: false, profile: { activities: ['classifieds', 'marketplace'] }, requirement: 'ediLicense', status: 'required', reasons: ['b21.marketplace.wechat', 'b21.marketplace'] },
  { rule: 'b21.none', fires: true, profile: { activities: ['showcase'] }, requirement: 'ediLicense', status: 'notRequired', reasons: ['b21.none'] },
  { rule: 'b21.none', fires: false, profile: { activities: ['saas'] }, requirement: 'ediLicense', status: 'depends', reasons: ['b21.saas'] },
]
