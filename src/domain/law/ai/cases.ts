/**
 * Golden cases of this folder's rows: for each row, a profile it fires on and one it stays silent
 * on (a company on WeChat unless the profile says otherwise), with the status and the reasons the
 * engine must give the requirement. test/domain/golden.test.ts runs every folder's table; a row
 * without both cases fails it.
 */
import type { GoldenCase } from '../book'

export const CASES: readonly GoldenCase[] = [
  { rule: 'ai.algorithm.own', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'own' } }, requirement: 'algorithmFiling', status: 'required', reasons: ['ai.algorithm.own'] },
  { rule: 'ai.algorithm.own', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, requirement: 'algorithmFiling', status: 'consult', reasons: ['ai.algorithm.thirdParty'] },
  { rule: 'ai.algorithm.thirdParty', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, requirement: 'algorithmFiling', status: 'consult', reasons: ['ai.algorithm.thirdParty'] },
  { rule: 'ai.algorithm.thirdParty', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'own' } }, requirement: 'algorithmFiling', status: 'required', reasons: ['ai.algorithm.own'] },
  { rule: 'ai.algorithm.open', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'unsure' } }, requirement: 'algorithmFiling', status: 'depends', reasons: ['ai.algorithm.open'] },
  { rule: 'ai.algorithm.open', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'own' } }, requirement: 'algorithmFiling', status: 'required', reasons: ['ai.algorithm.own'] },
  { rule: 'ai.genAi.own', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'own' } }, requirement: 'genAiFiling', status: 'required', reasons: ['ai.genAi.own'] },
  { rule: 'ai.genAi.own', fires: false, profile: { activities: ['freeContent'], facts: { aiModel: 'own' } }, requirement: 'genAiFiling', status: 'absent', reasons: [] },
  { rule: 'ai.genAi.thirdParty', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, requirement: 'genAiFiling', status: 'required', reasons: ['ai.genAi.thirdParty'] },
  { rule: 'ai.genAi.thirdParty', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'unsure' } }, requirement: 'genAiFiling', status: 'depends', reasons: ['ai.genAi.open'] },
  { rule: 'ai.genAi.open', fires: true, profile: { activities: ['aiGenerated'] }, requirement: 'genAiFiling', status: 'depends', reasons: ['ai.genAi.open'] },
  { rule: 'ai.genAi.open', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, requirement: 'genAiFiling', status: 'required', reasons: ['ai.genAi.thirdParty'] },
  { rule: 'ai.algorithm.unfiled', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'unfiled' } }, requirement: 'algorithmFiling', status: 'likely', reasons: ['ai.algorithm.unfiled'] },
  { rule: 'ai.algorithm.unfiled', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, requirement: 'algorithmFiling', status: 'consult', reasons: ['ai.algorithm.thirdParty'] },
  { rule: 'ai.genAi.unfiled', fires: true, profile: { activities: ['aiGenerated'], facts: { aiModel: 'unfiled' } }, requirement: 'genAiFiling', status: 'required', reasons: ['ai.genAi.unfiled'] },
  { rule: 'ai.genAi.unfiled', fires: false, profile: { activities: ['aiGenerated'], facts: { aiModel: 'own' } }, requirement: 'genAiFiling', status: 'required', reasons: ['ai.genAi.own'] },
]
