/**
 * The rulebook as a whole: ids, dates, deciding questions, and how rows combine. Each row's own
 * cases (a profile it fires on, one it stays silent on, the status it gives) are its folder's
 * golden table (law/<requirement>/cases.ts, run by ./golden.test.ts).
 */
import { assessmentOf } from '../../src/domain/result/assess'
import { RULES, RULE_ROWS } from '../../src/domain/law'
import type { Activity, Profile, Sector } from '../../src/domain/contract/types'
import { makeProfile, type ProfileShape as Shape } from './profile-factory'

const profile = (s: Shape): Profile => makeProfile(s)
const ids = RULES.map((r) => r.id)

describe('filing.all', () => {
  it.each([['company'], ['soleProprietor'], ['individual'], ['publicInstitution']] as const)(
    'makes filing required for an operator of type %s, whatever it does',
    (type) => {
      for (const shape of [{}, { activities: ['marketplace'] as Activity[] }, { sectors: ['news'] as Sector[] }]) {
        const r = assessmentOf(profile({ ...shape, operator: { type } })).requirements.find((x) => x.id === 'icpFiling')
        expect(r?.status).toBe('required')
        expect(r?.reasons.map((x) => x.rule)).toContain('filing.all')
      }
    },
  )
})

describe('the rulebook', () => {
  it('gives each rule one id', () => {
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('dates every rule and gives every depends-rule its deciding question', () => {
    for (const r of RULE_ROWS) {
      expect([r.id, r.verified]).toEqual([r.id, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)])
      if (r.status === 'depends') expect([r.id, r.question]).toEqual([r.id, expect.any(String)])
    }
  })
})

describe('combining rules', () => {
  it('takes the strongest status and drops a "not required" reason that argues against it', () => {
    const edi = assessmentOf(profile({ activities: ['ownSales', 'saas'] })).requirements.find((r) => r.id === 'ediLicense')
    expect(edi?.status).toBe('depends')
    expect(edi?.reasons.map((r) => r.rule)).toEqual(['b21.saas'])
  })
  it('falls back to the "why not" rule only when nothing else fires', () => {
    const icp = assessmentOf(profile({ activities: ['showcase'] })).requirements.find((r) => r.id === 'icpLicense')
    expect(icp?.reasons.map((r) => r.rule)).toEqual(['b25.none'])
  })
  it('asks the deciding question only for depends', () => {
    const a = assessmentOf(profile({ activities: ['marketplace'] }))
    expect(a.requirements.find((r) => r.id === 'icpLicense')?.question).toMatch(/？$/)
    expect(a.requirements.find((r) => r.id === 'ediLicense')?.question).toBeUndefined()
  })
  it('says which basis demands it: the dating gate is the platform, not the law', () => {
    const icp = assessmentOf(profile({ activities: ['dating'] })).requirements.find((r) => r.id === 'icpLicense')
    expect(icp?.basis).toEqual(['platform'])
  })
})
