import type { Profile } from '../../src/domain/contract/types'
import { ACTIVITIES, SECTORS, UNSURE, YES_NO_FACTS } from '../../src/domain/contract/types'

/**
 * The "rich profile" of the result-page node budget: a plausible large merchant platform
 * (a local-life super app on both platforms, selling its own goods and hosting merchants, with
 * paid content, user posts, live commerce, stored value, coupons, points and ads, in six
 * regulated sectors, 30 % foreign-owned, active in several provinces). No province: the
 * province is a picker with no contract id, so the walk cannot choose one.
 */
export const RICH_PROFILE: Profile = {
  schemaVersion: 1,
  platforms: ['wechat', 'alipay'],
  operator: {
    type: 'company',
    registeredCapital: 10_000_000,
    foreignShare: 30,
    multiProvince: true,
    dishonestListed: false
  },
  activities: ['ownSales', 'marketplace', 'paidContent', 'ugc', 'liveCommerce', 'storedValue', 'coupons', 'points', 'ads'],
  sectors: ['food', 'alcohol', 'books', 'medicalDevices', 'recruitment', 'education'],
  recruitsForOthers: true
}

/**
 * Every answer at once (all activities, all sectors, both platforms, majority foreign-owned in
 * a pilot zone): the longest result page there is. Reported for information, not budgeted.
 */
export const MAX_PROFILE: Profile = {
  schemaVersion: 1,
  platforms: ['wechat', 'alipay'],
  operator: {
    type: 'company',
    registeredCapital: 100_000_000,
    foreignShare: 60,
    multiProvince: true,
    pilotZone: true,
    dishonestListed: false
  },
  activities: [...ACTIVITIES],
  sectors: [...SECTORS],
  recruitsForOthers: true
}

/**
 * The richest result the plan page has to hold within the node budget (issue 13): RICH_PROFILE
 * grown into everything the plan shows at once — blockers (60 % foreign, capital below the
 * cross-province floor), steps with checklists, categories on both platforms, every follow-up
 * fact 'unsure' (so the undecided part is as long as it gets), a permit already held, AI content.
 * Opened by its share link (facts travel in it), not walked through the wizard.
 */
export const RICHEST_PROFILE: Profile = {
  schemaVersion: 1,
  platforms: ['wechat', 'alipay'],
  operator: {
    type: 'company',
    registeredCapital: 5_000_000,
    foreignShare: 60,
    multiProvince: true,
    dishonestListed: false
  },
  activities: ['ownSales', 'marketplace', 'paidContent', 'ugc', 'liveCommerce', 'storedValue', 'coupons', 'points', 'ads', 'saas', 'aiGenerated'],
  sectors: ['food', 'alcohol', 'books', 'medicalDevices', 'medicalInstitution', 'recruitment', 'education'],
  recruitsForOthers: true,
  facts: {
    ...Object.fromEntries(YES_NO_FACTS.map((f) => [f, UNSURE])),
    aiModel: UNSURE,
    approvalsHeld: ['medicalInstitution']
  }
}
