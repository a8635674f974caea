/**
 * Refresh check for the WeChat category catalogue (docs/categories.md, "Refreshing").
 *
 *   npx tsx scripts/catalogue/check.ts <非个人主体类目.txt> [<个人主体类目.txt>]
 *
 * Input: the text of WeChat's category page (developers.weixin.qq.com/miniprogram/product/material/)
 * copied as plain text, one table cell per line, with each table headed by its top-level name
 * and the line "二级分类" (the layout of the 2026-02-21 copy). No network: you fetch the page.
 * Output: what differs from src/domain/categories/wechat.ts; exit 1 when anything differs.
 */
import fs from 'fs'
import { CATALOGUE, WECHAT_CATALOGUE_DATE } from '../../src/domain/categories/catalogue'
import { WECHAT_PERSONAL, WECHAT_TABLE } from '../../src/domain/categories/wechat'
import { diffCatalogue } from './diff'

function main(argv: string[]): number {
  const [enterprise, personal] = argv
  if (enterprise === undefined) {
    process.stderr.write('usage: npx tsx scripts/catalogue/check.ts <非个人主体类目.txt> [<个人主体类目.txt>]\n')
    return 2
  }
  const wechat = CATALOGUE.filter((e) => e.platform === 'wechat')
  const report = diffCatalogue(
    {
      tops: WECHAT_TABLE.map(([t]) => t),
      nonPersonal: wechat.filter((e) => e.nonPersonal).map((e) => e.path),
      personal: WECHAT_PERSONAL.map((k) => k.split('>')),
      documents: wechat.flatMap((e) => e.qualifications.flat()),
      localReview: wechat.filter((e) => e.localReview && e.nonPersonal).length,
    },
    fs.readFileSync(enterprise, 'utf8'),
    personal === undefined ? undefined : fs.readFileSync(personal, 'utf8'),
  )
  process.stdout.write(`catalogue in the code: ${WECHAT_CATALOGUE_DATE}\n`)
  for (const [title, items] of Object.entries(report)) {
    if (items.length === 0) continue
    process.stdout.write(`\n${title} (${items.length}):\n${items.map((x) => `  ${x}`).join('\n')}\n`)
  }
  const n = Object.values(report).reduce((a, b) => a + b.length, 0)
  process.stdout.write(n === 0 ? '\nNo difference found.\n' : `\n${n} difference(s): update wechat.ts (and the date) where the page changed.\n`)
  return n === 0 ? 0 : 1
}

process.exit(main(process.argv.slice(2)))
