/**
 * ai.ts: the result's "AI" block (addendum 2026-11b §7.1–7.6): only with AI content, three
 * lines first with the rulebook's statuses, labelling since 2025-09-01, the 深度合成 gate that
 * does not prove the filings, and no invented Alipay rule.
 */
import * as fc from 'fast-check'
import { AI_STEPS, AI_STEP_ROWS, LABELLING_TEXT, aiBlock, aiSteps } from '../../src/domain/result/ai'
import { FIELD_BY_ID, isVisible, optionsOf } from '../../src/domain/profile/answers'
import { toCite } from '../../src/domain/law'
import { sourceById } from '../../src/domain/law/sources'
import { assessmentOf } from '../../src/domain/result/assess'
import type { Activity, AiModel, OperatorType, Platform, Profile, Unsure } from '../../src/domain/contract/types'
import { profileArb } from './arbitraries'

const profile = (
  o: { model?: AiModel | Unsure; platforms?: Platform[]; type?: OperatorType; activities?: Activity[] } = {},
): Profile => ({
  schemaVersion: 1,
  platforms: o.platforms ?? ['wechat'],
  operator: { type: o.type ?? 'company' },
  activities: o.activities ?? ['aiGenerated'],
  sectors: [],
  ...(o.model !== undefined ? { facts: { aiModel: o.model } } : {}),
})
const block = (p: Profile) => aiBlock(p, assessmentOf(p))
const ids = (p: Profile) => block(p)?.lines.map((l) => l.id) ?? []

describe('the AI block', () => {
  it('is there exactly when the profile has AI-generated content', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(block(p) !== null).toBe(p.activities.includes('aiGenerated'))
        expect(aiSteps(p).length > 0).toBe(p.activities.includes('aiGenerated'))
      }),
      { numRuns: 150 },
    )
  })

  it('starts with the three lines: algorithm filing, 备案/登记, labelling', () => {
    expect(ids(profile()).slice(0, 3)).toEqual(['algorithmFiling', 'genAiFiling', 'labelling'])
  })

  it.each([
    ['own', '备案', 'required', 'required'],
    ['thirdParty', '登记', 'consult', 'required'],
    ['unsure', '备案或登记', 'depends', 'depends'],
  ] as const)('model %s: says %s, statuses follow the rulebook (%s, %s)', (model, word, algo, gen) => {
    const p = profile({ model })
    const a = assessmentOf(p)
    const lines = aiBlock(p, a)?.lines ?? []
    const line = (id: string) => lines.find((l) => l.id === id)
    expect(line('genAiFiling')?.title).toBe(`生成式人工智能服务${word}`)
    expect(line('algorithmFiling')?.status).toBe(algo)
    expect(line('genAiFiling')?.status).toBe(gen)
    for (const id of ['algorithmFiling', 'genAiFiling'] as const) {
      expect(line(id)?.status).toBe(a.requirements.find((r) => r.id === id)?.status)
      expect(line(id)?.text).toBe(a.requirements.find((r) => r.id === id)?.reasons[0].text)
    }
  })

  it('states the labelling duty: date, explicit label, metadata, user agreement, persistent prompt', () => {
    for (const s of ['2025-09-01', 'AI生成', '元数据', '用户协议', '持续显示']) expect(LABELLING_TEXT).toContain(s)
  })

  it('asks for the model name with its 备案号 or 上线编号, and the edited person\'s 单独同意', () => {
    const lines = block(profile())?.lines ?? []
    expect(lines.find((l) => l.id === 'modelDisplay')?.text).toMatch(/模型.*名称.*备案号.*上线编号/)
    expect(lines.find((l) => l.id === 'consent')?.text).toMatch(/单独同意/)
  })

  it.each([
    [['wechat'], 'company', true, false],
    [['wechat', 'alipay'], 'soleProprietor', true, true],
    [['alipay'], 'company', false, true],
  ] as const)('on %j for a %s: WeChat category line %s, Alipay not-found line %s', (platforms, type, wechat, alipay) => {
    const got = ids(profile({ platforms: [...platforms], type }))
    expect(got.includes('wechatCategory')).toBe(wechat)
    expect(got.includes('alipay')).toBe(alipay)
  })

  it('says the WeChat category does not prove 备案/登记, and is closed to individuals', () => {
    const company = block(profile())?.lines.find((l) => l.id === 'wechatCategory')
    expect(company?.text).toMatch(/不等于完成/)
    const person = block(profile({ type: 'individual' }))?.lines.find((l) => l.id === 'wechatCategory')
    expect(person?.title).toMatch(/个人主体不能选/)
    expect(person?.text).toMatch(/公司/)
  })

  it('says B2B-only is outside the Measures and labelling there is a consult', () => {
    const l = block(profile())?.lines.find((x) => x.id === 'businessOnly')
    expect(l?.status).toBe('consult')
    expect(l?.text).toMatch(/第二条/)
  })

  it.each([
    [['aiGenerated'], undefined, /付费内容/],
    [['aiGenerated', 'paidContent'], 'required', /有偿提供信息/],
  ] as const)('activities %j: the ICP line has status %s and tells what decides it', (activities, status, text) => {
    const l = block(profile({ activities: [...activities] }))?.lines.find((x) => x.id === 'icp')
    expect(l?.status).toBe(status)
    expect(l?.text).toMatch(text)
  })

  it('mentions user declarations only where users can post on WeChat', () => {
    expect(ids(profile({ activities: ['aiGenerated', 'ugc'] }))).toContain('userPosts')
    expect(ids(profile())).not.toContain('userPosts')
  })

  it('adds its next steps to the assessment', () => {
    const a = assessmentOf(profile())
    for (const s of AI_STEPS) expect(a.nextSteps).toContain(s)
    expect(assessmentOf(profile({ activities: ['showcase'] })).nextSteps.some((s) => s.includes('AI'))).toBe(false)
  })

  it('rests every AI step and line on sources in the bundled list', () => {
    for (const r of Object.values(AI_STEP_ROWS)) {
      expect(r.cites.length).toBeGreaterThan(0)
      for (const c of r.cites) expect([r.id, sourceById(toCite(c).source) !== undefined]).toEqual([r.id, true])
    }
    for (const l of block(profile({ platforms: ['wechat', 'alipay'], activities: ['aiGenerated', 'ugc'] }))?.lines ?? []) {
      for (const s of l.sources) expect([l.id, s, sourceById(s) !== undefined]).toEqual([l.id, s, true])
    }
  })
})

describe('the wizard asks about AI only where it matters (answers table)', () => {
  it('offers the activity and, only once it is chosen, the model question with own / thirdParty / unfiled / unsure', () => {
    expect(optionsOf(FIELD_BY_ID.activities, {}).map((o) => o.value)).toContain('aiGenerated')
    expect(optionsOf(FIELD_BY_ID.aiModel, { activities: ['aiGenerated'] }).map((o) => o.value)).toEqual(['own', 'thirdParty', 'unfiled', 'unsure'])
    expect(isVisible('aiModel', { activities: ['aiGenerated'] })).toBe(true)
    expect(isVisible('aiModel', { activities: ['paidContent', 'ugc'] })).toBe(false)
  })
})
