/**
 * Citations read as text (issue 13): "《互联网信息服务管理办法》第四条", not a bare "[S1]".
 * The law's short title comes from the bundled sources list; the article from the reason's own
 * `cites` (which carry a platform sentence's sources too), never from a second read of the rulebook.
 */
import type { Reason } from '../contract/types'
import { sourceById } from '../law/sources'

/** 《互联网信息服务管理办法》 from '《互联网信息服务管理办法》（国务院令第292号…）'; a non-law title stays whole. */
export function shortTitle(sourceId: string): string {
  const s = sourceById(sourceId)
  if (s === undefined) return sourceId
  const m = /^(《[^》]+》)/.exec(s.title)
  if (m !== null) return m[1]
  const cut = s.title.search(/[（(]/)
  return cut > 0 ? s.title.slice(0, cut).trim() : s.title
}

/** Sources named as text, for lines that carry source ids only: "依据《电信业务经营许可管理办法》". */
export function sourcesText(ids: readonly string[]): string {
  const names = [...new Set(ids.map(shortTitle))]
  return names.length === 0 ? '' : `依据${names.join('；')}`
}

export interface CitationRef {
  source: string
  /** What a merchant reads: the law and its article, or the document's name. */
  text: string
}

/** The article part of a cite, e.g. '第三条、第四条' of '国务院令第292号 第三条、第四条'. */
const ARTICLE = /第[一二三四五六七八九十百零]+条.*$/

/** The citations of one reason, as text: its articles where the reason names them, else its sources. */
export function citations(reason: Pick<Reason, 'sources' | 'cites'>): CitationRef[] {
  const cites = reason.cites
  if (cites !== undefined && cites.length > 0) {
    const out: CitationRef[] = []
    for (const c of cites) {
      const title = shortTitle(c.source)
      const article = c.article.trim()
      const text =
        article === '' || title.includes(article)
          ? title
          : article.startsWith('《')
            ? article
            : title.endsWith('》') && ARTICLE.test(article)
              ? `${title}${ARTICLE.exec(article)?.[0] ?? ''}`
              : `${title}，${article}`
      if (!out.some((x) => x.text === text)) out.push({ source: c.source, text })
    }
    return out
  }
  return reason.sources.map((id) => ({ source: id, text: shortTitle(id) }))
}

