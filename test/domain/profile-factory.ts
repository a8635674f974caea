/**
 * Test data from a factory: a valid profile from the parts a test cares about — a company on
 * WeChat with no activities or sectors unless the shape says otherwise.
 */
import type { Activity, Facts, Operator, PersonalData, Platform, Profile, Sector } from '../../src/domain/contract/types'

export interface ProfileShape {
  personalData?: PersonalData[]
  activities?: Activity[]
  sectors?: Sector[]
  platforms?: Platform[]
  operator?: Partial<Operator>
  recruitsForOthers?: boolean
  facts?: Facts
}

/** `operatorDefaults` sit under the shape's own operator answers (e.g. a capital every case assumes). */
export function makeProfile(s: ProfileShape, operatorDefaults: Partial<Operator> = {}): Profile {
  const p: Profile = {
    schemaVersion: 1,
    platforms: s.platforms ?? ['wechat'],
    operator: { type: 'company', ...operatorDefaults, ...s.operator },
    activities: s.activities ?? [],
    sectors: s.sectors ?? [],
  }
  if (s.recruitsForOthers !== undefined) p.recruitsForOthers = s.recruitsForOthers
  if (s.facts !== undefined) p.facts = s.facts
  if (s.personalData !== undefined) p.personalData = s.personalData
  return p
}
