/**
 * config/strip-record-fields.js: the app builds leave the rulebook's record fields out of the
 * bundle. The plugin's list is the rulebook's RECORD_FIELDS; it removes them from object literals
 * in src/domain/law/ only, and the rows themselves keep every other field.
 */
import * as fs from 'fs'
import * as path from 'path'
import { transformSync } from '@babel/core'
import { RECORD_FIELDS, RULE_ROWS } from '@/domain/law'
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
    const code = run(path.join(process.cwd(), 'src/domain/law/icp.ts'))
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

  it('has something to strip: every row dates itself', () => {
    expect(RULE_ROWS.every((r) => typeof r.verified === 'string')).toBe(true)
  })

  it('strips only rows: in src/domain/law/, every object with a record field is a row (it has an id and cites)', () => {
    const dir = path.join(process.cwd(), 'src/domain/law')
    const carriers = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => recordCarriers(fs.readFileSync(path.join(dir, f), 'utf8')).map((keys) => ({ file: f, keys })))
    expect(carriers.length).toBeGreaterThanOrEqual(RULE_ROWS.length)
    expect(carriers.filter((c) => !(c.keys.includes('id') && c.keys.includes('cites')))).toEqual([])
  })
})

/** The keys of every object literal in a TypeScript file that has a record field among them. */
function recordCarriers(code: string): string[][] {
  const found: string[][] = []
  type Key = { type: string; name?: string; value?: string }
  const collect = () => ({
    visitor: {
      ObjectExpression(p: { node: { properties: { type: string; key?: Key }[] } }) {
        const keys = p.node.properties.flatMap((q) => (q.type === 'ObjectProperty' && q.key !== undefined ? [q.key.name ?? q.key.value ?? ''] : []))
        if (keys.some((k) => (RECORD_FIELDS as readonly string[]).includes(k))) found.push(keys)
      },
    },
  })
  transformSync(code, { filename: 'x.ts', babelrc: false, configFile: false, parserOpts: { plugins: ['typescript'] }, plugins: [collect] })
  return found
}
