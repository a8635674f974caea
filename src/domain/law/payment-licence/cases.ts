/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'paymentLicence'
export const CASES: readonly GoldenCase[] = [
  { rule: 'payment.redPackets', fires: true, profile: { activities: ['redPackets'], facts: { cashOut: false } }, requirement: R, status: 'likely', reasons: ['payment.redPackets'] },
  { rule: 'payment.redPackets', fires: false, profile: { activities: ['coupons'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'payment.multiPurpose', fires: true, profile: { activities: ['storedValue'], facts: { storedValueElsewhere: true, cashOut: false } }, requirement: R, status: 'likely', reasons: ['payment.multiPurpose'] },
  { rule: 'payment.multiPurpose', fires: false, profile: { activities: ['storedValue'], facts: { storedValueElsewhere: false, cashOut: false } }, requirement: R, status: 'notRequired', reasons: ['payment.singlePurpose'] },
  { rule: 'payment.pooling', fires: true, profile: { activities: ['marketplace'] }, requirement: R, status: 'likely', reasons: ['payment.pooling'] },
  { rule: 'payment.pooling', fires: false, profile: { activities: ['ownSales'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'payment.cashOut', fires: true, profile: { activities: ['points'], facts: { cashOut: true } }, requirement: R, status: 'consult', reasons: ['payment.cashOut'] },
  { rule: 'payment.cashOut', fires: false, profile: { activities: ['points'], facts: { cashOut: false } }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'payment.cashOut.open', fires: true, profile: { activities: ['points'] }, requirement: R, status: 'depends', reasons: ['payment.cashOut.open'] },
  { rule: 'payment.cashOut.open', fires: false, profile: { activities: ['points'], facts: { cashOut: true } }, requirement: R, status: 'consult', reasons: ['payment.cashOut'] },
  { rule: 'payment.singlePurpose', fires: true, profile: { activities: ['storedValue'], facts: { storedValueElsewhere: false, cashOut: false } }, requirement: R, status: 'notRequired', reasons: ['payment.singlePurpose'] },
  { rule: 'payment.singlePurpose', fires: false, profile: { activities: ['storedValue'], facts: { storedValueElsewhere: false } }, requirement: R, status: 'depends', reasons: ['payment.cashOut.open'] },
]
