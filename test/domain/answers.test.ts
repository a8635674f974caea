/** The one answers table: every answer once, each readable, shown when it matters, round-tripping. */
import * as fc from 'fast-check'
import * as v from 'valibot'
import {
  ANSWER_FIELDS,
  ANSWER_SCHEMAS,
  FIELD_BY_ID,
  autoName,
  decodeValue,
  describeAnswers,
  encodeValue,
  fromProfile,
  isVisible,
  toProfile,
  type AnswerId,
  type Answers,
} from '../../src/domain/profile/answers'
import { ACTIVITIES, SECTORS, YES_NO_FACTS, type Profile } from '../../src/domain/contract/types'
import { validateProfile } from '../../src/domain/profile/validate'
import { profileArb } from './arbitraries'

const base: Answers = { platforms: ['wechat'], operatorType: 'company', activities: [], sectors: [] }

describe('the table', () => {
  it('has one row per answer, ids, paths and share keys unique', () => {
    const ids = ANSWER_FIELDS.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(Object.keys(ANSWER_SCHEMAS).sort())
    const paths = ANSWER_FIELDS.map((f) => f.path.join('.'))
    expect(new Set(paths).size).toBe(paths.length)
    const keys = ANSWER_FIELDS.map((f) => f.shareKey)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).not.toContain('sv')
    expect(keys).not.toContain('rv')
  })

  it('holds every contract v1.1 fact under facts.<key>, offering 不确定', () => {
    for (const k of YES_NO_FACTS) {
      const f = FIELD_BY_ID[k]
      expect([f.path, f.kind, 'options' in f && f.options.map((o) => o.value)]).toEqual([['facts', k], 'yesNo', ['yes', 'no', 'unsure']])
    }
    expect(FIELD_BY_ID.aiModel.path).toEqual(['facts', 'aiModel'])
    expect('options' in FIELD_BY_ID.aiModel && FIELD_BY_ID.aiModel.options.map((o) => o.value)).toEqual(['own', 'thirdParty', 'unfiled', 'unsure'])
  })

  it.each(['multiProvince', 'pilotZone', 'dishonestListed'] as const)('offers 不确定 for %s (the contract allows it)', (id) => {
    const f = FIELD_BY_ID[id]
    expect('options' in f && f.options.map((o) => o.label)).toEqual(['是', '否', '不确定'])
  })

  it('offers no 不确定 where the contract has only a boolean (recruitsForOthers)', () => {
    const f = FIELD_BY_ID.recruitsForOthers
    expect('options' in f && f.options.map((o) => o.value)).toEqual(['yes', 'no'])
  })

  it('gives every row a question, a short label and every activity a description', () => {
    for (const f of ANSWER_FIELDS) expect([f.id, f.label.length > 0, f.short.length > 0 && f.short.length <= 6]).toEqual([f.id, true, true])
    const acts = FIELD_BY_ID.activities
    if ('options' in acts) for (const o of acts.options) expect([o.value, typeof o.description]).toEqual([o.value, 'string'])
    const ai = 'options' in acts ? acts.options.find((o) => o.value === 'aiGenerated') : undefined
    expect(ai?.description).toEqual(expect.stringContaining('AI 客服'))
  })

  it("each row's schema accepts its own options and refuses others", () => {
    for (const f of ANSWER_FIELDS) {
      if (f.kind === 'yesNo') {
        expect(v.safeParse(f.schema, 'maybe').success).toBe(false)
        expect(v.safeParse(f.schema, true).success).toBe(true)
        expect(v.safeParse(f.schema, 'unsure').success).toBe(f.unsure)
      }
      if (f.kind === 'single') for (const o of f.options) expect(v.safeParse(f.schema, o.value).success).toBe(true)
    }
  })
})

describe('follow-up facts appear only when an answer to them could change a verdict', () => {
  it.each<[AnswerId, Answers, Answers]>([
    // A marketplace needs EDI whatever it charges: 收佣金 decides only a recruitment platform's EDI.
    ['commission', { sectors: ['recruitment'], recruitsForOthers: true }, { activities: ['marketplace'] }],
    ['storedValueElsewhere', { activities: ['storedValue'] }, { activities: ['coupons'] }],
    ['publications', { activities: ['paidContent'] }, { activities: ['freeContent'] }],
    ['saasHostsTransactions', { activities: ['saas'] }, { activities: [] }],
    ['ownDevices', { activities: ['iotControl'] }, { activities: [] }],
    ['aiModel', { activities: ['aiGenerated'] }, { activities: ['ugc'] }],
    ['platformFees', { activities: ['classifieds'] }, { activities: ['showcase'] }],
    // Only paid courses are audiovisual programmes when recorded (free ones are not asked).
    ['recordedCourses', { sectors: ['education'], activities: ['paidContent'] }, { sectors: ['education'] }],
    ['recordedCourses', { sectors: ['k12Tutoring'], activities: ['paidContent'] }, { sectors: [], activities: ['paidContent'] }],
    ['inAppPurchases', { sectors: ['games'] }, { sectors: ['news'] }],
    ['ownDrivers', { sectors: ['rideHailing'] }, { sectors: [] }],
    ['approvalsHeld', { sectors: ['medicalInstitution'] }, { sectors: [] }],
    ['recruitsForOthers', { sectors: ['recruitment'] }, { sectors: ['food'] }],
    ['registeredCapital', { operatorType: 'company' }, { operatorType: 'individual' }],
    ['dishonestListed', { operatorType: 'company' }, { operatorType: 'soleProprietor' }],
    ['pilotZone', { operatorType: 'company', foreignShare: 60 }, { operatorType: 'company', foreignShare: 50 }],
  ])('%s', (id, shown, hidden) => {
    expect(isVisible(id, { ...base, ...shown })).toBe(true)
    expect(isVisible(id, { ...base, ...hidden })).toBe(false)
  })

  it('drops a hidden answer from the profile, and approvals of sectors no longer chosen', () => {
    const p = toProfile({ ...base, operatorType: 'individual', registeredCapital: 5, commission: true, sectors: ['food'], approvalsHeld: ['food', 'games'] })
    expect(p?.operator).toEqual({ type: 'individual' })
    expect(p?.facts).toEqual({ approvalsHeld: ['food'] })
  })
})

describe('answers and profiles', () => {
  it('an incomplete draft has no profile', () => {
    expect(toProfile({ platforms: ['wechat'] })).toBeNull()
    expect(toProfile({ operatorType: 'company', platforms: [] })).toBeNull()
  })

  it('puts facts and unsure answers where the contract says', () => {
    const p = toProfile({ ...base, activities: ['marketplace', 'aiGenerated'], platformFees: 'unsure', aiModel: 'thirdParty', multiProvince: 'unsure', registeredCapital: 500_000 })
    expect(p).toEqual({
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company', multiProvince: 'unsure', registeredCapital: 500_000 },
      activities: ['marketplace', 'aiGenerated'],
      sectors: [],
      facts: { platformFees: 'unsure', aiModel: 'thirdParty' },
    })
    expect(validateProfile(p).ok).toBe(true)
  })

  it('every valid profile survives fromProfile → toProfile with its visible answers', () => {
    fc.assert(
      fc.property(profileArb, (p: Profile) => {
        const back = toProfile(fromProfile(p))
        expect(back).not.toBeNull()
        expect(validateProfile(back).ok).toBe(true)
        expect(back?.activities).toEqual(p.activities)
        expect(back?.sectors).toEqual(p.sectors)
        if (p.operator.type === 'company') expect(back?.operator.registeredCapital).toBe(p.operator.registeredCapital)
        expect(toProfile(fromProfile(back as Profile))).toEqual(back)
      }),
      { numRuns: 300 },
    )
  })

  it('share values round-trip through encodeValue/decodeValue', () => {
    const a: Answers = { ...base, activities: ['ownSales', 'storedValue'], multiProvince: 'unsure', pilotZone: false, registeredCapital: 999_999 }
    for (const f of ANSWER_FIELDS) {
      const value = a[f.id]
      if (value === undefined) continue
      expect([f.id, decodeValue(f, encodeValue(f, value))]).toEqual([f.id, value])
    }
  })
})

describe('describeAnswers', () => {
  it('lists the shown answers with short labels, capital in 万元, unanswered said', () => {
    const lines = describeAnswers({ ...base, activities: ['marketplace'], registeredCapital: 5_000_000, multiProvince: 'unsure' })
    expect(lines).toEqual(
      expect.arrayContaining([
        { id: 'platforms', label: '平台', value: '微信小程序' },
        { id: 'activities', label: '功能', value: '商家入驻' },
        { id: 'platformFees', label: '收发布费', value: '未回答' },
        { id: 'registeredCapital', label: '注册资本', value: '500 万元' },
        { id: 'multiProvince', label: '跨省', value: '不确定' },
      ]),
    )
    expect(lines.map((l) => l.id)).not.toContain('pilotZone')
  })
})

describe('autoName', () => {
  it.each<[Partial<Profile>, string]>([
    [{ sectors: ['food'], activities: ['ownSales', 'storedValue'] }, '食品 · 自营 + 储值'],
    [{ sectors: [], activities: ['paidContent'], operator: { type: 'soleProprietor' } }, '个体工商户 · 付费内容'],
    [{ sectors: ['medicalInstitution'], activities: ['leadForm'] }, '诊所 · 预约'],
    [{ sectors: [], activities: [] }, '公司'],
  ])('%j → %s', (part, name) => {
    const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: [], sectors: [], ...part }
    expect(autoName(p)).toBe(name)
  })

  it('tells apart any two profiles that differ in sector or first activities', () => {
    const mk = (sectors: Profile['sectors'], activities: Profile['activities']): Profile => ({ schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities, sectors })
    expect(autoName(mk(['food'], ['ownSales']))).not.toBe(autoName(mk(['food'], ['marketplace'])))
    expect(autoName(mk(['food'], ['ownSales']))).not.toBe(autoName(mk(['books'], ['ownSales'])))
    expect(ACTIVITIES.length + SECTORS.length).toBeGreaterThan(0)
  })
})
