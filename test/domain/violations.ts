/**
 * Property checks that collect what breaks and assert once: `check` returns the violations of one
 * generated value (strings naming what broke and where), and the test expects the list empty. One
 * `expect` per test instead of one per generated value keeps the rules loop fast, and a failure
 * shows the first few violations at once. The sample is seeded, so a run is reproducible.
 */
import * as fc from 'fast-check'

export const SEED = 20261206

export function violations<T>(arb: fc.Arbitrary<T>, numRuns: number, check: (x: T) => Iterable<string>, seed = SEED): string[] {
  const out: string[] = []
  for (const x of fc.sample(arb, { numRuns, seed })) for (const v of check(x)) if (out.length < 20) out.push(v)
  return out
}

/** A short name of a profile for a violation message. */
export const named = (p: { operator: { type: string }; activities: readonly string[]; sectors: readonly string[] }): string =>
  `${p.operator.type} [${p.activities.join(',')}] [${p.sectors.join(',')}]`
