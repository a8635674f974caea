/** fast-check generators of valid profiles, shared by the property tests and the benchmark. */
import * as fc from 'fast-check'
import { PROVINCE_CODES } from '../../src/domain/profile/provinces'
import type { Profile } from '../../src/domain/contract/types'
import { ACTIVITIES, AI_MODELS, OPERATOR_TYPES, PLATFORMS, SECTORS, YES_NO_FACTS } from '../../src/domain/contract/types'

const subset = <T>(values: readonly T[], min = 0) => fc.subarray([...values], { minLength: min })

export const operatorArb: fc.Arbitrary<Profile['operator']> = fc.record(
  {
    type: fc.constantFrom(...OPERATOR_TYPES),
    registeredCapital: fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.constantFrom(999_999, 1_000_000, 9_999_999, 10_000_000)),
    foreignShare: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 50, 50.5, 100)),
    province: fc.constantFrom(...PROVINCE_CODES),
    pilotZone: fc.boolean(),
    multiProvince: fc.boolean(),
    dishonestListed: fc.boolean(),
  },
  { requiredKeys: ['type'] },
)

export const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    platforms: subset(PLATFORMS, 1),
    operator: operatorArb,
    activities: subset(ACTIVITIES),
    sectors: subset(SECTORS),
    recruitsForOthers: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ recruitsForOthers, ...rest }) => {
    const p: Profile = { schemaVersion: 1, ...rest }
    if (recruitsForOthers !== undefined) p.recruitsForOthers = recruitsForOthers
    return p
  })

/** A yes/no answer of contract v1.1, which may be 'unsure'. */
const yesNoUnsure = fc.constantFrom<boolean | 'unsure'>(true, false, 'unsure')

/** Follow-up facts (contract v1.1), each answered, unsure or absent. */
export const factsArb: fc.Arbitrary<NonNullable<Profile['facts']>> = fc.record(
  {
    ...Object.fromEntries(YES_NO_FACTS.map((k) => [k, yesNoUnsure])),
    aiModel: fc.constantFrom(...AI_MODELS, 'unsure' as const),
    approvalsHeld: subset(SECTORS),
  } as { [K in keyof NonNullable<Profile['facts']>]-?: fc.Arbitrary<NonNullable<Profile['facts']>[K]> },
  { requiredKeys: [] },
)

/** v1.1 profiles: 'unsure' operator answers and follow-up facts as well. */
export const profileV11Arb: fc.Arbitrary<Profile> = fc
  .tuple(profileArb, fc.option(factsArb, { nil: undefined }), fc.record({ pilotZone: yesNoUnsure, multiProvince: yesNoUnsure, dishonestListed: yesNoUnsure }, { requiredKeys: [] }))
  .map(([p, facts, answers]) => {
    const q: Profile = { ...p, operator: { ...p.operator, ...answers } }
    if (facts !== undefined) q.facts = facts
    return q
  })
