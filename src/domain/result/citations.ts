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

/**
 * The citations of one reason, as text: its articles where the reason names them, else its sources.
 * One tap target per source (issue 25: not "从业者文章，从业者文章（自营电商）"): a law's articles are
 * joined after its title (《电子商务法》第十条、第十五条); a document without articles is named once.
 */
export function citations(reason: Pick<Reason, 'sources' | 'cites'>): CitationRef[] {
  const cites = reason.cites
  if (cites === undefined || cites.length === 0) return reason.sources.map((id) => ({ source: id, text: shortTitle(id) }))
  const out: CitationRef[] = []
  /** Per source: its ref and the articles joined into it. */
  const bySource = new Map<string, { ref: CitationRef; articles: string[] }>()
  for (const c of cites) {
    const article = c.article.trim()
    // An article that names its own instrument stands alone.
    if (article.startsWith('《')) {
      if (!out.some((x) => x.text === article)) out.push({ source: c.source, text: article })
      continue
    }
    const title = shortTitle(c.source)
    let entry = bySource.get(c.source)
    if (entry === undefined) {
      entry = { ref: { source: c.source, text: title }, articles: [] }
      bySource.set(c.source, entry)
      out.push(entry.ref)
    }
    const at = title.endsWith('》') ? ARTICLE.exec(article)?.[0] : undefined
    if (at !== undefined && !entry.articles.includes(at)) {
      entry.articles.push(at)
      entry.ref.text = `${title}${entry.articles.join('、')}`
    }
  }
  return out
}
