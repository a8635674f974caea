/**
 * The wizard asks every fact a verdict waits on: whenever the engine leaves a requirement
 * 'depends' on a deciding fact, the answers table shows that fact's question for those answers.
 * (A fact the rules use but the wizard never asks could only be answered on the result page.)
 */
import * as fc from 'fast-check'
import { fromProfile, isAnswerId, isVisible } from '../../src/domain/profile/answers'
import { assessmentOf } from '../../src/domain/result/assess'
import type { Profile } from '../../src/domain/contract/types'
import { profileArb } from './arbitraries'

/** The profile as the wizard would hold it before any follow-up fact is answered. */
const withoutFacts = (p: Profile): Profile => {
  const { facts: _facts, ...rest } = p
  return rest
}

describe('every deciding fact of a depends verdict', () => {
  it('is asked by the wizard for the same answers', () => {
    const unasked: string[] = []
    for (const raw of fc.sample(profileArb, { numRuns: 1500, seed: 19 })) {
      const p = withoutFacts(raw)
      const answers = fromProfile(p)
      for (const r of assessmentOf(p).requirements) {
        if (r.status !== 'depends' || r.fact === undefined || !isAnswerId(r.fact)) continue
        if (!isVisible(r.fact, answers)) unasked.push(`${r.id} depends on ${r.fact} (activities: ${p.activities.join(',')}; sectors: ${p.sectors.join(',')})`)
      }
    }
    expect(unasked.slice(0, 5)).toEqual([])
  })

  it.each([
    ['a marketplace', ['marketplace'] as const],
    ['SaaS', ['saas'] as const],
  ])('platform fees are asked of %s', (_name, activities) => {
    const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: [...activities], sectors: [] }
    expect(isVisible('platformFees', fromProfile(p))).toBe(true)
  })
})
