/**
 * Every rule of the rulebook fires on a profile made for it and stays silent on one that is
 * not. The table must name every rule: a rule added without a case fails the last test.
 */
import { assessmentOf } from '../../src/domain/result/assess'
import { RULES, RULE_ROWS, type RuleId } from '../../src/domain/law'
import type { Activity, Profile, Sector } from '../../src/domain/contract/types'
import { makeProfile, type ProfileShape as Shape } from './profile-factory'

const profile = (s: Shape): Profile => makeProfile(s)

/** rule id → [a profile it fires on, a profile it does not fire on]; a rule without a case does not compile. */
const CASES = {
  'filing.all': [{}, { activities: ['marketplace'] } /* still fires: see the filing test below */],
  'filing.wechat': [{ platforms: ['wechat'] }, { platforms: ['alipay'] }],
  'filing.alipay': [{ platforms: ['alipay'] }, { platforms: ['wechat'] }],
  'filing.preApproval': [{ sectors: ['news'] }, { sectors: ['food'] }],
  'b25.paidContent': [{ activities: ['paidContent'] }, { activities: ['ownSales'] }],
  'b25.paidListings': [{ activities: ['paidListings'] }, { activities: ['classifieds'] }],
  'b25.platformFees': [{ activities: ['messaging'], facts: { platformFees: true } }, { activities: ['messaging'], facts: { platformFees: false } }],
  'b25.ads': [{ activities: ['ads'] }, { activities: ['showcase'] }],
  'b25.classifieds': [{ activities: ['classifieds'] }, { activities: ['classifieds', 'paidListings'] }],
  'b25.dating.wechat': [{ activities: ['dating'] }, { activities: ['dating'], platforms: ['alipay'] }],
  'b25.dating.alipay': [{ activities: ['dating'], platforms: ['alipay'] }, { activities: ['dating'], platforms: ['wechat', 'alipay'] }],
  'b25.redPackets': [{ activities: ['redPackets'] }, { activities: ['redPackets'], platforms: ['alipay'] }],
  'b25.redPackets.alipay': [{ activities: ['redPackets'], platforms: ['alipay'] }, { activities: ['redPackets'], platforms: ['wechat', 'alipay'] }],
  'b25.liveEntertainment': [{ activities: ['liveEntertainment'] }, { activities: ['liveCommerce'] }],
  'b25.games': [{ sectors: ['games'], activities: ['paidContent'] }, { sectors: ['games'] }],
  'b25.messaging': [{ activities: ['messaging'] }, { activities: ['ugc'] }],
  'b25.search': [{ activities: ['search'] }, { activities: ['freeContent'] }],
  'b25.marketplace': [{ activities: ['marketplace'] }, { activities: ['marketplace', 'ads'] }],
  'b25.recruitment': [{ sectors: ['recruitment'], recruitsForOthers: true }, { sectors: ['recruitment'], recruitsForOthers: false }],
  'b25.saas': [{ activities: ['saas'] }, { activities: ['saas'], facts: { platformFees: false } }],
  'b25.saas.paid': [{ activities: ['saas'], facts: { platformFees: true } }, { activities: ['saas'], facts: { platformFees: 'unsure' } }],
  'b25.internetHospital': [{ sectors: ['internetHospital'] }, { sectors: ['medicalInstitution'] }],
  'b25.ugc': [{ activities: ['ugc'] }, { activities: ['ugc', 'paidContent'] }],
  'b25.ownSales': [{ activities: ['ownSales'] }, { activities: ['ownSales', 'paidContent'] }],
  'b25.rideHailing': [{ sectors: ['rideHailing'] }, { sectors: ['rideHailing'], activities: ['ads'] }],
  'b25.none': [{ activities: ['showcase'] }, { activities: ['ads'] }],
  'b21.marketplace': [{ activities: ['marketplace'] }, { activities: ['ownSales'] }],
  'b21.marketplace.wechat': [{ activities: ['marketplace'] }, { activities: ['marketplace'], platforms: ['alipay'] }],
  'b21.saas': [{ activities: ['saas'] }, { activities: ['ownSales'] }],
  'b21.saas.hosts': [{ activities: ['saas'], facts: { saasHostsTransactions: true } }, { activities: ['saas'] }],
  'b21.saas.tools': [{ activities: ['saas'], facts: { saasHostsTransactions: false } }, { activities: ['saas'], facts: { saasHostsTransactions: 'unsure' } }],
  'b21.iot.platform': [{ activities: ['iotControl'], facts: { ownDevices: false } }, { activities: ['iotControl'], facts: { ownDevices: true } }],
  'b21.iot.own': [{ activities: ['iotControl'], facts: { ownDevices: true } }, { activities: ['iotControl'] }],
  'b21.rideHailing.matching': [{ sectors: ['rideHailing'], facts: { ownDrivers: false } }, { sectors: ['rideHailing'], facts: { ownDrivers: true } }],
  'b21.rideHailing.ownDrivers': [{ sectors: ['rideHailing'], facts: { ownDrivers: true } }, { sectors: ['rideHailing'], facts: { ownDrivers: 'unsure' } }],
  'b21.recruitment.commission': [
    { sectors: ['recruitment'], recruitsForOthers: true, facts: { commission: true } },
    { sectors: ['recruitment'], recruitsForOthers: true, facts: { commission: false } },
  ],
  'b21.iot': [{ activities: ['iotControl'] }, { activities: ['showcase'] }],
  'b21.rideHailing': [{ sectors: ['rideHailing'] }, { sectors: ['finance'] }],
  'b21.recruitment': [{ sectors: ['recruitment'], recruitsForOthers: true }, { sectors: ['recruitment'] }],
  'b21.ownSales': [{ activities: ['ownSales'] }, { activities: ['ownSales', 'marketplace'] }],
  'b21.classifieds': [{ activities: ['classifieds'] }, { activities: ['classifieds', 'marketplace'] }],
  'b21.none': [{ activities: ['showcase'] }, { activities: ['saas'] }],
  'sp.sms': [{ activities: ['smsForOthers'] }, { activities: ['messaging'] }],
  'permit.food': [{ sectors: ['food'], activities: ['ownSales'] }, { sectors: ['food'], activities: ['showcase'] }],
  'permit.alcohol': [{ sectors: ['alcohol'], activities: ['ownSales'] }, { sectors: ['alcohol'] }],
  'permit.books': [{ sectors: ['books'], activities: ['liveCommerce'] }, { sectors: ['books'], activities: ['freeContent'] }],
  'permit.medicalInstitution': [{ sectors: ['internetHospital'] }, { sectors: ['healthInfo'] }],
  'permit.drugInfo': [{ sectors: ['medicalDevices'] }, { sectors: ['medicalDevices'], activities: ['ownSales'] }],
  'permit.medicalDevices': [{ sectors: ['medicalDevices'], activities: ['ownSales'] }, { sectors: ['medicalDevices'] }],
  'permit.hr': [{ sectors: ['recruitment'], recruitsForOthers: true }, { sectors: ['recruitment'] }],
  'permit.news': [{ sectors: ['news'] }, { sectors: ['publishing'] }],
  'permit.publishing': [{ sectors: ['publishing'] }, { sectors: ['news'] }],
  'permit.publishing.paidContent': [{ activities: ['paidContent'] }, { activities: ['paidContent'], sectors: ['publishing'] }],
  'permit.publishing.publications': [{ activities: ['paidContent'], facts: { publications: true } }, { activities: ['paidContent'], facts: { publications: false } }],
  'permit.liveShow': [{ activities: ['liveEntertainment'] }, { activities: ['liveCommerce'] }],
  'permit.culture': [{ sectors: ['culture'], activities: ['paidContent'] }, { sectors: ['culture'] }],
  'permit.culture.free': [{ sectors: ['culture'] }, { sectors: ['culture'], facts: { platformFees: false } }],
  'permit.audiovisual': [{ sectors: ['audiovisual'] }, { sectors: ['culture'] }],
  'permit.courseVideo': [{ sectors: ['education'], activities: ['paidContent'] }, { sectors: ['education'] }],
  'permit.courseVideo.recorded': [
    { sectors: ['education'], activities: ['paidContent'], facts: { recordedCourses: true } },
    { sectors: ['education'], activities: ['paidContent'], facts: { recordedCourses: false } },
  ],
  'permit.rideHailing': [{ sectors: ['rideHailing'] }, { sectors: ['realEstate'] }],
  'permit.game.iap': [{ sectors: ['games'], activities: ['storedValue'] }, { sectors: ['games'] }],
  'permit.game.review': [{ sectors: ['games'], activities: ['ads'] }, { sectors: ['games'], facts: { inAppPurchases: true } }],
  'permit.storedValueElsewhere': [{ activities: ['storedValue'], facts: { storedValueElsewhere: true } }, { activities: ['storedValue'] }],
  'permit.finance': [{ sectors: ['finance'] }, { sectors: ['realEstate'] }],
  'permit.k12': [{ sectors: ['k12Tutoring'] }, { sectors: ['education'] }],
  'permit.religion': [{ sectors: ['religion'] }, { sectors: ['culture'] }],
  'permit.religion.wechat': [{ sectors: ['religion'] }, { sectors: ['religion'], platforms: ['alipay'] }],
  'permit.drugInfo.wechatDevices': [{ sectors: ['medicalDevices'], activities: ['marketplace'] }, { sectors: ['medicalDevices'], activities: ['ownSales'], platforms: ['alipay'] }],
  'permit.medicalDevices.wechat': [{ sectors: ['medicalDevices'], activities: ['liveCommerce'] }, { sectors: ['medicalDevices'], activities: ['marketplace'] }],
  'permit.food.wechatAlcohol': [{ sectors: ['alcohol'], activities: ['ownSales'] }, { sectors: ['alcohol'], activities: ['ownSales'], platforms: ['alipay'] }],
  'permit.prepaidCard': [{ activities: ['storedValue'] }, { activities: ['storedValue'], operator: { type: 'soleProprietor' } }],
  'permit.prepaidCard.other': [{ activities: ['storedValue'], operator: { type: 'soleProprietor' } }, { activities: ['storedValue'] }],
  'ai.algorithm.own': [{ activities: ['aiGenerated'], facts: { aiModel: 'own' } }, { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }],
  'ai.algorithm.thirdParty': [{ activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, { activities: ['aiGenerated'], facts: { aiModel: 'own' } }],
  'ai.algorithm.open': [{ activities: ['aiGenerated'], facts: { aiModel: 'unsure' } }, { activities: ['aiGenerated'], facts: { aiModel: 'own' } }],
  'ai.genAi.own': [{ activities: ['aiGenerated'], facts: { aiModel: 'own' } }, { activities: ['freeContent'], facts: { aiModel: 'own' } }],
  'ai.genAi.thirdParty': [{ activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, { activities: ['aiGenerated'], facts: { aiModel: 'unsure' } }],
  'ai.genAi.open': [{ activities: ['aiGenerated'] }, { activities: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }],
  'b25.ai.paid': [{ activities: ['aiGenerated', 'paidContent'] }, { activities: ['paidContent'] }],
} satisfies Record<RuleId, [Shape, Shape]> & Record<string, [Shape, Shape]>

function firedIds(s: Shape): string[] {
  const a = assessmentOf(profile(s))
  return a.requirements.flatMap((r) => r.reasons.map((x) => x.rule))
}

const ids = RULES.map((r) => r.id)

describe.each(ids.filter((id) => id !== 'filing.all'))('rule %s', (id) => {
  it('fires on the profile made for it', () => {
    expect(firedIds((CASES as Record<string, [Shape, Shape]>)[id][0])).toContain(id)
  })
  it('stays silent on the profile next to it', () => {
    expect(firedIds((CASES as Record<string, [Shape, Shape]>)[id][1])).not.toContain(id)
  })
})

describe('filing.all', () => {
  it.each([['company'], ['soleProprietor'], ['individual'], ['publicInstitution']] as const)(
    'makes filing required for an operator of type %s, whatever it does',
    (type) => {
      for (const shape of [{}, { activities: ['marketplace'] as Activity[] }, { sectors: ['news'] as Sector[] }]) {
        const r = assessmentOf(profile({ ...shape, operator: { type } })).requirements.find((x) => x.id === 'icpFiling')
        expect(r?.status).toBe('required')
        expect(r?.reasons.map((x) => x.rule)).toContain('filing.all')
      }
    },
  )
})

describe('the rulebook', () => {
  it('has one case per rule, and no case for a rule that is gone', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort())
  })
  it('gives each rule one id', () => {
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('dates every rule and gives every depends-rule its deciding question', () => {
    for (const r of RULE_ROWS) {
      expect([r.id, r.verified]).toEqual([r.id, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)])
      if (r.status === 'depends') expect([r.id, r.question]).toEqual([r.id, expect.any(String)])
    }
  })
})

describe('combining rules', () => {
  it('takes the strongest status and drops a "not required" reason that argues against it', () => {
    const edi = assessmentOf(profile({ activities: ['ownSales', 'saas'] })).requirements.find((r) => r.id === 'ediLicense')
    expect(edi?.status).toBe('depends')
    expect(edi?.reasons.map((r) => r.rule)).toEqual(['b21.saas'])
  })
  it('falls back to the "why not" rule only when nothing else fires', () => {
    const icp = assessmentOf(profile({ activities: ['showcase'] })).requirements.find((r) => r.id === 'icpLicense')
    expect(icp?.reasons.map((r) => r.rule)).toEqual(['b25.none'])
  })
  it('asks the deciding question only for depends', () => {
    const a = assessmentOf(profile({ activities: ['marketplace'] }))
    expect(a.requirements.find((r) => r.id === 'icpLicense')?.question).toMatch(/？$/)
    expect(a.requirements.find((r) => r.id === 'ediLicense')?.question).toBeUndefined()
  })
  it('says which basis demands it: the dating gate is the platform, not the law', () => {
    const icp = assessmentOf(profile({ activities: ['dating'] })).requirements.find((r) => r.id === 'icpLicense')
    expect(icp?.basis).toEqual(['platform'])
  })
})
