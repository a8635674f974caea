/**
 * Every folder of the rulebook carries its golden cases (law/<requirement>/cases.ts): for each
 * row, a profile it fires on and one it stays silent on, with the status and reasons the engine
 * must then give. This runs them all, and holds that every row has both cases, that a row firing
 * alone gives its own status, and that a case names no row that is gone.
 */
import fs from 'fs'
import path from 'path'
import { RULES, type GoldenCase } from '../../src/domain/law'
import { STATUS_STRENGTH } from '../../src/domain/contract/types'
import { ALWAYS, type Condition } from '../../src/domain/profile/condition'
import { assessmentOf } from '../../src/domain/result/assess'
import { makeProfile } from './profile-factory'

const LAW = path.resolve(__dirname, '../../src/domain/law')
const folders = fs.readdirSync(LAW, { withFileTypes: true }).filter((d) => d.isDirectory() && fs.existsSync(path.join(LAW, d.name, 'cases.ts')))
// eslint-disable-next-line @typescript-eslint/no-var-requires
const tables: Array<[string, readonly GoldenCase[]]> = folders.map((d) => [d.name, require(path.join(LAW, d.name, 'cases.ts')).CASES])
const isAlways = (c: Condition): boolean => JSON.stringify(c) === JSON.stringify(ALWAYS)
const ROW = new Map(RULES.map((r) => [r.id as string, r]))

describe.each(tables)('law/%s/cases.ts', (_folder, cases) => {
  it.each(cases.map((c) => [`${c.rule} ${c.fires ? 'fires' : 'stays silent'} on ${JSON.stringify(c.profile)}`, c] as const))('%s', (_name, c) => {
    const r = assessmentOf(makeProfile(c.profile)).requirements.find((x) => x.id === c.requirement)
    const got = { status: r?.status ?? 'absent', reasons: r?.reasons.map((x) => x.rule) ?? [] }
    expect(got).toEqual({ status: c.status, reasons: [...c.reasons] })
    expect(got.reasons.includes(c.rule)).toBe(c.fires)
  })
})

describe('the golden tables', () => {
  const all = tables.flatMap(([folder, cases]) => cases.map((c) => ({ folder, ...c })))

  it('give every row a case it fires on and one it stays silent on (a row for every profile is never silent), in its own folder', () => {
    const missing = RULES.flatMap((r) => {
      const own = all.filter((c) => c.rule === r.id && c.requirement === r.requirement)
      const out: string[] = []
      if (!own.some((c) => c.fires)) out.push(`${r.id}: no case it fires on`)
      // A row that holds for every profile (filing.all, the duties of every mini-program) is never silent.
      if (!isAlways(r.when) && !own.some((c) => !c.fires)) out.push(`${r.id}: no case it stays silent on`)
      return out
    })
    expect(missing).toEqual([])
    expect(all.filter((c) => !ROW.has(c.rule)).map((c) => c.rule)).toEqual([])
  })

  it('show each row giving its own status where it is the strongest reason (the status a rule gives, not only that it fires)', () => {
    const wrong = all
      .filter((c) => c.fires)
      .filter((c) => {
        const own = ROW.get(c.rule)?.status ?? 'notRequired'
        const strongest = Math.max(...c.reasons.map((id) => STATUS_STRENGTH[ROW.get(id)?.status ?? 'notRequired']))
        return STATUS_STRENGTH[own] === strongest && c.status !== own
      })
      .map((c) => c.rule)
    expect(wrong).toEqual([])
    // Rows that only ever fire beside a stronger one say why, in the table: today one (AI output paid for is paid content).
    const shadowed = all.filter((c) => c.fires && c.status !== ROW.get(c.rule)?.status).map((c) => c.rule)
    expect(shadowed).toEqual(['b25.ai.paid'])
  })
})
