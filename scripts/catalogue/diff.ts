/**
 * Compare a plain-text copy of WeChat's category page with the catalogue in the code. Pure:
 * the CLI (check.ts) reads the files; the test feeds excerpts.
 */

export interface CodeCatalogue {
  tops: readonly string[]
  nonPersonal: readonly (readonly string[])[]
  personal: readonly (readonly string[])[]
  documents: readonly string[]
  /** Non-personal categories flagged for the 7-day 属地网信 review. */
  localReview: number
}

const HEADER = '二级分类'
const REVIEW = '需经当地互联网主管机关审核确认'

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)

/** Top-level names: the line before each table header ("二级分类", alone or heading a row). */
export function topLevels(text: string): string[] {
  const ls = lines(text)
  const out: string[] = []
  ls.forEach((l, i) => {
    if (l.startsWith(HEADER) && i > 0) out.push(ls[i - 1])
  })
  return out
}

/**
 * Titles the 2026-02-21 page names only in notes (laws, standards, templates' other names),
 * never as a document to upload: not reported as new.
 */
export const NOTE_ONLY_TITLES: readonly string[] = [
  '《关于海南自由贸易港药品、医疗器械“零关税”政策的通知》',
  '《危险化学品目录2015版》',
  '《保健（功能）食品通用标准》',
  '《执业兽医管理办法》',
  '《微信小程序餐饮门店运营资质说明及责任承诺函》',
  '《餐饮平台与门店管理关系声明》',
]

/** Document titles 《…》 (the names WeChat asks for), once each, inner spaces removed. */
export const titles = (text: string): Set<string> =>
  new Set((text.match(/《[^《》]+》/g) ?? []).map((t) => t.replace(/\s+/g, '')).filter((t) => !NOTE_ONLY_TITLES.includes(t)))

export function diffCatalogue(code: CodeCatalogue, enterprise: string, personal?: string): Record<string, string[]> {
  const pageTops = topLevels(enterprise)
  const pageLines = new Set(lines(enterprise))
  const codeTitles = titles(code.documents.join('\n'))
  const pageTitles = titles(enterprise)
  const out: Record<string, string[]> = {
    'top levels only on the page (new?)': pageTops.filter((t) => !code.tops.includes(t)),
    'top levels only in the code (removed or renamed?)': code.tops.filter((t) => !pageTops.includes(t)),
    'category names in the code not found on the page (removed or renamed?)': code.nonPersonal
      .flatMap((p) => p.slice(1).map((n, i) => ({ n, path: p.slice(0, i + 2).join('-') })))
      .filter(({ n }) => !pageLines.has(n))
      .map(({ path }) => path)
      .filter((x, i, a) => a.indexOf(x) === i),
    'documents on the page the code never names (new requirement?)': [...pageTitles].filter((t) => !codeTitles.has(t)),
    'documents in the code the page no longer names': [...codeTitles].filter((t) => !pageTitles.has(t)),
    'count of 7-day review notes (page vs code)':
      (enterprise.split(REVIEW).length - 1) === code.localReview ? [] : [`page ${enterprise.split(REVIEW).length - 1}, code ${code.localReview}`],
  }
  if (personal !== undefined) {
    const personalLines = new Set(lines(personal))
    out['personal-list names in the code not found on the personal page'] = code.personal
      .map((p) => p[p.length - 1])
      .filter((n) => !personalLines.has(n))
    const pTops = topLevels(personal)
    out['personal page top levels the code has no personal category under'] = pTops.filter((t) => !code.personal.some((p) => p[0] === t))
  }
  return out
}
