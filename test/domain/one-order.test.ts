/**
 * One order everywhere (issue 22): the cards, 完整办理说明 (nextSteps), the copied text and the image
 * tell the same steps in the same order, and no step is said twice. The cards' order is the plan's
 * (orderRequirements); every other view is held to it here, over generated profiles.
 */
import * as fc from 'fast-check'
import { REQUIREMENT_LABELS } from '../../src/domain/contract/labels'
import { isDuty, isNeeded, isTelecomLicense } from '../../src/domain/contract/types'
import { assessProfile } from '../../src/domain/result/assess'
import { actionOf } from '../../src/domain/result/steps'
import { summaryText } from '../../src/domain/result/summary'
import { profileArb } from './arbitraries'
import { makeProfile } from './profile-factory'

beforeEach(() => expect.hasAssertions())

/** Positions of `needles` in `hay`, in order of appearance (-1 where absent). */
const positions = (hay: readonly string[], needles: readonly string[]) => needles.map((n) => hay.findIndex((h) => h.includes(n)))

describe('one order everywhere', () => {
  it('完整办理说明 takes the cards’ order, each licence or filing once, in the card’s own words', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { assessment: a, plan } = assessProfile(p)
        const cards = plan.ordered.filter((r) => isNeeded(r) && !isTelecomLicense(r.id) && r.id !== 'icpFiling')
        const blocked = cards.filter((r) => r.held !== true && (r.blockers?.length ?? 0) > 0)
        // Blocked ones first (the page's 先解决 block sits above the cards), then the rest, each in the cards' order.
        const expected = [...blocked, ...cards.filter((r) => !blocked.includes(r))].map((r) => actionOf(p, r))
        const at = positions(a.nextSteps, expected)
        expect(at.every((i) => i >= 0)).toBe(true)
        expect([...at].sort((x, y) => x - y)).toEqual(at)
        // Said once: no step twice, and no card's action in two steps.
        expect(new Set(a.nextSteps).size).toBe(a.nextSteps.length)
        for (const e of expected) expect(a.nextSteps.filter((s) => s.includes(e))).toHaveLength(1)
      }),
      { numRuns: 200 },
    )
  })

  it('the copied text lists the verdicts in the cards’ order, the duties after them', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { assessment: a, plan } = assessProfile(p)
        const text = summaryText(a, p).split('\n')
        const heads = text.filter((l) => l.startsWith('【'))
        const labels = [...plan.ordered, ...plan.duties.map((d) => a.requirements.find((r) => r.id === d.id)!)]
          .filter((r) => !(isDuty(r) && r.status === 'notRequired'))
          .map((r) => `】${REQUIREMENT_LABELS[r.id]}（`)
        expect(positions(heads, labels)).toEqual(labels.map((_, i) => i))
      }),
      { numRuns: 150 },
    )
  })

  it('a clinic hears of its 前置审批 once in the steps, before the filing', () => {
    const p = makeProfile({ sectors: ['medicalInstitution'], activities: ['leadForm'] })
    const { assessment: a } = assessProfile(p)
    expect(a.nextSteps.filter((s) => s.includes('前置审批'))).toHaveLength(1)
    const pre = a.nextSteps.findIndex((s) => s.includes('前置审批'))
    expect(pre).toBeLessThan(a.nextSteps.findIndex((s) => s.includes('提交小程序备案')))
  })
})
