/** Citations read as text (src/domain/result/citations.ts): never a bare source code. */
import { citations, shortTitle, sourcesText } from '@/domain/result/citations'
import { RULES } from '@/domain/law'
import { SOURCES } from '@/domain/law/sources'

const BARE = /^[SAB]\d+[a-z]?$/

it('every source has a readable short title; laws keep their 《》 name', () => {
  for (const s of SOURCES) {
    const t = shortTitle(s.id)
    expect(t).not.toMatch(BARE)
    if (s.title.startsWith('《')) expect(t).toMatch(/^《[^》]+》$/)
  }
})

it('every rule’s citations read as text, one per cited source at least', () => {
  for (const r of RULES) {
    const list = citations({ rule: r.id, sources: r.sources })
    expect(list.length).toBeGreaterThan(0)
    for (const c of list) {
      expect(c.text).not.toMatch(BARE)
      expect(c.text).not.toMatch(/\[[SAB]\d/)
    }
  }
})

it('S1 with its article reads 《互联网信息服务管理办法》第四条', () => {
  expect(shortTitle('S1')).toBe('《互联网信息服务管理办法》')
  const withArticle = RULES.flatMap((r) => r.cites.filter((c) => c.source === 'S1' && /^第.+条$/.test(c.article)).map((c) => ({ r, c })))
  for (const { r, c } of withArticle) {
    expect(citations({ rule: r.id, sources: r.sources }).map((x) => x.text)).toContain(`《互联网信息服务管理办法》${c.article}`)
  }
  expect(sourcesText(['S2', 'S2'])).toBe('依据《电信业务经营许可管理办法》')
})
