/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'permit.prepaidCard', fires: true, profile: { activities: ['storedValue'], sectors: ['food'] }, requirement: 'prepaidCardFiling', status: 'required', reasons: ['permit.prepaidCard'] },
  { rule: 'permit.prepaidCard', fires: false, profile: { activities: ['storedValue'], operator: { type: 'soleProprietor' } }, requirement: 'prepaidCardFiling', status: 'consult', reasons: ['permit.prepaidCard.other'] },
  { rule: 'permit.prepaidCard.other', fires: true, profile: { activities: ['storedValue'], operator: { type: 'soleProprietor' } }, requirement: 'prepaidCardFiling', status: 'consult', reasons: ['permit.prepaidCard.other'] },
  { rule: 'permit.prepaidCard.other', fires: false, profile: { activities: ['storedValue'] }, requirement: 'prepaidCardFiling', status: 'consult', reasons: ['permit.prepaidCard.industry'] },
  { rule: 'permit.prepaidCard.industry', fires: true, profile: { activities: ['storedValue'] }, requirement: 'prepaidCardFiling', status: 'consult', reasons: ['permit.prepaidCard.industry'] },
  { rule: 'permit.prepaidCard.industry', fires: false, profile: { activities: ['storedValue'], sectors: ['food'] }, requirement: 'prepaidCardFiling', status: 'required', reasons: ['permit.prepaidCard'] },
]
