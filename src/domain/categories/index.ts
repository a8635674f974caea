/**
 * The platform service categories (服务类目) a profile should choose, with what to upload.
 * Placeholder until the catalogue lands (issue 9): no categories yet.
 */
import type { Category, Profile, Requirement } from '../types'

export function classify(_p: Profile, _requirements: readonly Requirement[]): Category[] {
  return []
}
