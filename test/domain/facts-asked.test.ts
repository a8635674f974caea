/**
 * When the wizard asks a follow-up, derived from the rules that read it (profile/asked.ts), held in
 * both directions over generated profiles:
 * - every fact a verdict waits on is asked ('depends' on a fact → the wizard shows that question);
 * - no fact is asked where no answer to it could change this profile's assessment.
 * And the wizard's copy of the rules' conditions (profile/deciders.ts) is the rulebook's.
 */
import fs from 'fs'
import path from 'path'
import * as fc from 'fast-check'
import { RULES } from '../../src/domain/law'
import { decidersOf } from '../../src/domain/law/deciders'
import { DECIDERS } from '../../src/domain/profile/deciders'
import { FOLLOW_UPS, type FollowUp } from '../../src/domain/profile/follow-ups'
import { fromProfile, isAnswerId, isVisible } from '../../src/domain/profile/answers'
import { assessmentOf } from '../../src/domain/result/assess'
import { AI_MODELS, UNSURE, type Profile } from '../../src/domain/contract/types'
import { render } from '../../scripts/gen-deciders'
import { factsArb, profileArb } from './arbitraries'
import { named, violations } from './violations'

/** The profile as the wizard would hold it before any follow-up fact is answered. */
const withoutFacts = (p: Profile): Profile => {
  const { facts: _facts, ...rest } = p
  return rest
}

it('the wizard’s copy of the deciding rows is the rulebook’s (run `npm run gen:deciders` after changing a rule)', () => {
  expect(JSON.parse(JSON.stringify(DECIDERS))).toEqual(JSON.parse(JSON.stringify(decidersOf(RULES))))
  expect(fs.readFileSync(path.resolve(__dirname, '../../src/domain/profile/deciders.ts'), 'utf8')).toBe(render())
})

describe('every deciding fact of a depends verdict', () => {
  it('is asked by the wizard for the same answers', () => {
    const unasked = violations(profileArb, 1500, function* (raw) {
      const p = withoutFacts(raw)
      const answers = fromProfile(p)
      for (const r of assessmentOf(p).requirements) {
        if (r.status !== 'depends' || r.fact === undefined || !isAnswerId(r.fact)) continue
        if (!isVisible(r.fact, answers)) yield `${r.id} depends on ${r.fact}, not asked: ${named(p)}`
      }
    })
    expect(unasked).toEqual([])
  })

  it.each([
    ['a classifieds platform', ['classifieds'] as const],
    ['SaaS', ['saas'] as const],
  ])('platform fees are asked of %s', (_name, activities) => {
    const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: [...activities], sectors: [] }
    expect(isVisible('platformFees', fromProfile(p))).toBe(true)
  })
})

/** Every answer a follow-up can have, "not answered" included. */
const answersOf = (f: FollowUp): ReadonlyArray<boolean | string | undefined> => (f === 'aiModel' ? [...AI_MODELS, UNSURE, undefined] : [true, false, UNSURE, undefined])

function withFact(p: Profile, f: FollowUp, v: boolean | string | undefined): Profile {
  const facts: Record<string, unknown> = { ...p.facts }
  if (v === undefined) delete facts[f]
  else facts[f] = v
  return { ...p, facts: facts as Profile['facts'] }
}

/** A profile with some follow-ups answered, as the wizard would hold it (only what it asks). */
const profileWithFacts = fc.tuple(profileArb, factsArb).map(([p, facts]) => ({ ...p, facts: { ...facts, approvalsHeld: undefined } }) as Profile)

describe('no follow-up is asked where no answer could change the assessment', () => {
  it('each asked follow-up moves some verdict or reason of this profile', () => {
    let asked = 0
    const idle = violations(profileWithFacts, 1500, function* (p) {
      const answers = fromProfile(p)
      for (const f of FOLLOW_UPS) {
        if (!isVisible(f, answers)) continue
        asked++
        const outcomes = new Set(answersOf(f).map((v) => JSON.stringify(assessmentOf(withFact(p, f, v)).requirements)))
        if (outcomes.size < 2) yield `${f} asked but changes nothing: ${named(p)} ${JSON.stringify(p.facts)}`
      }
    })
    expect(asked).toBeGreaterThan(500)
    expect(idle).toEqual([])
  })
})
