/**
 * rules/ai.ts: the two AI filings by model set-up, the deciding question for 'unsure', and
 * the ICP verdict left to the paid-information test (addendum 2026-11b §1.2, §1.4, §7.2, §7.7).
 */
import * as fc from 'fast-check'
import { assessmentOf } from '../../../src/domain/result/assess'
import { buildPlan } from '../../../src/domain/result/plan'
import { RULES } from '../../../src/domain/law'
import { AI_MODEL_QUESTION, ALGORITHM_FILING, GENAI_FILING } from '../../../src/domain/law/ai'
import type { AiModel, Profile, RequirementId, Status, Unsure } from '../../../src/domain/contract/types'
import { profileArb } from '../arbitraries'

const AI_RULES = [...ALGORITHM_FILING.rows, ...GENAI_FILING.rows]

const profile = (aiModel?: AiModel | Unsure, extra: Partial<Profile> = {}): Profile => ({
  schemaVersion: 1,
  platforms: ['wechat'],
  operator: { type: 'company' },
  activities: ['aiGenerated'],
  sectors: [],
  ...(aiModel !== undefined ? { facts: { aiModel } } : {}),
  ...extra,
})
const statusOf = (p: Profile, id: RequirementId): Status | undefined => assessmentOf(p).requirements.find((r) => r.id === id)?.status

describe('the AI filings by model set-up', () => {
  it.each([
    ['own', 'required', 'required'],
    ['thirdParty', 'consult', 'required'],
    ['unfiled', 'likely', 'required'],
    ['unsure', 'depends', 'depends'],
    [undefined, 'depends', 'depends'],
  ] as const)('aiModel %s: algorithm filing %s, generative-AI filing %s', (model, algo, gen) => {
    expect(statusOf(profile(model), 'algorithmFiling')).toBe(algo)
    expect(statusOf(profile(model), 'genAiFiling')).toBe(gen)
  })

  it('says 备案 for an own model and 登记 for an API caller, at the provincial 网信办', () => {
    const own = assessmentOf(profile('own')).requirements.find((r) => r.id === 'genAiFiling')
    const api = assessmentOf(profile('thirdParty')).requirements.find((r) => r.id === 'genAiFiling')
    expect(own?.reasons[0].text).toMatch(/备案/)
    expect(own?.reasons[0].text).not.toMatch(/登记/)
    expect(api?.reasons[0].text).toMatch(/登记/)
    for (const r of [own, api]) expect(r?.reasons[0].text).toMatch(/省级网信办/)
  })

  it('tells a caller of an unfiled or overseas model that 登记 is closed to it: 备案 in its own name, or a filed model', () => {
    const a = assessmentOf(profile('unfiled'))
    const gen = a.requirements.find((r) => r.id === 'genAiFiling')
    expect(gen?.reasons[0].text).toMatch(/登记.*只适用于.*已备案模型/)
    expect(gen?.reasons[0].text).toMatch(/改用已备案的模型/)
    // The own-filing route is inferred, not read: never a flat 须 on the algorithm filing.
    expect(a.requirements.find((r) => r.id === 'algorithmFiling')?.status).not.toBe('required')
    // WeChat's 深度合成 category: only the own-filing route (the provider has no filing to lend).
    const routes = a.categories.find((c) => c.platform === 'wechat' && c.path[0] === '深度合成')?.qualifications ?? []
    expect(routes.length).toBe(1)
  })

  it('names the B2B exception (Measures Art. 2) wherever a filing is required', () => {
    for (const r of AI_RULES.filter((x) => x.status === 'required' && x.requirement === 'genAiFiling')) {
      expect([r.id, r.text]).toEqual([r.id, expect.stringMatching(/第二条/)])
    }
  })

  it('asks whose model it is when unsure, with the model options, and answering settles it', () => {
    const p = profile('unsure')
    const a = assessmentOf(p)
    for (const id of ['algorithmFiling', 'genAiFiling'] as const) {
      expect(a.requirements.find((r) => r.id === id)?.question).toBe(AI_MODEL_QUESTION)
    }
    const open = buildPlan(p, a).open.find((o) => o.id === 'genAiFiling')
    expect(open?.questions.map((q) => q.fact)).toEqual(['aiModel'])
    expect(open?.questions[0].options.map((o) => o.value)).toEqual(['own', 'thirdParty', 'unfiled', 'unsure'])
  })

  it('never calls a filing needed without the activity, whatever the model answer', () => {
    for (const m of ['own', 'thirdParty', 'unsure'] as const) {
      const a = assessmentOf(profile(m, { activities: ['freeContent'] }))
      expect(a.requirements.map((r) => r.id)).not.toEqual(expect.arrayContaining(['algorithmFiling']))
      expect(a.requirements.map((r) => r.id)).not.toContain('genAiFiling')
    }
  })

  it('cites an AI instrument at article or section level in every AI rule', () => {
    const AI_INSTRUMENTS = ['cac-12', 'genai-measures', 'algorithm-recommendation-provisions', 'security-assessment-provisions', 'guangdong-cac-genai-filing-2024', 'cac-genai-filing-2025-04', 'wechat-categories']
    for (const r of RULES.filter((x) => x.id.startsWith('ai.'))) {
      expect([r.id, r.cites.some((c) => AI_INSTRUMENTS.includes(c.source))]).toEqual([r.id, true])
      for (const c of r.cites) expect(c.article.length).toBeGreaterThan(2)
    }
  })

  it('keeps a practitioner-only point off "required": the API caller\'s own algorithm filing is consult', () => {
    const r = RULES.find((x) => x.id === 'ai.algorithm.thirdParty')
    expect(r?.status).toBe('consult')
    expect(r?.cites.map((c) => c.source)).toContain('practitioner-ai-filing-articles')
  })
})

describe('AI and the ICP/EDI verdict (addendum §1.4)', () => {
  it('does not change the ICP or EDI status by itself', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom<AiModel | Unsure>('own', 'thirdParty', 'unsure'), (p, m) => {
        const base = { ...p, activities: p.activities.filter((a) => a !== 'aiGenerated') }
        const withAi: Profile = { ...base, activities: [...base.activities, 'aiGenerated'], facts: { ...base.facts, aiModel: m } }
        for (const id of ['icpFiling', 'icpLicense', 'ediLicense'] as const) expect(statusOf(withAi, id)).toBe(statusOf(base, id))
      }),
      { numRuns: 150 },
    )
  })

  it.each([
    [['aiGenerated'], 'notRequired', false],
    [['aiGenerated', 'paidContent'], 'required', true],
    [['aiGenerated', 'storedValue', 'paidContent'], 'required', true],
  ] as const)('activities %j: ICP licence %s, AI reason given %s', (activities, status, aiReason) => {
    const icp = assessmentOf(profile('thirdParty', { activities: [...activities] })).requirements.find((r) => r.id === 'icpLicense')
    expect(icp?.status).toBe(status)
    expect(icp?.reasons.some((r) => r.rule === 'b25.ai.paid')).toBe(aiReason)
  })
})
