/**
 * The command line: JSON or text out; exit 2 on every refusal, with short escaped lines, at
 * most MAX_PROBLEMS problems, never a stack trace, bounded in time and memory.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_INPUT_BYTES, MAX_PROBLEMS, printable, repeatedKeys, runCli } from '../../src/cli/assess'
import type { Assessment } from '../../src/domain/contract/types'
import { WORKED_EXAMPLES, example } from '../fixtures/profiles'

/** The local tsx, without npx's lookup (each spawn costs a node start-up, not a package search). */
const TSX = join(__dirname, '../../node_modules/.bin/tsx')

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
    expect([r.code, r.stderr]).toEqual([0, ''])
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
    // Each reason of the EDI verdict is printed (its citation format belongs to summary.ts).
    const edi = (JSON.parse(run('p.json').stdout) as Assessment).requirements.find((x) => x.id === 'ediLicense')
    for (const reason of edi?.reasons ?? []) expect(r.stdout).toContain(reason.text)
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

describe('assess CLI, hostile input', () => {
  const valid = example(5).profile
  const lines = (stderr: string) => stderr.trimEnd().split('\n')
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |\.ts:\d+|Error:/)

  it('refuses input over 1 MB in one line, even when it is valid JSON', () => {
    files['big.json'] = JSON.stringify(valid) + ' '.repeat(MAX_INPUT_BYTES)
    const r = run('big.json')
    expect([r.code, r.stdout, lines(r.stderr).length]).toEqual([2, '', 1])
    expect(r.stderr).toContain('over 1 MB')
  })

  it('lists at most the first problems, then says how many more', () => {
    files['many.json'] = JSON.stringify({ ...valid, platforms: Array.from({ length: 100 }, () => 'x') })
    const r = run('many.json')
    expect(r.code).toBe(2)
    expect(lines(r.stderr)).toHaveLength(MAX_PROBLEMS + 2)
    expect(lines(r.stderr)[1]).toMatch(/^platforms\.0: must be one of /)
    expect(lines(r.stderr).at(-1)).toBe(`and ${100 - MAX_PROBLEMS} more`)
  })

  it.each([
    ['platforms', { schemaVersion: 1, operator: { type: 'company' }, activities: [], sectors: [] }],
    ['operator.type', { schemaVersion: 1, platforms: ['wechat'], operator: {}, activities: [], sectors: [] }],
    ['activities', { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, sectors: [] }],
  ])('says a missing %s is required', (path, profile) => {
    files['missing.json'] = JSON.stringify(profile)
    const r = run('missing.json')
    expect(r.code).toBe(2)
    expect(lines(r.stderr).slice(1)).toEqual([`${path}: required`])
  })

  it.each([
    ['[]', 'an array'],
    [JSON.stringify([valid]), 'an array'],
    ['null', 'null'],
    ['"profile"', 'a string'],
    ['42', 'a number'],
    ['true', 'a boolean'],
  ])('says the profile must be a JSON object when given %s', (text, kind) => {
    files['x.json'] = text
    const r = run('x.json')
    expect([r.code, r.stderr]).toEqual([2, `assess: the profile must be a JSON object, not ${kind}\n`])
  })

  it('escapes control characters in everything echoed from the input', () => {
    const evil = '\u001b[2J\u001b[31mred\u0007\u202eevil\r\n'
    files['keys.json'] = JSON.stringify({ ...valid, [evil]: 1 })
    files['notjson.json'] = `x${evil}`
    for (const r of [run('keys.json'), run('notjson.json'), run(`nope${evil}.json`)]) {
      expect(r.code).toBe(2)
      for (const l of lines(r.stderr)) expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/)
      expect(r.stderr).toContain('\\u001b')
      noStack(r.stderr)
    }
  })

  it('cuts long echoed text short, never splitting a character', () => {
    expect(printable('a'.repeat(1000)).length).toBeLessThanOrEqual(121)
    expect(printable(`${'a'.repeat(119)}😀😀`)).toBe(`${'a'.repeat(119)}…`)
  })

  it('never shows a stack trace, even when something unexpected throws', () => {
    const odd = runCli(['p.json'], () => null as unknown as string)
    expect([odd.code, lines(odd.stderr).length]).toEqual([2, 1])
    noStack(odd.stderr)
    const thrower = runCli(['p.json'], () => {
      throw new TypeError('boom')
    })
    expect([thrower.code, thrower.stderr]).toEqual([2, 'assess: cannot read p.json (unreadable)\n'])
  })

  it('stays fast and short on 1 MB of hostile JSON', () => {
    const MB = MAX_INPUT_BYTES - 1000
    const hostile = [
      JSON.stringify({ ...valid, platforms: Array.from({ length: MB / 12 }, () => 'x'.repeat(8)) }),
      `{${Array.from({ length: MB / 12 }, (_, i) => `"k${i}":1`).join(',')}}`,
      `${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}`,
      JSON.stringify({ ...valid, facts: { aiModel: 'x'.repeat(MB) } }),
    ]
    for (const text of hostile) {
      files['hostile.json'] = text
      const started = performance.now()
      const r = run('hostile.json')
      expect(performance.now() - started).toBeLessThan(3000)
      expect(r.code).toBe(2)
      expect(lines(r.stderr).length).toBeLessThanOrEqual(MAX_PROBLEMS + 2)
      for (const l of lines(r.stderr)) expect(l.length).toBeLessThan(400)
    }
  })
})

describe('npm run assess (the real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'))
  /** The command as `npm run assess` runs it (tsx on the file), without npm's own start-up for each case. */
  const npm = (args: string[], input?: string) => spawnSync(TSX, ['src/cli/assess.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 })

  it('is what `npm run assess` runs', () => {
    expect(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).scripts.assess).toBe('tsx src/cli/assess.ts')
    const viaNpm = spawnSync('npm', ['run', '--silent', 'assess', '--', '-'], { encoding: 'utf8', input: '{"schemaVersion":1}', timeout: 60_000 })
    expect([viaNpm.status, viaNpm.stderr]).toEqual([2, expect.stringContaining('platforms:')])
  })

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

  it('refuses an endless input without reading it all, and without a stack trace', () => {
    const started = Date.now()
    const r = npm(['/dev/zero'])
    expect([r.status, r.stdout]).toEqual([2, ''])
    expect(r.stderr).toBe('assess: /dev/zero is over 1 MB; a profile is a few hundred bytes\n')
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('exits 2 on a bad profile', () => {
    const bad = npm(['-'], '{"schemaVersion":1}')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('platforms:')
  })
})

describe('assess CLI: what the input gets wrong, said plainly (issue 21)', () => {
  const base = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: [], sectors: [] }

  it('says a number too large for a double (1e400) is too large, not that it is no whole number', () => {
    files['big.json'] = '{"schemaVersion":1,"platforms":["wechat"],"operator":{"type":"company","registeredCapital":1e400},"activities":[],"sectors":[]}'
    const r = run('big.json')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('operator.registeredCapital: number too large')
    expect(r.stderr).not.toMatch(/whole number/)
  })

  it('names up to 20 unknown keys, then "and K more"', () => {
    const o: Record<string, unknown> = { ...base }
    for (let i = 0; i < 60_000; i++) o[`k${i}`] = 1
    files['keys.json'] = JSON.stringify(o)
    const lines = run('keys.json').stderr.trim().split('\n')
    expect(lines).toHaveLength(1 + MAX_PROBLEMS + 1)
    expect(lines.slice(1, 3)).toEqual(['k0: unknown field', 'k1: unknown field'])
    expect(lines[lines.length - 1]).toBe(`and ${60_000 - MAX_PROBLEMS} more`)
  })

  it('names a key given twice, with its path, instead of keeping the last in silence', () => {
    files['dup.json'] = '{"schemaVersion":1,"platforms":["wechat"],"operator":{"type":"company","type":"individual"},"activities":[],"sectors":[],"sectors":["games"]}'
    const r = run('dup.json')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('operator.type: key given more than once')
    expect(r.stderr).toContain('sectors: key given more than once')
    expect(repeatedKeys('{"a":[{"b":1,"b":2}],"c":"\\"x","d":{"e":{}},"d2":{"e":{}}}')).toEqual(['a.0.b'])
    expect(repeatedKeys('{"a\\u0062":1,"ab":2}')).toEqual(['ab'])
    expect(repeatedKeys('['.repeat(100_000) + ']'.repeat(100_000))).toEqual([])
  })
})

describe('npm run assess: input that never comes (issue 21)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-wait-'))
  const assessBin = (args: string[], opts: { input?: string; stdio?: 'pipe' | 'inherit' } = {}) =>
    spawnSync(TSX, ['src/cli/assess.ts', ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ASSESS_WAIT_MS: '500' }, ...opts })

  it('a FIFO with no writer: one clear line and exit 2 after the wait', () => {
    const fifo = join(dir, 'profile.fifo')
    execFileSync('mkfifo', [fifo])
    const started = Date.now()
    const r = assessBin([fifo])
    expect([r.status, r.stdout]).toEqual([2, ''])
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/no complete input from .*profile\.fifo within 0\.5 s/)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('stdin that never sends: one clear line and exit 2 after the wait', async () => {
    const started = Date.now()
    // Standard input stays open and silent (never written, never closed); the command must not wait for it.
    const child = spawn(TSX, ['src/cli/assess.ts', '-'], { env: { ...process.env, ASSESS_WAIT_MS: '500' }, stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise<number | null>((done) => child.on('exit', done))
    child.stdin.destroy()
    expect(stderr).toMatch(/^assess: no complete input from standard input within 0\.5 s [^\n]*\n$/)
    expect(code).toBe(2)
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})
