/**
 * Who may apply for a telecom licence (engine/eligibility.ts), read from the telecom folder's dated
 * parameters (law/telecom) and each licence's cap (law/icp, law/edi, law/sp): company only, capital
 * at the thresholds, the 失信名单, foreign caps per licence and per service, bans.
 */
import { CAPITAL, DISHONEST_LIST, EDI_CAPS, ICP_CAPS } from '../../src/domain/law'
import { evaluate } from '../../src/domain/engine/evaluate'
import { UNSURE, type Operator } from '../../src/domain/contract/types'
import { assessmentOf } from '../../src/domain/result/assess'
import { summaryText } from '../../src/domain/result/summary'
import { makeProfile, type ProfileShape } from './profile-factory'

const eligibility = (s: ProfileShape) => evaluate(makeProfile(s)).eligibility
const codes = (s: ProfileShape) => eligibility(s)?.problems.map((x) => x.code) ?? []
const paid = (operator: Partial<Operator>): ProfileShape => ({ activities: ['paidContent'], operator: { multiProvince: false, dishonestListed: false, ...operator } })

describe('capital: the thresholds are the telecom folder’s parameters', () => {
  const one = CAPITAL.oneProvince.value
  const cross = CAPITAL.crossProvince.value
  it.each<[string, Partial<Operator>, boolean]>([
    ['one province, at the threshold', { registeredCapital: one }, true],
    ['one province, a yuan short', { registeredCapital: one - 1 }, false],
    ['across provinces, at the threshold', { registeredCapital: cross, multiProvince: true }, true],
    ['across provinces, a yuan short', { registeredCapital: cross - 1, multiProvince: true }, false],
  ])('%s', (_name, operator, ok) => {
    expect(codes(paid(operator)).includes('capitalTooLow')).toBe(!ok)
  })
  it('cites the article the thresholds come from', () => {
    expect(CAPITAL.oneProvince.cites.join()).toMatch(/第六条第四项/)
    expect(eligibility(paid({ registeredCapital: one - 1 }))?.problems[0].sources).toContain('miit-42')
  })
  it('with cross-province unsure, asks for the higher sum and leaves eligible open between the two', () => {
    const e = eligibility(paid({ registeredCapital: one, multiProvince: UNSURE }))
    expect([e?.capitalRequired, e?.eligible]).toEqual([cross, null])
  })
})

describe('who may apply', () => {
  it.each(['soleProprietor', 'individual', 'publicInstitution'] as const)('a %s may not: only a company', (type) => {
    expect(codes({ activities: ['paidContent'], operator: { type } })).toEqual(['notACompany'])
  })
  it('the bar is the 电信业务经营失信名单, and unsure says where to look it up', () => {
    expect(codes(paid({ registeredCapital: CAPITAL.oneProvince.value, dishonestListed: true }))).toEqual(['dishonestListed'])
    expect(eligibility(paid({ registeredCapital: CAPITAL.oneProvince.value, dishonestListed: UNSURE }))?.notes).toContain(DISHONEST_LIST.value)
    expect(DISHONEST_LIST.value).toMatch(/不是法院的失信被执行人名单/)
  })
  it('needs no check without a telecom licence', () => {
    expect(eligibility({ activities: ['showcase'] })).toBeNull()
  })
})

describe('foreign caps follow the licence and the service', () => {
  const rich = { registeredCapital: 50_000_000 }
  it('an EDI marketplace (a row marked e-commerce) is open to 100 % since 2015', () => {
    expect(EDI_CAPS.ecommerce.percent).toBe(100)
    expect(codes({ activities: ['marketplace'], platforms: ['alipay'], operator: { ...rich, foreignShare: 100, multiProvince: false, dishonestListed: false } })).toEqual([])
  })
  it('EDI for other businesses’ devices (not e-commerce) is capped at 50 % outside the pilot', () => {
    const s: ProfileShape = { activities: ['iotControl'], facts: { ownDevices: false }, operator: { ...rich, foreignShare: 60, multiProvince: false, dishonestListed: false } }
    expect(codes(s)).toEqual(['foreignShareTooHigh'])
    expect(eligibility(s)?.problems[0].text).toContain(`${EDI_CAPS.other.percent}%`)
  })
  it('an ICP licence is capped at 50 %; in a pilot zone only when every B25 service is one the pilot opened', () => {
    expect(ICP_CAPS.standard.percent).toBe(50)
    const paidInfo = { activities: ['paidListings' as const], operator: { ...rich, foreignShare: 80, multiProvince: false, dishonestListed: false } }
    expect(codes(paidInfo)).toEqual(['foreignShareTooHigh'])
    expect(codes({ ...paidInfo, operator: { ...paidInfo.operator, province: '110000', pilotZone: true } })).toEqual([])
    expect(codes({ ...paidInfo, activities: ['paidListings', 'ugc'], operator: { ...paidInfo.operator, province: '110000', pilotZone: true } })).toEqual(['foreignShareTooHigh'])
  })
  it('a pilot zone is a zone, not a province: Guangzhou is not Shenzhen’s pilot', () => {
    const e = eligibility({ activities: ['paidListings'], operator: { ...rich, foreignShare: 80, province: '440000', pilotZone: true, multiProvince: false, dishonestListed: false } })
    expect(e?.notes.join('')).toMatch(/仅深圳市/)
  })
  it('a foreign-investment ban blocks the banned permit itself', () => {
    const r = evaluate(makeProfile({ sectors: ['news'], operator: { foreignShare: 10 } })).requirements.find((x) => x.id === 'internetNewsLicense')
    expect(r?.blockers?.map((b) => b.code)).toEqual(['foreignInvestmentProhibited'])
  })
})

// Issue 22: "待确认（缺少注册资本）" was said for every unknown, also when the capital was given and
// the open fact was the pilot zone, the 失信名单 or multi-province; and 可以申请 for a pilot-zone
// licence that needs MIIT's 试点批复 was over-certain.
describe('eligibility says what is open, and how sure', () => {
  const text = (s: ProfileShape) => summaryText(assessmentOf(makeProfile(s)), makeProfile(s))
  const listing = (operator: Partial<Operator>): ProfileShape => ({
    activities: ['paidListings'],
    operator: { registeredCapital: 50_000_000, multiProvince: false, dishonestListed: false, ...operator },
  })

  it.each<[string, Partial<Operator>, string[]]>([
    ['the capital', { registeredCapital: undefined }, ['registeredCapital']],
    ['the pilot zone', { foreignShare: 80, pilotZone: UNSURE }, ['pilotZone']],
    ['the 失信名单', { dishonestListed: UNSURE }, ['dishonestListed']],
    ['cross-province, with capital between the two thresholds', { registeredCapital: 5_000_000, multiProvince: UNSURE }, ['multiProvince']],
  ])('names %s when that is what is open', (_name, operator, open) => {
    const e = eligibility(listing(operator))
    expect([e?.eligible, e?.open]).toEqual([null, open])
  })

  it('says in the copied text which answer is missing, not always the capital', () => {
    const t = text(listing({ foreignShare: 80, pilotZone: UNSURE }))
    expect(t).toContain('待确认（还差：是否注册在试点区）')
    expect(t).not.toContain('缺少注册资本')
  })

  it('a foreign-invested company in a pilot zone may apply under MIIT’s 试点批复, and is told so', () => {
    const s = listing({ foreignShare: 80, province: '110000', pilotZone: true })
    expect(eligibility(s)?.eligible).toBe(true)
    expect(text(s)).toMatch(/符合试点条件，须先取得工信部《电信业务经营试点批复》/)
    expect(text(listing({}))).toMatch(/：符合\n/)
  })

  it('a domestic company in a pilot zone needs no 试点批复: plainly 符合 (read from the check, not from a note’s words)', () => {
    const s = listing({ province: '110000', pilotZone: true })
    expect([eligibility(s)?.eligible, eligibility(s)?.pilotApproval]).toEqual([true, undefined])
    expect(text(s)).toMatch(/：符合\n/)
    expect(eligibility(listing({ foreignShare: 80, province: '110000', pilotZone: true }))?.pilotApproval).toBe(true)
  })
})
