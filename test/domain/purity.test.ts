/**
 * Core purity: an assessment owns every object in it. It shares none with the rulebook or
 * any other module constant, nor with the profile it was given, so changing one result (a
 * page editing what it shows, a test poking at it) can never change the next one.
 */
import * as fc from 'fast-check'
import { assessmentOf } from '../../src/domain/result/assess'
import type { Profile } from '../../src/domain/contract/types'
import { example, WORKED_EXAMPLES } from '../fixtures/profiles'
import { tableProfileArb as profileArb } from './answer-arbitraries'

/** Every object and array reachable from `root`. */
function reachable(root: unknown, into = new Set<object>()): Set<object> {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const x = stack.pop()
    if (typeof x !== 'object' || x === null || into.has(x)) continue
    into.add(x)
    for (const v of Object.values(x)) stack.push(v)
  }
  return into
}

/** Change everything reachable: grow every array, add to and overwrite every object's fields. */
function vandalize(root: object): void {
  for (const x of reachable(root)) {
    if (Object.isFrozen(x)) continue
    if (Array.isArray(x)) {
      x.push('vandal')
      continue
    }
    const o = x as Record<string, unknown>
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') o[k] = 'vandal'
      else if (typeof v === 'number') o[k] = -1
      else if (typeof v === 'boolean') o[k] = !v
    }
    o.vandal = true
  }
}

const shared = (a: Set<object>, b: Set<object>) => [...a].filter((x) => b.has(x))
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

describe('an assessment shares no object', () => {
  it('with another assessment of the same profile (so none with a module constant)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(shared(reachable(assessmentOf(p)), reachable(assessmentOf(p)))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('with the profile it was given', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(shared(reachable(assessmentOf(p)), reachable(p))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('changing one result never changes the next', () => {
  it('for arbitrary profiles', () => {
    fc.assert(
      fc.property(profileArb, profileArb, (p: Profile, q: Profile) => {
        const want = clone(assessmentOf(q))
        vandalize(assessmentOf(p))
        expect(clone(assessmentOf(q))).toEqual(want)
      }),
      { numRuns: 200 },
    )
  })

  it.each(WORKED_EXAMPLES.map((e) => [e.id] as const))('for worked example #%i, vandalized before every other', (id) => {
    const want = WORKED_EXAMPLES.map((e) => clone(assessmentOf(e.profile)))
    vandalize(assessmentOf(example(id).profile))
    expect(WORKED_EXAMPLES.map((e) => clone(assessmentOf(e.profile)))).toEqual(want)
  })
})
