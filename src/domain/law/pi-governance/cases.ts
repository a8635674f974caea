/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'pi.audit', fires: true, profile: {}, requirement: 'piGovernance', status: 'required', reasons: ['pi.audit'] },
  { rule: 'pi.officer', fires: true, profile: { facts: { largeScale: true } }, requirement: 'piGovernance', status: 'required', reasons: ['pi.audit', 'pi.officer'] },
  { rule: 'pi.officer', fires: false, profile: { facts: { largeScale: false } }, requirement: 'piGovernance', status: 'required', reasons: ['pi.audit'] },
]
