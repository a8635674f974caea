/**
 * config/strip-record-fields.js: the app builds leave the rulebook's record fields out of the
 * bundle. The plugin's list is the rulebook's RECORD_FIELDS; it removes them from object literals
 * in src/domain/rules/ only, and the rows themselves keep every other field.
 */
import * as path from 'path'
import { transformSync } from '@babel/core'
import { RECORD_FIELDS, RULE_ROWS } from '@/domain/rules'
import stripRecordFields from '../../config/strip-record-fields'

const ROW = `
const ROWS = [{ id: 'b25.x', requirement: 'icpLicense', status: 'depends', cites: ['S1 第四条'], verified: '2026-11-24', effective: '2016-07-01', unsettled: '增补 §8', 'verified': 'again' }]
const { verified } = ROWS[0]
export { ROWS, verified }
`

function run(filename: string): string {
  const out = transformSync(ROW, { filename, babelrc: false, configFile: false, plugins: [stripRecordFields] })
  return out?.code ?? ''
}

describe('strip-record-fields', () => {
  it('names the same fields as the rulebook', () => {
    expect([...stripRecordFields.RECORD_FIELDS].sort()).toEqual([...RECORD_FIELDS].sort())
  })

  it('drops them from the rows of a rulebook file, and keeps everything else', () => {
    const code = run(path.join(process.cwd(), 'src/domain/rules/icp.ts'))
    for (const f of RECORD_FIELDS) expect(code).not.toMatch(new RegExp(`['"]?${f}['"]?:`))
    expect(code).toContain("id: 'b25.x'")
    expect(code).toContain("cites: ['S1 第四条']")
    // A destructuring pattern is not an object literal: it stays.
    expect(code).toMatch(/const \{\s*verified\s*\} = ROWS\[0\]/)
  })

  it('leaves every other file alone', () => {
    const code = run(path.join(process.cwd(), 'src/domain/categories/catalogue.ts'))
    expect(code).toContain("verified: '2026-11-24'")
    expect(code).toContain("unsettled: '增补 §8'")
  })

  it('has something to strip: every row dates itself, and the record fields are only ever on rows', () => {
    expect(RULE_ROWS.every((r) => typeof r.verified === 'string')).toBe(true)
  })
})
