/** The command line: JSON or text out, exit 2 with one line per problem on bad input. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/assess'
import type { Assessment } from '../../src/domain/types'
import { WORKED_EXAMPLES, example } from '../fixtures/profiles'

const files: Record<string, string> = {}
const reader = (path: string) => {
  if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
  return files[path]
}
const run = (...args: string[]) => runCli(args, reader)

describe('assess CLI', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))('answers worked example #%i as §7 says', (_id, ex) => {
    files['p.json'] = JSON.stringify(ex.profile)
    const r = run('p.json')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const a = JSON.parse(r.stdout) as Assessment
    const s = (id: string) => a.requirements.find((x) => x.id === id)?.status
    expect([s('icpFiling'), s('icpLicense'), s('ediLicense')]).toEqual([ex.expect.icpFiling, ex.expect.icpLicense, ex.expect.ediLicense])
    for (const r2 of a.requirements) for (const reason of r2.reasons) expect(reason.sources.length).toBeGreaterThan(0)
  })

  it('prints a readable zh-CN summary with --text', () => {
    files['p.json'] = JSON.stringify(example(5).profile)
    const r = run('--text', 'p.json')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('需要：ICP 备案 + EDI 许可证')
    expect(r.stdout).toContain('[S4, A1b, S21, S20]')
  })

  it('refuses a bad profile with exit 2 and each problem by path, no stack trace', () => {
    files['bad.json'] = JSON.stringify({ schemaVersion: 1, platforms: [], operator: { type: 'company', foreignShare: 150 }, activities: [], sectors: [] })
    const r = run('bad.json')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('platforms: must name at least one platform')
    expect(r.stderr).toContain('operator.foreignShare: must be between 0 and 100')
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it('says in one line when the file cannot be read or is not JSON', () => {
    const missing = run('nope.json')
    expect([missing.code, missing.stderr.trim().split('\n').length]).toEqual([2, 1])
    expect(missing.stderr).toContain('cannot read nope.json (ENOENT)')
    files['broken.json'] = '{"schemaVersion": 1,'
    const broken = run('broken.json')
    expect([broken.code, broken.stderr.trim().split('\n').length]).toEqual([2, 1])
    expect(broken.stderr).toContain('broken.json is not valid JSON')
  })

  it('shows usage and exits 2 without a file', () => {
    expect(run().code).toBe(2)
    expect(run().stderr).toMatch(/^usage:/)
  })
})

describe('npm run assess (the real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'))
  const npm = (args: string[], input?: string) =>
    spawnSync('npm', ['run', '--silent', 'assess', '--', ...args], { encoding: 'utf8', input, timeout: 60_000 })

  it('reads a file and prints the assessment; reads stdin with -', () => {
    const file = join(dir, 'mall.json')
    writeFileSync(file, JSON.stringify(example(5).profile))
    const fromFile = npm([file])
    expect(fromFile.status).toBe(0)
    const a = JSON.parse(fromFile.stdout) as Assessment
    expect(a.requirements.find((r) => r.id === 'ediLicense')?.status).toBe('required')
    const fromStdin = npm(['-'], JSON.stringify(example(5).profile))
    expect(fromStdin.status).toBe(0)
    expect(JSON.parse(fromStdin.stdout)).toEqual(a)
  })

  it('exits 2 on a bad profile', () => {
    const bad = npm(['-'], '{"schemaVersion":1}')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('platforms:')
  })
})
