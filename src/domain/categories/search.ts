/**
 * Keyword search over category names and scopes ("蛋糕", "二手车", "AI 绘画"), for the merchant
 * who refines a category the answers could not decide. Pure: same query, same hits.
 *
 * Ranking (higher first): the category's own name equals the query (100), contains it (80,
 * a little more for shorter names), a level above names it (60), the scope mentions it (40).
 * A query of several words scores the mean of its words (+5) and every word must match; the
 * words matching as one phrase score that match +10. With no
 * exact word match, a fuzzy pass keeps entries sharing at least half the query's character
 * pairs (up to 20). Ties: available to the operator type first, then catalogue order.
 */
import type { Category, OperatorType, Platform } from '../contract/types'
import { CATALOGUE, type CatalogueEntry } from './catalogue'

export interface CategoryHit extends Category {
  /** What the category is for, in our words. */
  scope: string
  score: number
}

const norm = (s: string): string => s.toLowerCase().replace(/[\s\-_/／·、，,。（）()【】《》“”"'>]+/g, '')

interface Indexed {
  e: CatalogueEntry
  name: string
  above: string
  scope: string
  pairs: ReadonlySet<string>
}

const pairsOf = (s: string): Set<string> => {
  const out = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2))
  return out
}

let INDEX: Indexed[] | null = null
function index(): Indexed[] {
  if (INDEX === null) {
    INDEX = CATALOGUE.map((e) => {
      const name = norm(e.path[e.path.length - 1])
      const above = norm(e.path.slice(0, -1).join(''))
      const scope = norm(e.scope)
      return { e, name, above, scope, pairs: pairsOf(name + above + scope) }
    })
  }
  return INDEX
}

function wordScore(x: Indexed, w: string): number {
  if (x.name === w) return 100
  if (x.name.includes(w)) return 80 + Math.max(0, 10 - (x.name.length - w.length))
  if (x.above.includes(w)) return 60
  if (x.scope.includes(w)) return 40
  return 0
}

/** Whether the operator type may choose it (个人: the personal list; 深度合成: no 个人). */
function availableTo(e: CatalogueEntry, op: OperatorType | undefined): { available: boolean; note?: string } {
  if (op === undefined) return { available: true }
  if (op === 'individual') {
    return e.personal ? { available: true } : { available: false, note: '个人主体未开放该类目：需个体工商户或公司主体。' }
  }
  return e.nonPersonal ? { available: true } : { available: false, note: '个人主体类目：企业请选对应的企业类目。' }
}

/**
 * Categories matching the query, best first. `operatorType` marks what that operator may not
 * choose (available: false, with a note) and ranks the rest first; `platform` defaults to both.
 */
export function searchCategories(
  query: string,
  operatorType?: OperatorType,
  options: { limit?: number; platform?: Platform } = {},
): CategoryHit[] {
  const limit = options.limit ?? 20
  const words = query
    .split(/[\s,，、]+/)
    .map(norm)
    .filter((w) => w.length > 0)
  if (words.length === 0 || limit <= 0) return []
  const whole = words.join('')
  const pool = index().filter((x) => options.platform === undefined || x.e.platform === options.platform)

  let scored = pool
    .map((x, i) => {
      const joined = wordScore(x, whole)
      const per = words.map((w) => wordScore(x, w))
      // Several words that also match as one phrase beat the same words found apart.
      const phrase = joined > 0 && words.length > 1 ? joined + 10 : joined
      const apart = per.every((s) => s > 0) ? per.reduce((a, b) => a + b, 0) / words.length + (words.length > 1 ? 5 : 0) : 0
      const score = Math.max(phrase, apart)
      return { x, i, score }
    })
    .filter((h) => h.score > 0)

  if (scored.length === 0) {
    const q = pairsOf(whole)
    if (q.size > 0) {
      scored = pool
        .map((x, i) => {
          let shared = 0
          for (const p of q) if (x.pairs.has(p)) shared++
          return { x, i, score: shared / q.size >= 0.5 ? Math.round((20 * shared) / q.size) : 0 }
        })
        .filter((h) => h.score > 0)
    }
  }

  return scored
    .map((h) => ({ ...h, a: availableTo(h.x.e, operatorType) }))
    .sort((a, b) => b.score - a.score || Number(b.a.available) - Number(a.a.available) || a.i - b.i)
    .slice(0, limit)
    .map(({ x, score, a }) => {
      const e = x.e
      const hit: CategoryHit = {
        platform: e.platform,
        path: [...e.path],
        qualifications: e.qualifications.map((g) => [...g]),
        available: a.available,
        catalogue: e.catalogue,
        scope: e.scope,
        score,
      }
      const notes = [a.note, e.path[0] === '深度合成' && operatorType === 'individual' ? '深度合成类目不对个人和境外主体开放。' : undefined]
      if (e.path[0] === '深度合成' && operatorType === 'individual') hit.available = false
      const note = notes.filter((n) => n !== undefined).join(' ')
      if (note !== '') hit.note = note
      return hit
    })
}
