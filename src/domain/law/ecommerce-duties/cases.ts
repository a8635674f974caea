/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'ecommerceDuties'
const person = { type: 'individual' } as const
export const CASES: readonly GoldenCase[] = [
  { rule: 'ecommerce.display', fires: true, profile: { activities: ['ownSales'] }, requirement: R, status: 'required', reasons: ['ecommerce.display', 'ecommerce.returns'] },
  { rule: 'ecommerce.display', fires: false, profile: { activities: ['paidContent'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'ecommerce.returns', fires: true, profile: { activities: ['marketplace'], operator: { type: 'soleProprietor' } }, requirement: R, status: 'required', reasons: ['ecommerce.display', 'ecommerce.returns'] },
  { rule: 'ecommerce.returns', fires: false, profile: { activities: ['leadForm'] }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'ecommerce.exempt', fires: true, profile: { activities: ['ownSales'], operator: person, facts: { smallSeller: true } }, requirement: R, status: 'required', reasons: ['ecommerce.returns', 'ecommerce.exempt'] },
  { rule: 'ecommerce.exempt', fires: false, profile: { activities: ['ownSales'], operator: person, facts: { smallSeller: false } }, requirement: R, status: 'required', reasons: ['ecommerce.returns', 'ecommerce.register'] },
  { rule: 'ecommerce.register', fires: true, profile: { activities: ['liveCommerce'], operator: person, facts: { smallSeller: false } }, requirement: R, status: 'required', reasons: ['ecommerce.returns', 'ecommerce.register'] },
  { rule: 'ecommerce.register', fires: false, profile: { activities: ['ownSales'], operator: person, facts: { smallSeller: true } }, requirement: R, status: 'required', reasons: ['ecommerce.returns', 'ecommerce.exempt'] },
  { rule: 'ecommerce.individual.open', fires: true, profile: { activities: ['ownSales'], operator: person }, requirement: R, status: 'required', reasons: ['ecommerce.returns', 'ecommerce.individual.open'] },
  { rule: 'ecommerce.individual.open', fires: false, profile: { activities: ['ownSales'] }, requirement: R, status: 'required', reasons: ['ecommerce.display', 'ecommerce.returns'] },
]
