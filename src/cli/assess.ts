/**
 * The command line over the same core the pages use:
 *   npm run --silent assess -- profile.json          prints the assessment as JSON
 *   npm run --silent assess -- - < profile.json      reads the profile from stdin
 *   npm run --silent assess -- --text profile.json   prints a readable zh-CN summary
 * Exit 0 on an assessment; exit 2, with one line per problem on stderr, on bad input.
 */
import { readFileSync } from 'node:fs'
import { assess, formatProblems, summaryText } from '../domain'

const USAGE = 'usage: npm run --silent assess -- [--text] <profile.json | ->'

export interface CliResult {
  code: 0 | 2
  stdout: string
  stderr: string
}

export function runCli(args: readonly string[], read: (path: string) => string): CliResult {
  const text = args.includes('--text')
  const rest = args.filter((a) => a !== '--text')
  if (rest.includes('--help') || rest.includes('-h')) return { code: 0, stdout: `${USAGE}\n`, stderr: '' }
  if (rest.length !== 1 || (rest[0].startsWith('-') && rest[0] !== '-')) return { code: 2, stdout: '', stderr: `${USAGE}\n` }

  const path = rest[0]
  const name = path === '-' ? 'standard input' : path
  let raw: string
  try {
    raw = read(path)
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e)
    return { code: 2, stdout: '', stderr: `assess: cannot read ${name} (${why})\n` }
  }
  let input: unknown
  try {
    input = JSON.parse(raw)
  } catch (e) {
    return { code: 2, stdout: '', stderr: `assess: ${name} is not valid JSON (${e instanceof Error ? e.message : String(e)})\n` }
  }
  const result = assess(input)
  if (!result.ok) {
    const lines = formatProblems(result.problems).map((l) => `${l}\n`)
    return { code: 2, stdout: '', stderr: `assess: the profile was refused:\n${lines.join('')}` }
  }
  const out = text ? summaryText(result.assessment) : JSON.stringify(result.assessment, null, 2)
  return { code: 0, stdout: `${out}\n`, stderr: '' }
}

function readFromDisk(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8')
}

if (require.main === module) {
  const r = runCli(process.argv.slice(2), readFromDisk)
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  process.exitCode = r.code
}
