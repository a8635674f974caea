/** The categories in words (CLI --text, copy): per platform, path, documents, availability, notes. */
import { PLATFORM_LABELS } from '../contract/labels'
import type { Category } from '../contract/types'
import { ALIPAY_UNVERIFIED_NOTE } from './catalogue'

export const CATEGORIES_HEADING = '提交审核时选择的类目'
export const LATEST_PAGE = '以平台最新页面为准'

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮'

/** "无需额外资质", "a + b", or "任选一组：① a + b ② c". */
export function qualificationsText(q: readonly (readonly string[])[]): string {
  if (q.length === 0) return '无需额外资质'
  if (q.length === 1) return q[0].join(' + ')
  return `任选一组：${q.map((g, i) => `${CIRCLED[i] ?? `(${i + 1})`} ${g.join(' + ')}`).join(' ')}`
}

/**
 * The categories as shown: Alipay's "not verified" note is said once, on its platform's first
 * category that carries it (each category keeps it in the contract output).
 */
export function sayOnce(categories: readonly Category[]): Category[] {
  let said = false
  return categories.map((c) => {
    if (c.note?.includes(ALIPAY_UNVERIFIED_NOTE) !== true) return c
    if (!said) {
      said = true
      return c
    }
    const rest = c.note.replace(ALIPAY_UNVERIFIED_NOTE, '').trim()
    return { ...c, note: rest === '' ? undefined : rest }
  })
}

export function categoryLines(all: readonly Category[]): string[] {
  const categories = sayOnce(all)
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
