/**
 * Refresh check for WeChat's 小程序备案 code lists (docs/filing-draft.md, "Refreshing").
 *
 *   npx tsx scripts/filing-form/check.ts [--service <file>] [--nrlx <file>] [--subject <file>] [--certificate <file>]
 *
 * Input: the JSON that WeChat's filing APIs return (queryIcpServiceContentTypes, queryIcpNrlxTypes,
 * queryIcpSubjectTypes, queryIcpCertificateTypes: `{ "errcode": 0, "items": [...] }`), saved to files
 * by whoever has a mini-program's access token, or copied from a public capture. No network here:
 * you fetch the lists. Output: what differs from src/domain/law/filing/form/wechat.ts, by name;
 * exit 1 when anything differs, 2 on bad input.
 */
import fs from 'fs'
import { WECHAT_FORM_SNAPSHOT, WECHAT_PRE_APPROVAL_TYPES, WECHAT_SERVICE_CONTENT, WECHAT_SUBJECT_TYPES } from '../../src/domain/law/filing/form/wechat'
import { diffFilingForm, itemsOf, type Copies } from './diff'

const FLAGS = { '--service': 'services', '--nrlx': 'preApprovals', '--subject': 'subjects', '--certificate': 'certificates' } as const

function main(argv: string[]): number {
  const copies: Copies = {}
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as keyof typeof FLAGS
    const file = argv[i + 1]
    if (!(flag in FLAGS) || file === undefined) {
      process.stderr.write('usage: npx tsx scripts/filing-form/check.ts [--service <file>] [--nrlx <file>] [--subject <file>] [--certificate <file>]\n')
      return 2
    }
    try {
      copies[FLAGS[flag]] = itemsOf(JSON.parse(fs.readFileSync(file, 'utf8')))
    } catch (e) {
      process.stderr.write(`${file}: ${(e as Error).message}\n`)
      return 2
    }
  }
  if (Object.keys(copies).length === 0) return main(['--help'])
  const report = diffFilingForm({ services: WECHAT_SERVICE_CONTENT, preApprovals: WECHAT_PRE_APPROVAL_TYPES, subjects: WECHAT_SUBJECT_TYPES }, copies)
  process.stdout.write(`snapshot in the code: ${WECHAT_FORM_SNAPSHOT}\n`)
  for (const [title, items] of Object.entries(report)) {
    if (items.length === 0) continue
    process.stdout.write(`\n${title} (${items.length}):\n${items.map((x) => `  ${x}`).join('\n')}\n`)
  }
  const n = Object.values(report).reduce((a, b) => a + b.length, 0)
  process.stdout.write(n === 0 ? '\nNo difference found.\n' : `\n${n} difference(s): update wechat.ts and WECHAT_FORM_SNAPSHOT where WeChat changed a list (mapping rows go by name).\n`)
  return n === 0 ? 0 : 1
}

process.exit(main(process.argv.slice(2)))
