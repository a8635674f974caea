/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'aiCompanionDuties'
export const CASES: readonly GoldenCase[] = [
  { rule: 'aiCompanion.duties', fires: true, profile: { activities: ['aiGenerated'], facts: { aiCompanion: true } }, requirement: R, status: 'required', reasons: ['aiCompanion.duties'] },
  { rule: 'aiCompanion.duties', fires: false, profile: { activities: ['aiGenerated'], facts: { aiCompanion: false } }, requirement: R, status: 'absent', reasons: [] },
  { rule: 'aiCompanion.open', fires: true, profile: { activities: ['aiGenerated'] }, requirement: R, status: 'depends', reasons: ['aiCompanion.open'] },
  { rule: 'aiCompanion.open', fires: false, profile: { activities: ['freeContent'] }, requirement: R, status: 'absent', reasons: [] },
]
