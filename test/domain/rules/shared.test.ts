/** The rulebook's written cites ('S4 目录 B21 …', law/book.ts CiteText) and how they are read. */
import * as fc from 'fast-check'
import { RULES, toCite, type CiteText } from '../../../src/domain/law'
import { SOURCES, type SourceId } from '../../../src/domain/law/sources'

describe('toCite', () => {
  it('reads the source id up to the first space and keeps the article whole, spaces included', () => {
    const ids = SOURCES.map((s) => s.id as SourceId)
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.string(), (source, article) => {
        expect(toCite(`${source} ${article}` as CiteText)).toEqual({ source, article })
      }),
    )
  })

  it('reads a real row: 目录 B21 keeps its inner space', () => {
    expect(toCite('telecom-catalogue-2015 目录 B21 交易处理业务')).toEqual({ source: 'telecom-catalogue-2015', article: '目录 B21 交易处理业务' })
  })

  it('rejects at compile time a cite whose source id is not in the list, or with no space', () => {
    // @ts-expect-error S99 is not a source
    const unknown: CiteText = 'S99 第一条'
    // @ts-expect-error no space between the id and the article
    const joined: CiteText = 'S4目录 B21'
    expect([unknown, joined]).toHaveLength(2)
  })
})

describe('RULES (rows read once)', () => {
  it('carry every cite, and the wechat note cites, as { source, article } with a known source', () => {
    const known = new Set<string>(SOURCES.map((s) => s.id))
    for (const r of RULES) {
      for (const c of [...r.cites, ...(r.wechat?.cites ?? [])]) {
        expect([r.id, Object.keys(c).sort(), known.has(c.source), c.article.length > 0]).toEqual([r.id, ['article', 'source'], true, true])
      }
      expect(r.sources).toEqual([...new Set(r.cites.map((c) => c.source))])
    }
  })
})
