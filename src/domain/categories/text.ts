/** The categories in words (CLI --text, copy): per platform, path, documents, availability, notes. */
import { PLATFORM_LABELS } from '../contract/labels'
import type { Category } from '../contract/types'

export const CATEGORIES_HEADING = '提交审核时选择的类目'
export const LATEST_PAGE = '以平台最新页面为准'

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮'

/** "无需额外资质", "a + b", or "任选一组：① a + b ② c". */
export function qualificationsText(q: readonly (readonly string[])[]): string {
  if (q.length === 0) return '无需额外资质'
  if (q.length === 1) return q[0].join(' + ')
  return `任选一组：${q.map((g, i) => `${CIRCLED[i] ?? `(${i + 1})`} ${g.join(' + ')}`).join(' ')}`
}

export function categoryLines(categories: readonly Category[]): string[] {
  if (categories.length === 0) return []
  const lines = ['', `${CATEGORIES_HEADING}（${LATEST_PAGE}）：`]
  for (const platform of [...new Set(categories.map((c) => c.platform))]) {
    const cats = categories.filter((c) => c.platform === platform)
    lines.push(`  ${PLATFORM_LABELS[platform]}（类目表 ${cats[0].catalogue}）`)
    for (const c of cats) {
      if (c.path.length === 0) {
        lines.push(`  · 无对应类目：${c.note ?? ''}`)
        continue
      }
      lines.push(`  · ${c.available ? '' : '✗ 不可选 '}${c.path.join(' > ')}`)
      lines.push(`    资质：${qualificationsText(c.qualifications)}`)
      if (c.note !== undefined) lines.push(`    ${c.note}`)
    }
  }
  return lines
}
