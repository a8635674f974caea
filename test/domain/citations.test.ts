/** Citations read as text (src/domain/result/citations.ts): never a bare source code; read from the reason itself. */
import { citations, shortTitle, sourcesText } from '@/domain/result/citations'
import { RULES } from '@/domain/law'
import { SOURCES } from '@/domain/law/sources'
import { assessmentOf } from '@/domain/result/assess'
import type { Profile, Reason } from '@/domain/contract/types'

const IDS: ReadonlySet<string> = new Set(SOURCES.map((s) => s.id))
/** A source id where words should be: an old reference code (S4, B21 …) or one of today's ids (miit-42). */
const isBare = (t: string) => /^[SAB]\d+[a-z]?$/.test(t) || IDS.has(t)
const reasonOf = (r: (typeof RULES)[number]): Reason => ({ rule: r.id, text: r.text, sources: [...r.sources], cites: r.cites.map((c) => ({ ...c })) })

it('every source has a readable short title; laws keep their 《》 name', () => {
  const bad = SOURCES.map((s) => [s.id, shortTitle(s.id)] as const).filter(([id, t]) => isBare(t) || (SOURCES.find((s) => s.id === id)?.title.startsWith('《') === true && !/^《[^》]+》$/.test(t)))
  expect(bad).toEqual([])
})

it('every rule’s citations read as text, one per cited source at least', () => {
  const bad = RULES.filter((r) => {
    const list = citations(reasonOf(r))
    return list.length === 0 || list.some((c) => isBare(c.text) || /\[[SAB]\d/.test(c.text))
  }).map((r) => r.id)
  expect(bad).toEqual([])
})

it('internet-info-services-measures with its article reads 《互联网信息服务管理办法》第四条', () => {
  expect(shortTitle('internet-info-services-measures')).toBe('《互联网信息服务管理办法》')
  const ARTICLE = /第[一二三四五六七八九十]+条.*$/
  const withArticle = RULES.flatMap((r) => r.cites.filter((c) => c.source === 'internet-info-services-measures' && ARTICLE.test(c.article)).map((c) => ({ r, c })))
  expect(withArticle.length).toBeGreaterThan(3)
  const missing = withArticle.filter(({ r, c }) => !citations(reasonOf(r)).map((x) => x.text).includes(`《互联网信息服务管理办法》${ARTICLE.exec(c.article)?.[0] ?? ''}`))
  expect(missing).toEqual([])
  expect(sourcesText(['miit-42', 'miit-42'])).toBe('依据《电信业务经营许可管理办法》')
})

// Rulebook v3 (issue 19): citations used to re-read the rulebook row, so the WeChat source that a
// rule's WeChat sentence adds to its reason never showed on the card.
it('a reason with a WeChat sentence shows the WeChat source on WeChat, not on Alipay', () => {
  const withWechat = RULES.filter((r) => r.wechat !== undefined)
  expect(withWechat.length).toBeGreaterThan(10)
  const missing: string[] = []
  for (const rule of withWechat) {
    const extra = rule.wechat?.cites.map((c) => c.source).filter((s) => !rule.sources.includes(s)) ?? []
    if (extra.length === 0) continue
    // A profile on which the rule fires: the rule's own reason as the engine gives it on WeChat.
    const reason: Reason = { rule: rule.id, text: rule.text, sources: [...rule.sources, ...extra], cites: [...rule.cites, ...(rule.wechat?.cites ?? [])].map((c) => ({ ...c })) }
    const shown = citations(reason).map((c) => c.source)
    for (const s of extra) if (!shown.includes(s)) missing.push(`${rule.id}: ${s}`)
  }
  expect(missing).toEqual([])
})

it('the engine’s reason carries the WeChat cite, and the card reads it (filing with 前置审批, on WeChat)', () => {
  const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['showcase'], sectors: ['news'] }
  const filing = assessmentOf(p).requirements.find((r) => r.id === 'icpFiling')
  const reason = filing?.reasons.find((x) => RULES.find((r) => r.id === x.rule)?.wechat !== undefined)
  expect(reason).toBeDefined()
  const wechatSources = RULES.find((r) => r.id === reason?.rule)?.wechat?.cites.map((c) => c.source) ?? []
  expect(citations(reason as Reason).map((c) => c.source)).toEqual(expect.arrayContaining(wechatSources))
  const onAlipay = assessmentOf({ ...p, platforms: ['alipay'] }).requirements.find((r) => r.id === 'icpFiling')?.reasons.find((x) => x.rule === reason?.rule)
  expect(onAlipay?.text).not.toMatch(/微信/)
})

// Rulebook v3 (issue 19): one source, one instrument. Three cites named two instruments under one
// id (a MIIT order and a 2026 notice; WeChat's review and Guangdong's filing; two genAI notices).
it('cites each instrument under its own id: no cite names two instruments', () => {
  const sources = (id: string) => RULES.find((r) => r.id === id)?.cites.map((c) => c.source) ?? []
  expect(sources('permit.hr')).toEqual(expect.arrayContaining(['mohrss-44', 'recruitment-info-notice-2026']))
  expect(sources('permit.game.review')).toEqual(expect.arrayContaining(['wechat-minigame-content-review', 'guangdong-press-minigame-filing-2023']))
  expect(sources('ai.genAi.own')).toEqual(expect.arrayContaining(['guangdong-cac-genai-filing-2024', 'cac-genai-filing-2025-04']))
  // A cite joining two documents with '；' names two instruments.
  const joined = RULES.flatMap((r) => r.cites.filter((c) => /》?；.*(通知|公告|备案|令)/.test(c.article)).map((c) => `${r.id}: ${c.article}`))
  expect(joined).toEqual([])
})

describe('one tap target per source (issue 25)', () => {
  it('names a document once, however many of its parts a reason cites, and joins a law’s articles after its title', () => {
    const refs = citations({
      sources: ['practitioner-articles', 'ecommerce-law'],
      cites: [
        { source: 'practitioner-articles', article: '自营电商' },
        { source: 'practitioner-articles', article: '食品类目' },
        { source: 'ecommerce-law', article: '第十条' },
        { source: 'ecommerce-law', article: '第十五条（首页公示）' },
      ],
    })
    expect(refs.map((r) => r.text)).toEqual([shortTitle('practitioner-articles'), '《中华人民共和国电子商务法》第十条、第十五条（首页公示）'])
  })
})
