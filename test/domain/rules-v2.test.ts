/**
 * Rulebook v2 (issue 8): each defect the outside review found, as a test that fails on the v1
 * rules. Each names the rule (or row) it is about.
 */
import { RULE_BY_ID } from '../../src/domain/engine/evaluate'
import { assessmentOf } from '../../src/domain/result/assess'
import { DISHONEST_LOOKUP } from '../../src/domain/engine/eligibility'
import { entriesUnder, findEntry, pathExists } from '../../src/domain/categories'
import { OFFICES, ORGANISATION_ONLY, RULES } from '../../src/domain/law'
import { REQUIREMENT_LABELS, UNSURE_CHECKS } from '../../src/domain/contract/labels'
import type { Activity, Assessment, Facts, Operator, Profile, RequirementId, Sector } from '../../src/domain/contract/types'
import { REQUIREMENT_IDS } from '../../src/domain/contract/types'
import { isVisible } from '../../src/domain/profile/answers'
import { buildPlan } from '../../src/domain/result/plan'
import { headline, summaryText } from '../../src/domain/result/summary'
import { makeProfile, type ProfileShape as Shape } from './profile-factory'

/** Every case assumes ¥200 万 capital unless it says otherwise. */
const profile = (s: Shape): Profile => makeProfile(s, { registeredCapital: 2_000_000 })
const req = (a: Assessment, id: RequirementId) => a.requirements.find((r) => r.id === id)
const rulesOf = (a: Assessment, id: RequirementId) => req(a, id)?.reasons.map((r) => r.rule) ?? []
const codes = (a: Assessment) => a.eligibility?.problems.map((p) => p.code) ?? []

describe('foreign caps follow every B25 service, not the price (law/icp B25_SERVICES, cap.icp.pilot)', () => {
  const zone = { foreignShare: 80, province: '110000', pilotZone: true } as const
  it.each<[Activity[]]>([[['messaging']], [['ugc']], [['search']], [['dating']], [['liveEntertainment']]])(
    'paid content plus %s (free) keeps the ICP licence at 50 % even in a zone',
    (extra) => {
      const a = assessmentOf(profile({ activities: ['paidContent', ...extra], operator: zone }))
      expect(codes(a)).toContain('foreignShareTooHigh')
    },
  )
  it('paid content alone in a zone is opened (信息发布平台和递送服务)', () => {
    expect(codes(assessmentOf(profile({ activities: ['paidContent'], operator: zone })))).toEqual([])
  })
  it('the platform never changes a foreign verdict (b25.dating.wechat vs b25.dating.alipay)', () => {
    for (const activities of [['paidContent', 'dating'], ['paidContent', 'redPackets'], ['paidContent', 'ugc']] as Activity[][]) {
      const onWechat = codes(assessmentOf(profile({ activities, operator: zone, platforms: ['wechat'] })))
      const onAlipay = codes(assessmentOf(profile({ activities, operator: zone, platforms: ['alipay'] })))
      expect(onAlipay).toEqual(onWechat)
    }
  })
})

describe('foreign bans (FOREIGN_BAN in each banned permit’s folder)', () => {
  it.each<[Sector, RequirementId]>([
    ['news', 'internetNewsLicense'],
    ['publishing', 'onlinePublishingLicense'],
    ['audiovisual', 'audiovisualLicense'],
  ])('%s with any foreign share: a blocker on %s', (sector, id) => {
    const a = assessmentOf(profile({ sectors: [sector], operator: { foreignShare: 10 } }))
    expect(req(a, id)?.blockers?.map((b) => b.code)).toEqual(['foreignInvestmentProhibited'])
  })
  it('permit.publishing beside a paid-content ICP licence: foreignInvestmentProhibited in eligibility, never eligible', () => {
    const a = assessmentOf(profile({ sectors: ['publishing'], activities: ['paidContent'], operator: { foreignShare: 10 } }))
    expect(codes(a)).toContain('foreignInvestmentProhibited')
    expect(a.eligibility?.eligible).toBe(false)
  })
  it('permit.liveShow: internet culture is closed to foreign investment too', () => {
    const a = assessmentOf(profile({ activities: ['liveEntertainment'], operator: { foreignShare: 30 } }))
    expect(req(a, 'networkCultureLicense')?.blockers?.[0].code).toBe('foreignInvestmentProhibited')
    expect(a.eligibility?.eligible).toBe(false)
  })
  it('permit.news for a domestic company eligible for its ICP licence: no reason says 禁止外商投资 beside 可以申请', () => {
    const a = assessmentOf(profile({ sectors: ['news'], activities: ['paidContent'] }))
    expect(a.eligibility?.eligible).toBe(true)
    expect(JSON.stringify(a.requirements)).not.toContain('禁止外商投资')
  })
  it('no blocker without foreign capital', () => {
    const a = assessmentOf(profile({ sectors: ['news'] }))
    expect(req(a, 'internetNewsLicense')?.blockers).toBeUndefined()
  })
})

describe('pilot zones by zone (law/telecom PILOT_ZONES)', () => {
  const at = (province: string | undefined, pilotZone: Operator['pilotZone']) =>
    assessmentOf(profile({ activities: ['paidContent'], operator: { foreignShare: 80, pilotZone, ...(province ? { province } : {}) } }))
  it.each(['110000', '310000', '460000', '440000'])('%s: a pilot claim counts, with the zone named and marked as inference', (province) => {
    const a = at(province, true)
    expect(codes(a)).toEqual([])
    expect(a.eligibility?.notes.join('')).toContain('推断')
  })
  it('Guangdong counts only for Shenzhen, and says so', () => {
    expect(at('440000', true).eligibility?.notes.join('')).toContain('仅深圳市')
  })
  it.each(['320000', '120000', '330000'])('%s: a pilot claim is ignored, with a reason saying why', (province) => {
    const a = at(province, true)
    expect(codes(a)).toEqual(['foreignShareTooHigh'])
    expect(a.eligibility?.notes.join('')).toMatch(/没有 2024 年增值电信开放试点区.*试点声明不适用/)
  })
  it("'unsure' leaves eligibility open (null) and says what to check", () => {
    const a = at('110000', 'unsure')
    expect(a.eligibility?.eligible).toBeNull()
    expect(a.eligibility?.notes.join('')).toContain('注册地')
  })
})

describe('SaaS (b25.saas, b21.saas)', () => {
  it('v1 had no ICP rule for SaaS: now it depends on platformFees, and names it', () => {
    const icp = req(assessmentOf(profile({ activities: ['saas'] })), 'icpLicense')
    expect([icp?.status, icp?.fact, rulesOf(assessmentOf(profile({ activities: ['saas'] })), 'icpLicense')]).toEqual(['depends', 'platformFees', ['b25.saas']])
  })
  it.each<[Facts, string, string]>([
    [{ platformFees: true, saasHostsTransactions: true }, 'likely', 'likely'],
    [{ platformFees: false, saasHostsTransactions: false }, 'notRequired', 'notRequired'],
  ])('answered %j: ICP %s, EDI %s', (facts, icp, edi) => {
    const a = assessmentOf(profile({ activities: ['saas'], facts }))
    expect([req(a, 'icpLicense')?.status, req(a, 'ediLicense')?.status]).toEqual([icp, edi])
  })
})

describe('WeChat reasons only with WeChat (the rows\' `wechat` sentence)', () => {
  const wechatWords = /微信/
  it.each<[Shape]>([
    [{ sectors: ['food'], activities: ['ownSales'] }],
    [{ activities: ['paidContent'] }],
    [{ sectors: ['audiovisual'] }],
    [{ sectors: ['games'], activities: ['paidContent'] }],
    [{ sectors: ['news'] }],
  ])('Alipay only: no WeChat sentence and no platform basis from a law rule (%j)', (shape) => {
    const a = assessmentOf(profile({ ...shape, platforms: ['alipay'] }))
    for (const r of a.requirements) {
      for (const reason of r.reasons) expect([reason.rule, wechatWords.test(reason.text)]).toEqual([reason.rule, false])
      // A platform's own gate (the privacy declaration) is platform-only by nature; every other verdict here is the law's.
      if (r.id !== 'icpFiling' && r.id !== 'privacyDeclaration') expect([r.id, r.basis]).toEqual([r.id, ['law']])
    }
  })
  it('with WeChat, permit.food gains the 「商家自营-食品饮料」 sentence and the platform basis', () => {
    const food = req(assessmentOf(profile({ sectors: ['food'], activities: ['ownSales'] })), 'foodPermit')
    expect(food?.basis).toEqual(['law', 'platform'])
    expect(food?.reasons[0].text).toContain('「商家自营-食品饮料」')
  })
})

describe('authority on every requirement (each book’s office)', () => {
  it('every requirement id has an office', () => {
    for (const id of REQUIREMENT_IDS) expect([id, OFFICES[id].authority.length > 0]).toEqual([id, true])
  })
  it.each<[Shape, RequirementId, RegExp]>([
    [{ operator: { type: 'company' }, activities: ['storedValue'] }, 'prepaidCardFiling', /商务/],
    [{ sectors: ['audiovisual'] }, 'audiovisualLicense', /广电|广播电视/],
    [{ sectors: ['publishing'] }, 'onlinePublishingLicense', /出版/],
    [{ sectors: ['news'] }, 'internetNewsLicense', /网信/],
  ])('%j: %s is decided by %s', (shape, id, office) => {
    expect(req(assessmentOf(profile(shape)), id)?.authority).toMatch(office)
  })
  it("a 'consult' sends the merchant to its own office, not always to 通信管理局 (permit.prepaidCard.other)", () => {
    const a = assessmentOf(profile({ operator: { type: 'soleProprietor' }, activities: ['storedValue'] }))
    expect(req(a, 'prepaidCardFiling')?.status).toBe('consult')
    expect(a.nextSteps.join('')).toMatch(/咨询商务主管部门/)
  })
})

describe('over-certain wording for [P]/[I] claims', () => {
  it('b21.rideHailing.matching: likely, and says it rests on practitioners', () => {
    const edi = req(assessmentOf(profile({ sectors: ['rideHailing'], facts: { ownDrivers: false } })), 'ediLicense')
    expect(edi?.status).toBe('likely')
    expect(edi?.reasons[0].text).toContain('从业者')
  })
  it('b21.marketplace on the law alone is likely; b21.marketplace.wechat makes it required on WeChat', () => {
    expect(req(assessmentOf(profile({ activities: ['marketplace'], platforms: ['alipay'] })), 'ediLicense')?.status).toBe('likely')
    expect(req(assessmentOf(profile({ activities: ['marketplace'] })), 'ediLicense')?.status).toBe('required')
  })
  it('b25.redPackets: a practitioner report is likely, not required', () => {
    const icp = req(assessmentOf(profile({ activities: ['redPackets'] })), 'icpLicense')
    expect(icp?.status).toBe('likely')
    expect(icp?.reasons[0].text).toContain('从业者')
  })
  it('capital paid-in timing and the annual report window are not flat claims', () => {
    const a = assessmentOf(profile({ activities: ['paidContent'], operator: { registeredCapital: 500_000 } }))
    expect(a.eligibility?.problems[0].text).toMatch(/从业者观点.*推断/)
    const steps = a.nextSteps.join('')
    expect(steps).toContain('第一季度')
    expect(steps).not.toContain('1 月 1 日至 3 月 31 日')
  })
})

describe('citations the review found wrong', () => {
  const cited = (id: string) => RULE_BY_ID.get(id)?.sources ?? []
  it('howtolivebetter is not cited for EDI on ride-hailing it contradicts (b21.rideHailing, b21.rideHailing.matching)', () => {
    expect(cited('b21.rideHailing')).not.toContain('howtolivebetter')
    expect(cited('b21.rideHailing.matching')).not.toContain('howtolivebetter')
  })
  it('the mini-game content review and the online-recruitment rules are not cited for ICP-licence claims (b25.games, b25.recruitment)', () => {
    for (const r of RULES.filter((x) => x.requirement === 'icpLicense')) {
      expect([r.id, r.sources.includes('wechat-minigame-content-review') || r.sources.includes('mohrss-44')]).toEqual([r.id, false])
    }
  })
  it('the EDI guide is cited for its 申办条件 (the platform test); the 业务界定 notes for channel and ride-hailing', () => {
    const art = (id: string, source: string) => RULE_BY_ID.get(id)?.cites.find((c) => c.source === source)?.article ?? ''
    expect(art('b21.marketplace', 'miit-edi-service-guide')).toContain('申办条件')
    expect(art('b21.ownSales', 'edi-business-scope-notes')).toContain('销售渠道的延伸')
    expect(art('b21.rideHailing', 'edi-business-scope-notes')).toContain('业务界定')
  })
  it('the copy of the B21 subtype definitions is cited only for those definitions', () => {
    for (const r of RULES) for (const c of r.cites) if (c.source === 'edi-subtype-definitions-copy') expect(c.article).toContain('子类定义')
  })
  it('every rule cites an article for each source', () => {
    for (const r of RULES) for (const c of r.cites) expect([r.id, c.article.length > 1]).toEqual([r.id, true])
  })
})

describe('the other defects', () => {
  it('permit.prepaidCard only for the industries the Measures cover (not games, not education)', () => {
    expect(req(assessmentOf(profile({ activities: ['storedValue'], sectors: ['games'] })), 'prepaidCardFiling')).toBeUndefined()
    expect(req(assessmentOf(profile({ activities: ['storedValue'], sectors: ['education'] })), 'prepaidCardFiling')).toBeUndefined()
    expect(req(assessmentOf(profile({ activities: ['storedValue'], sectors: ['food'] })), 'prepaidCardFiling')?.status).toBe('required')
  })
  it('payment.multiPurpose: a balance usable at other merchants is a payment business (out of reach), not a prepaid-card filing', () => {
    const a = assessmentOf(profile({ activities: ['storedValue'], facts: { storedValueElsewhere: true } }))
    expect(req(a, 'paymentLicence')?.status).toBe('likely')
    expect(req(a, 'paymentLicence')?.blockers?.map((b) => b.code)).toEqual(['licenceOutOfReach'])
    expect(req(a, 'financeLicense')).toBeUndefined()
    expect(req(a, 'prepaidCardFiling')).toBeUndefined()
  })
  it('permit.game.review: an ad-only game still needs its 前置审批 (required, not depends)', () => {
    const a = assessmentOf(profile({ sectors: ['games'], activities: ['ads'] }))
    expect(req(a, 'gameApproval')?.status).toBe('required')
    expect(rulesOf(a, 'gameApproval')).toEqual(['permit.game.review'])
  })
  it('a device shop (b21.iot.own) agrees with its 商家自营 gate: no telecom licence when it controls only its own devices', () => {
    const a = assessmentOf(profile({ activities: ['ownSales', 'iotControl'], facts: { ownDevices: true } }))
    expect(req(a, 'ediLicense')?.status).toBe('notRequired')
    expect(a.eligibility).toBeNull()
  })
  it.each(['individual', 'soleProprietor', 'company'] as const)('b25.ads: ad revenue (incl. 流量主) is 经营性 for a %s', (type) => {
    const a = assessmentOf(profile({ activities: ['freeContent', 'ads'], operator: { type } }))
    expect(req(a, 'icpLicense')?.status).toBe('likely')
    expect(req(a, 'icpLicense')?.reasons[0].text).toContain('流量主')
  })
})

describe('follow-up facts decide (each depends names its fact)', () => {
  it('every depends rule names its deciding fact, and the requirement carries it (no exception left)', () => {
    // b25.ai.credits (a depends without a contract fact) is gone: paid AI output is the paid-information
    // test (b25.ai.paid, addendum 2026-11b §1.4) and credits are asked by wechat.virtualPayment.aiCredits.
    expect(RULE_BY_ID.has('b25.ai.credits')).toBe(false)
    for (const r of RULES) {
      if (r.status === 'depends') expect([r.id, r.fact]).toEqual([r.id, expect.any(String)])
    }
    const a = assessmentOf(profile({ activities: ['classifieds'] }))
    expect(req(a, 'icpLicense')?.fact).toBe('platformFees')
  })
  it.each<[Shape, RequirementId, Facts, string, string]>([
    [{ activities: ['classifieds'] }, 'icpLicense', { platformFees: true }, 'depends', 'required'],
    [{ activities: ['classifieds'] }, 'icpLicense', { platformFees: false }, 'depends', 'notRequired'],
    [{ activities: ['iotControl'] }, 'ediLicense', { ownDevices: false }, 'depends', 'likely'],
    [{ sectors: ['rideHailing'] }, 'ediLicense', { ownDrivers: true }, 'depends', 'notRequired'],
    [{ activities: ['paidContent'] }, 'onlinePublishingLicense', { publications: true }, 'depends', 'required'],
  ])('%j %s: %j turns %s into %s', (shape, id, facts, before, after) => {
    expect(req(assessmentOf(profile(shape)), id)?.status).toBe(before)
    expect(req(assessmentOf(profile({ ...shape, facts })), id)?.status).toBe(after)
  })
  it("'unsure' keeps depends and still names the fact", () => {
    const icp = req(assessmentOf(profile({ activities: ['messaging'], facts: { platformFees: 'unsure' } })), 'icpLicense')
    expect([icp?.status, icp?.fact]).toEqual(['depends', 'platformFees'])
    expect(icp?.question).toContain(UNSURE_CHECKS.platformFees)
    expect(req(assessmentOf(profile({ activities: ['messaging'] })), 'icpLicense')?.question).not.toContain('不确定')
  })
})

describe("'unsure' operator answers (contract v1.1)", () => {
  const paid = (operator: Partial<Operator>) => assessmentOf(profile({ activities: ['paidContent'], operator }))
  it.each<[number, boolean | null]>([
    [10_000_000, true],
    [12_000_000, true],
    [5_000_000, null],
    [1_000_000, null],
    [999_999, false],
  ])("multiProvince 'unsure', capital %i: eligible %s, capitalRequired 10000000, and 100 万元 suffices in one province", (capital, eligible) => {
    const e = paid({ multiProvince: 'unsure', registeredCapital: capital }).eligibility
    expect([e?.eligible, e?.capitalRequired]).toEqual([eligible, 10_000_000])
    expect(e?.notes.join('')).toContain('100 万元 即可')
  })
  it("dishonestListed 'unsure': eligible null, and says how to look up the 电信业务经营失信名单 (not the courts' list)", () => {
    const e = paid({ dishonestListed: 'unsure' }).eligibility
    expect(e?.eligible).toBeNull()
    expect(e?.notes).toContain(DISHONEST_LOOKUP)
    expect(DISHONEST_LOOKUP).toMatch(/电信业务经营失信名单.*不是法院的失信被执行人名单/)
  })
  it('capital is shown in 万元', () => {
    const e = paid({ registeredCapital: 999_999 }).eligibility
    expect(e?.problems[0].text).toContain('99.9999 万元')
  })
})

describe('approvalsHeld (held: true)', () => {
  it('keeps the status, marks the permit held, and says where to hand it in instead of 办理', () => {
    const shape: Shape = { sectors: ['food'], activities: ['ownSales'] }
    const before = assessmentOf(profile(shape))
    const after = assessmentOf(profile({ ...shape, facts: { approvalsHeld: ['food'] } }))
    expect(req(after, 'foodPermit')?.status).toBe(req(before, 'foodPermit')?.status)
    expect(req(after, 'foodPermit')?.held).toBe(true)
    expect(after.nextSteps.join('')).toMatch(/在平台选择服务类目时上传你已持有的食品经营许可证/)
    expect(after.nextSteps.join('')).not.toMatch(/办理行业许可：食品经营许可证/)
  })
  it('a held pre-approval is submitted at filing, not obtained first', () => {
    const a = assessmentOf(profile({ sectors: ['drugInfo'], facts: { approvalsHeld: ['drugInfo'] } }))
    expect(a.nextSteps.join('')).toContain('备案时提交你已持有的互联网药品医疗器械信息服务备案（前置审批：药品和医疗器械）')
    expect(a.nextSteps.join('')).not.toContain('先取得前置审批')
  })
})

describe('WeChat category names in rule texts exist in the catalogue (B1, 2026-02-21 copy)', () => {
  /** Every 「…」 in a run of quotes that ends in 类目 (「A」和「B」类目), in texts, wechat notes and B1 cites. */
  const quotedCategories = (text: string): string[] =>
    [...text.matchAll(/((?:「[^」]+」[和或、，]?)+)\s*类目/g)].flatMap((m) => [...m[1].matchAll(/「([^」]+)」/g)].map((q) => q[1]))
  /** A B1 cite's article names categories before ' 类目', several joined by '、' under one top level. */
  const citedCategories = (article: string): string[] => {
    const m = /^(\S+) 类目/.exec(article)
    if (m === null) return []
    const [first, ...rest] = m[1].split('、')
    const top = first.split('-')[0]
    return [first, ...rest.map((x) => `${top}-${x}`)]
  }
  const named = RULES.flatMap((r) => [
    ...quotedCategories(r.text).map((n) => [r.id, n] as const),
    ...quotedCategories(r.wechat?.text ?? '').map((n) => [`${r.id} (wechat)`, n] as const),
    ...[...r.cites, ...(r.wechat?.cites ?? [])].filter((c) => c.source === 'wechat-categories').flatMap((c) => citedCategories(c.article).map((n) => [`${r.id} (B1 cite)`, n] as const)),
  ])
  /** A name is a path (一级-二级[-三级]) of the catalogue, or a level with entries under it (「电商平台」, 「深度合成」). */
  const exists = (name: string): boolean => {
    const path = name.split('-')
    return pathExists('wechat', path) || entriesUnder('wechat', path).length > 0
  }

  it('finds the names it should (the check is not vacuous)', () => {
    const names = named.map(([, n]) => n)
    for (const n of ['商家自营-食品饮料', '社交-陌生人交友', '社交-熟人交友', '生活服务-求职/招聘', '医疗服务-公立医疗机构', '文娱-宗教信息', '商家自营-酒类']) expect(names).toContain(n)
    expect(quotedCategories('微信「商家自营-食品」类目')).toEqual(['商家自营-食品'])
    expect(exists('商家自营-食品')).toBe(false)
    expect(exists('商家自营-酒/盐')).toBe(false)
    expect(exists('商业服务-招聘/求职（中介类）')).toBe(false)
  })

  it.each(named.map(([id, n]) => [id, n]))('%s names 「%s」, which exists', (_id, name) => {
    expect(exists(name)).toBe(true)
  })

  it('permit.alcohol no longer claims WeChat asks for an alcohol permit; the 商家自营-酒类 routes lead to foodPermit', () => {
    const e = findEntry('wechat', ['商家自营', '酒类'])
    expect(e?.qualifications.flat().some((d) => d.includes('酒类经营许可'))).toBe(false)
    const a = assessmentOf(profile({ sectors: ['alcohol'], activities: ['ownSales'] }))
    expect(req(a, 'alcoholPermit')?.basis).toEqual(['law'])
    expect(req(a, 'alcoholPermit')?.reasons.some((r) => /微信/.test(r.text))).toBe(false)
    expect([req(a, 'foodPermit')?.status, req(a, 'foodPermit')?.basis]).toEqual(['likely', ['platform']])
    expect(req(assessmentOf(profile({ sectors: ['alcohol'], activities: ['ownSales'], platforms: ['alipay'] })), 'foodPermit')?.status ?? 'absent').not.toBe('likely')
  })
})

// Issue 22: the food permit cited a Guangdong notice for companies in every province.
describe('the food permit rests on the national law', () => {
  it('cites 《食品安全法》第三十五条 for a shop in any province, not a provincial notice', () => {
    const r = req(assessmentOf(profile({ activities: ['ownSales'], sectors: ['food'], operator: { province: '330000' } })), 'foodPermit')
    const sources = r?.reasons.find((x) => x.rule === 'permit.food')?.sources ?? []
    expect(sources).toContain('food-safety-law')
    expect(sources).not.toContain('guangdong-prepackaged-food-filing-2021')
    expect(OFFICES.foodPermit.cites.join()).toMatch(/^food-safety-law 第三十五条/)
  })
})

// Issue 22: a mini-program that books appointments, shows reports or takes payments for several
// hospitals was told it needs a 医疗机构执业许可证 of its own and sent to a private-hospital category.
describe('a booking platform for several hospitals is not a clinic', () => {
  const booking = (extra: Partial<Shape> = {}) => profile({ activities: ['leadForm'], sectors: ['medicalInstitution'], facts: { multiHospital: true }, ...extra })

  it('needs no 医疗机构执业许可证 of its own, citing 《医疗机构管理条例》第二十四条, and goes to 医疗服务-就医服务', () => {
    const a = assessmentOf(booking())
    const r = req(a, 'medicalInstitutionLicense')
    expect(r?.status).toBe('notRequired')
    expect(r?.reasons[0].cites).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'medical-institutions-regulations', article: expect.stringContaining('第二十四条') })]))
    expect(a.categories.filter((c) => c.platform === 'wechat').map((c) => c.path.slice(0, 2).join('>'))).toEqual(['医疗服务>就医服务'])
  })

  it('is asked of a merchant in the hospital sector, and only there', () => {
    expect(isVisible('multiHospital', { platforms: ['wechat'], operatorType: 'company', sectors: ['medicalInstitution'] })).toBe(true)
    expect(isVisible('multiHospital', { platforms: ['wechat'], operatorType: 'company', sectors: ['food'] })).toBe(false)
  })

  it('still needs the licence where it diagnoses online (an internet hospital), or runs the clinic itself', () => {
    expect(req(assessmentOf(booking({ sectors: ['medicalInstitution', 'internetHospital'] })), 'medicalInstitutionLicense')?.status).toBe('required')
    expect(req(assessmentOf(booking({ facts: { multiHospital: false } })), 'medicalInstitutionLicense')?.status).toBe('required')
  })
})

// Issue 22: paid K-9 academic tutoring got "须经审批"; since 2021 no new 学科类 institution is
// approved: a blocker with ways out, not a to-do.
describe('双减: new K-9 academic tutoring cannot be approved', () => {
  const k9 = (k9Academic: boolean | 'unsure') => profile({ activities: ['paidContent'], sectors: ['k12Tutoring'], facts: { k9Academic } })

  it('is a blocker (noNewApprovals) on the school permit, citing the 2021 opinion, with ways out first on the result', () => {
    const p = k9(true)
    const a = assessmentOf(p)
    const r = req(a, 'schoolPermit')
    expect(r?.blockers?.map((b) => b.code)).toEqual(['noNewApprovals'])
    expect(r?.reasons[0].sources).toContain('double-reduction-opinion-2021')
    const ways = buildPlan(p, a).blockers?.ways.map((w) => w.text).join('\n') ?? ''
    expect(ways).toMatch(/非学科类/)
    expect(ways).toMatch(/高中/)
    expect(ways).toMatch(/已获审批/)
  })

  it('is asked with the tutoring and education sectors; not K-9 academic is consult, said as such', () => {
    expect(isVisible('k9Academic', { platforms: ['wechat'], operatorType: 'company', sectors: ['k12Tutoring'] })).toBe(true)
    const r = req(assessmentOf(k9(false)), 'schoolPermit')
    expect([r?.status, r?.blockers]).toEqual(['consult', undefined])
  })
})

// Issue 22: an individual or 个体户 was told to obtain, e.g., the 网络文化经营许可证 with no blocker;
// such a permit is issued to a 单位 only.
describe('permits issued to organisations only block an individual or 个体户', () => {
  const culture = (type: Operator['type']) => profile({ activities: ['paidContent'], sectors: ['culture'], operator: { type } })

  it.each(['individual', 'soleProprietor'] as const)('a %s running paid culture content: 网络文化经营许可证 is blocked (organisationOnly), with the way out', (type) => {
    const p = culture(type)
    const a = assessmentOf(p)
    expect(req(a, 'networkCultureLicense')?.blockers?.map((b) => b.code)).toContain('organisationOnly')
    expect(buildPlan(p, a).blockers?.ways.map((w) => w.text).join()).toMatch(/以公司等单位的名义申请网络文化经营许可证/)
  })

  it('a company is not blocked; each organisation-only permit cites why', () => {
    expect(req(assessmentOf(culture('company')), 'networkCultureLicense')?.blockers).toBeUndefined()
    for (const [id, h] of Object.entries(ORGANISATION_ONLY)) expect([id, h?.cites.length]).toEqual([id, 1])
  })

  it('a drug-information permit is closed to a person, not to a 个体户 (the measures name 组织)', () => {
    const drug = (type: Operator['type']) => req(assessmentOf(profile({ sectors: ['drugInfo'], operator: { type } })), 'drugInfoCertificate')
    expect(drug('individual')?.blockers?.map((b) => b.code)).toContain('organisationOnly')
    expect(drug('soleProprietor')?.blockers?.map((b) => b.code) ?? []).not.toContain('organisationOnly')
  })
})

// Issue 22: held permits are done, not to-dos; and a food or alcohol permit is uploaded when choosing
// the WeChat category, not "at 备案" (the filing form's 前置审批 list has no food item).
describe('a permit already held reads as done, and is handed in where it is asked for', () => {
  const shop = profile({ sectors: ['food'], activities: ['ownSales'], facts: { approvalsHeld: ['food'] } })

  it('is not 【必须】 in the headline or the copied text: 已持有', () => {
    const a = assessmentOf(shop)
    expect(headline(a)).not.toMatch(/需要：[^；]*食品经营许可证/)
    expect(headline(a)).toMatch(/已持有：食品经营许可证/)
    expect(summaryText(a, shop)).toMatch(/【已持有】食品经营许可证/)
  })

  it('a food permit is uploaded with the WeChat category; a held pre-approval permit with the filing', () => {
    const foodStep = buildPlan(shop, assessmentOf(shop)).steps.find((s) => s.id === 'foodPermit')
    expect(foodStep?.action).toMatch(/在平台选择服务类目时上传/)
    expect(foodStep?.action).not.toMatch(/备案/)
    const clinic = profile({ sectors: ['medicalInstitution'], facts: { approvalsHeld: ['medicalInstitution'] } })
    expect(buildPlan(clinic, assessmentOf(clinic)).steps.find((s) => s.id === 'medicalInstitutionLicense')?.action).toMatch(/备案时提交/)
  })
})

// Issue 22: the drug/device information duty is law for platforms and shops alike, a 备案 since
// 2025-12-22 (国家药监局公告2025年第123号); the dealer licence is the sellers' duty, not the platform's.
describe('medical devices online', () => {
  it('publishing device information is a filing by law, also for a shop and a platform, citing the 2025 provisions', () => {
    for (const activities of [['ownSales'], ['marketplace']] as Activity[][]) {
      const r = req(assessmentOf(profile({ sectors: ['medicalDevices'], activities, platforms: ['alipay'] })), 'drugInfoCertificate')
      expect([activities[0], r?.status, r?.basis]).toEqual([activities[0], 'required', ['law']])
      expect(r?.reasons[0].text).toMatch(/备案/)
      expect(r?.reasons[0].sources).toContain('drug-device-info-filing-provisions')
    }
    expect(REQUIREMENT_LABELS.drugInfoCertificate).toBe('互联网药品医疗器械信息服务备案')
  })

  it('a platform for device sellers needs no dealer licence of its own; a shop selling its own devices does', () => {
    const platform = req(assessmentOf(profile({ sectors: ['medicalDevices'], activities: ['marketplace'] })), 'medicalDeviceRecord')
    expect(platform?.status).toBe('notRequired')
    expect(platform?.reasons[0].text).toMatch(/第三方平台备案/)
    expect(req(assessmentOf(profile({ sectors: ['medicalDevices'], activities: ['ownSales'] })), 'medicalDeviceRecord')?.status).toBe('required')
  })
})

// Issue 22: the national prepaid-card filing covers 零售, 住宿餐饮 and 居民服务 only; a gym or a studio
// got 必须.
describe('prepaid cards: the national filing covers three trades only', () => {
  it('a shop or restaurant files (required); a gym or other trade is consult with local rules, not 必须', () => {
    expect(req(assessmentOf(profile({ activities: ['storedValue'], sectors: ['food'] })), 'prepaidCardFiling')?.status).toBe('required')
    const gym = req(assessmentOf(profile({ activities: ['storedValue'] })), 'prepaidCardFiling')
    expect(gym?.status).toBe('consult')
    expect(gym?.reasons[0].text).toMatch(/零售、住宿餐饮和居民服务业/)
    expect(gym?.reasons[0].text).toMatch(/健身/)
  })
})
