/**
 * Arbitrary valid profiles built from the answers table (src/domain/profile/answers.ts): every row,
 * present or absent, with values from its own options — v1.1 facts and 'unsure' included —
 * and awkward numbers (1e-7, 5e-324, -0). A new row is covered without a change here.
 */
import * as fc from 'fast-check'
import { ANSWER_FIELDS, type AnswerField } from '../../src/domain/profile/answers'
import type { Profile } from '../../src/domain/contract/types'
import { UNSURE } from '../../src/domain/contract/types'
import { validateProfile } from '../../src/domain/profile/validate'

function numberArb(f: AnswerField): fc.Arbitrary<number> {
  return f.id === 'registeredCapital'
    ? fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, 1e21, 1e300, Number.MAX_VALUE))
    : fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(1e-7, 5e-324, -0, 50.5, 100, 33.333333333333336))
}

/** A value of one answer row, by kind, from the row's own options. */
export function valueArb(f: AnswerField): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'multi':
      return fc.subarray(f.options.map((o) => o.value))
    case 'single':
    case 'province':
      return fc.constantFrom(...f.options.map((o) => o.value))
    case 'yesNo':
      return fc.constantFrom<unknown>(true, false, ...(f.unsure ? [UNSURE] : []))
    case 'number':
      return numberArb(f)
  }
}

export const tableProfileArb: fc.Arbitrary<Profile> = fc
  .tuple(...ANSWER_FIELDS.map((f) => (f.required === true ? valueArb(f) : fc.option(valueArb(f), { nil: undefined }))))
  .map((values) => {
    const p: Record<string, unknown> = { schemaVersion: 1, operator: {} }
    ANSWER_FIELDS.forEach((f, i) => {
      const value = values[i]
      if (value === undefined) return
      if (f.path.length === 1) p[f.path[0]] = value
      else p[f.path[0]] = { ...((p[f.path[0]] as object | undefined) ?? {}), [f.path[1]]: value }
    })
    return p as unknown as Profile
  })
  .filter((p) => validateProfile(p).ok)
