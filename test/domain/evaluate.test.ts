/**
 * The engine (engine/evaluate.ts and the combination it shares with the wizard, profile/combine.ts):
 * how firing rows become one verdict, and what each verdict carries besides its status.
 */
import { combine, type Combinable } from '../../src/domain/profile/combine'
import { act, ALWAYS, sec } from '../../src/domain/profile/condition'
import { evaluate } from '../../src/domain/engine/evaluate'
import { OFFICES } from '../../src/domain/law'
import { AUTHORITY_LABELS } from '../../src/domain/contract/labels'
import { CORE_REQUIREMENTS, REQUIREMENT_IDS, UNSURE } from '../../src/domain/contract/types'
import { makeProfile } from './profile-factory'

describe('combine: the rows of one requirement into a verdict', () => {
  const row = (id: string, status: Combinable['status'], when = ALWAYS, fallback?: true): Combinable => ({ id, status, when, ...(fallback ? { fallback } : {}) })
  const p = makeProfile({ activities: ['marketplace'] })

  it('takes the strongest status first; rulebook order breaks ties', () => {
    expect(combine([row('a', 'depends'), row('b', 'required'), row('c', 'required'), row('d', 'likely')], p).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a'])
  })
  it('drops a "not required" reason when something stronger fired', () => {
    expect(combine([row('no', 'notRequired'), row('yes', 'likely')], p).map((r) => r.id)).toEqual(['yes'])
  })
  it('keeps every "not required" reason when nothing stronger fired', () => {
    expect(combine([row('x', 'notRequired'), row('y', 'notRequired')], p).map((r) => r.id)).toEqual(['x', 'y'])
  })
  it('fires a fallback only when no other row fires', () => {
    expect(combine([row('hit', 'likely', act('marketplace')), row('why-not', 'notRequired', ALWAYS, true)], p).map((r) => r.id)).toEqual(['hit'])
    expect(combine([row('miss', 'likely', act('ownSales')), row('why-not', 'notRequired', ALWAYS, true)], p).map((r) => r.id)).toEqual(['why-not'])
  })
  it('gives nothing when nothing fires', () => {
    expect(combine([row('miss', 'required', sec('news'))], p)).toEqual([])
  })
})

describe('evaluate: verdicts only', () => {
  it('always holds the three core requirements; any other only when one of its rows fired', () => {
    const v = evaluate(makeProfile({ activities: ['showcase'] }))
    // Besides the core, what binds every mini-program (contract v1.2): 等保, privacy rules and declaration,
    // the PI audit, and the sensitive-data question while personalData is not asked.
    const everyone = ['securityGrading', 'privacyRules', 'privacyDeclaration', 'sensitiveData', 'piGovernance']
    expect(v.requirements.map((r) => r.id)).toEqual(REQUIREMENT_IDS.filter((id) => (CORE_REQUIREMENTS as readonly string[]).includes(id) || everyone.includes(id)))
    expect(evaluate(makeProfile({ activities: ['showcase'], personalData: [] })).requirements.map((r) => r.id)).not.toContain('sensitiveData')
    expect(evaluate(makeProfile({ activities: ['ownSales'], sectors: ['food'] })).requirements.map((r) => r.id)).toContain('foodPermit')
  })

  it('gives verdicts, pre-approvals, eligibility and platform rules — no categories, steps or plan (those are result/assess.ts)', () => {
    expect(Object.keys(evaluate(makeProfile({})))).toEqual(['requirements', 'preApprovals', 'eligibility', 'platformRules'])
  })

  it('adds a row’s WeChat sentence, and the platform basis, only on WeChat', () => {
    const onWechat = evaluate(makeProfile({ sectors: ['news'] })).requirements.find((r) => r.id === 'icpFiling')
    const onAlipay = evaluate(makeProfile({ sectors: ['news'], platforms: ['alipay'] })).requirements.find((r) => r.id === 'icpFiling')
    const pre = (r: typeof onWechat) => r?.reasons.find((x) => x.rule === 'filing.preApproval')
    expect(pre(onWechat)?.text).toMatch(/微信小程序备案按「前置审批类型」/)
    expect(pre(onAlipay)?.text).not.toMatch(/微信/)
    expect(pre(onWechat)?.cites?.length).toBeGreaterThan(pre(onAlipay)?.cites?.length ?? 0)
  })

  it('asks the deciding question and names the fact only for depends, adding what to check when the answer is unsure', () => {
    const open = evaluate(makeProfile({ activities: ['saas'] })).requirements.find((r) => r.id === 'ediLicense')
    expect([open?.status, open?.fact]).toEqual(['depends', 'saasHostsTransactions'])
    const unsure = evaluate(makeProfile({ activities: ['saas'], facts: { saasHostsTransactions: UNSURE } })).requirements.find((r) => r.id === 'ediLicense')
    expect(unsure?.question).toMatch(/你选了「不确定」/)
    const decided = evaluate(makeProfile({ activities: ['saas'], facts: { saasHostsTransactions: true } })).requirements.find((r) => r.id === 'ediLicense')
    expect([decided?.status, decided?.question, decided?.fact]).toEqual(['likely', undefined, undefined])
  })

  it('names each requirement’s office from its book; a needed telecom licence takes the eligibility check’s office', () => {
    const v = evaluate(makeProfile({ activities: ['ownSales'], sectors: ['food'], operator: { registeredCapital: 2_000_000 } }))
    expect(v.requirements.find((r) => r.id === 'foodPermit')?.authority).toBe(OFFICES.foodPermit.authority)
    const licence = evaluate(makeProfile({ activities: ['paidContent'], operator: { registeredCapital: 2_000_000, multiProvince: false } }))
    expect(licence.eligibility?.authority).toBe('province')
    expect(licence.requirements.find((r) => r.id === 'icpLicense')?.authority).toBe(AUTHORITY_LABELS.province)
  })

  it('marks a permit held when its sector’s approval is held, keeping the status the law gives', () => {
    const shape = { activities: ['ownSales' as const], sectors: ['food' as const] }
    const bare = evaluate(makeProfile(shape)).requirements.find((r) => r.id === 'foodPermit')
    const held = evaluate(makeProfile({ ...shape, facts: { approvalsHeld: ['food'] } })).requirements.find((r) => r.id === 'foodPermit')
    expect([held?.held, held?.status]).toEqual([true, bare?.status])
    expect(bare?.held).toBeUndefined()
  })
})
