/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.publishing', fires: true, profile: { sectors: ['publishing'] }, requirement: 'onlinePublishingLicense', status: 'required', reasons: ['permit.publishing'] },
  { rule: 'permit.publishing', fires: false, profile: { sectors: ['news'] }, requirement: 'onlinePublishingLicense', status: 'absent', reasons: [] },
  { rule: 'permit.publishing.paidContent', fires: true, profile: { activities: ['paidContent'] }, requirement: 'onlinePublishingLicense', status: 'depends', reasons: ['permit.publishing.paidContent'] },
  { rule: 'permit.publishing.paidContent', fires: false, profile: { activities: ['paidContent'], sectors: ['publishing'] }, requirement: 'onlinePublishingLicense', status: 'required', reasons: ['permit.publishing'] },
  { rule: 'permit.publishing.publications', fires: true, profile: { activities: ['paidContent'], facts: { publications: true } }, requirement: 'onlinePublishingLicense', status: 'required', reasons: ['permit.publishing.publications'] },
  { rule: 'permit.publishing.publications', fires: false, profile: { activities: ['paidContent'], facts: { publications: false } }, requirement: 'onlinePublishingLicense', status: 'absent', reasons: [] },
]
