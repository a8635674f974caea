/**
 * The command line over the same core the pages use:
 *   npm run --silent assess -- profile.json          prints the assessment as JSON
 *   npm run --silent assess -- - < profile.json      reads the profile from stdin
 *   npm run --silent assess -- --text profile.json   prints a readable zh-CN summary
 * Exit 0 on an assessment; exit 2 on every refusal, with short lines on stderr: at most
 * MAX_PROBLEMS problems (then "and K more"), anything taken from the input escaped and cut
 * short, never a stack trace. Input over MAX_INPUT_BYTES is refused unread beyond the limit,
 * so time and memory stay bounded whatever is fed in (a huge file, /dev/zero, a pipe).
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { assess, formatProblems, summaryText } from '../domain'

const USAGE = 'usage: npm run --silent assess -- [--text] <profile.json | ->'

/** Input larger than this is refused. */
export const MAX_INPUT_BYTES = 1024 * 1024
/** At most this many problems are listed. */
export const MAX_PROBLEMS = 20
/** Anything echoed from the input is cut to this many characters. */
const MAX_ECHO = 120

export interface CliResult {
  code: 0 | 2
  stdout: string
  stderr: string
}

/** Thrown by a reader that met more than `limit` bytes. */
export class TooLargeError extends Error {
  constructor() {
    super('too large')
  }
}

/** Reads `path` ('-' is stdin) and returns its text; throws TooLargeError past `limit` bytes. */
export type Reader = (path: string, limit: number) => string

// C0 and C1 controls, DEL, line/paragraph separators, bidi controls and the BOM: shown as \uXXXX.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** Text from the input made safe for a terminal line: controls escaped, cut short. */
export function printable(s: string, max = MAX_ECHO): string {
  let cut = s.length > max ? s.slice(0, max) : s
  // Never leave half a surrogate pair at the cut.
  if (cut.length < s.length && /[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  const safe = cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return cut.length < s.length ? `${safe}…` : safe
}

const refuse = (...lines: string[]): CliResult => ({ code: 2, stdout: '', stderr: lines.map((l) => `${l}\n`).join('') })

function kindOf(x: unknown): string {
  if (x === null) return 'null'
  if (Array.isArray(x)) return 'an array'
  return `a ${typeof x}`
}

function run(args: readonly string[], read: Reader): CliResult {
  const text = args.includes('--text')
  const rest = args.filter((a) => a !== '--text')
  if (rest.includes('--help') || rest.includes('-h')) return { code: 0, stdout: `${USAGE}\n`, stderr: '' }
  if (rest.length !== 1 || (rest[0].startsWith('-') && rest[0] !== '-')) return refuse(USAGE)

  const path = rest[0]
  const name = path === '-' ? 'standard input' : printable(path)
  let raw: string
  try {
    raw = read(path, MAX_INPUT_BYTES)
  } catch (e) {
    if (e instanceof TooLargeError) return refuse(`assess: ${name} is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; a profile is a few hundred bytes`)
    const code = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : 'unreadable'
    return refuse(`assess: cannot read ${name} (${printable(code, 20)})`)
  }
  if (Buffer.byteLength(raw, 'utf8') > MAX_INPUT_BYTES) return refuse(`assess: ${name} is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; a profile is a few hundred bytes`)

  let input: unknown
  try {
    input = JSON.parse(raw)
  } catch (e) {
    return refuse(`assess: ${name} is not valid JSON (${printable(e instanceof Error ? e.message : String(e))})`)
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse(`assess: the profile must be a JSON object, not ${kindOf(input)}`)
  }
  const result = assess(input)
  if (!result.ok) {
    const lines = formatProblems(result.problems.slice(0, MAX_PROBLEMS)).map((l) => printable(l))
    const more = result.problems.length - MAX_PROBLEMS
    return refuse('assess: the profile was refused:', ...lines, ...(more > 0 ? [`and ${more} more`] : []))
  }
  const out = text ? summaryText(result.assessment) : JSON.stringify(result.assessment, null, 2)
  return { code: 0, stdout: `${out}\n`, stderr: '' }
}

export function runCli(args: readonly string[], read: Reader): CliResult {
  try {
    return run(args, read)
  } catch (e) {
    // Never a stack trace: one line, and the refusal exit code.
    return refuse(`assess: internal error (${printable(e instanceof Error ? e.message : String(e))})`)
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** Read a file or stdin in chunks, stopping as soon as the limit is passed (bounded memory). */
export function readFromDisk(path: string, limit: number): string {
  const fd = path === '-' ? 0 : openSync(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    const buf = Buffer.alloc(64 * 1024)
    for (;;) {
      let n: number
      try {
        n = readSync(fd, buf, 0, buf.length, null)
      } catch (e) {
        // A non-blocking stdin with nothing yet: wait a little and try again.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          sleep(5)
          continue
        }
        throw e
      }
      if (n === 0) break
      total += n
      if (total > limit) throw new TooLargeError()
      chunks.push(Buffer.from(buf.subarray(0, n)))
    }
    return Buffer.concat(chunks).toString('utf8')
  } finally {
    if (fd !== 0) closeSync(fd)
  }
}

if (require.main === module) {
  const r = runCli(process.argv.slice(2), readFromDisk)
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  process.exitCode = r.code
}
