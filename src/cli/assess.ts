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
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { ANSWER_FIELDS, assess, formatProblems, summaryText, type ValidationProblem } from '../domain'

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

/** Thrown by a reader that received no complete input within its wait (a FIFO with no writer, a silent pipe). */
export class WaitTimeoutError extends Error {
  constructor(readonly ms: number) {
    super('timed out')
  }
}

/** How long the command waits for its input: ASSESS_WAIT_MS, else 10 s. */
export function waitMs(): number {
  const n = Number(process.env.ASSESS_WAIT_MS)
  return Number.isFinite(n) && n > 0 ? n : 10_000
}

/** Reads `path` ('-' is stdin) and returns its text; throws TooLargeError past `limit` bytes, WaitTimeoutError after waitMs(). */
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
    if (e instanceof WaitTimeoutError) return refuse(`assess: no complete input from ${name} within ${e.ms / 1000} s (nothing writing to it?); give a file, or pipe the profile in`)
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
  const repeated = repeatedKeys(raw)
  if (repeated.length > 0) {
    const lines = repeated.slice(0, MAX_PROBLEMS).map((p) => printable(`${p}: key given more than once (JSON would keep only the last)`))
    const more = repeated.length - MAX_PROBLEMS
    return refuse('assess: the profile was refused:', ...lines, ...(more > 0 ? [`and ${more} more`] : []))
  }
  const result = assess(input)
  if (!result.ok) {
    const problems = explain(input as Record<string, unknown>, result.problems)
    const lines = formatProblems(problems.slice(0, MAX_PROBLEMS)).map((l) => printable(l))
    const more = problems.length - MAX_PROBLEMS
    return refuse('assess: the profile was refused:', ...lines, ...(more > 0 ? [`and ${more} more`] : []))
  }
  const out = text ? summaryText(result.assessment) : JSON.stringify(result.assessment, null, 2)
  return { code: 0, stdout: `${out}\n`, stderr: '' }
}

/** The keys a profile may have, by object path ('' is the profile itself). */
const KNOWN_KEYS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>([['', new Set(['schemaVersion', 'operator', 'facts'])], ['operator', new Set()], ['facts', new Set()]])
  for (const f of ANSWER_FIELDS) {
    const parent = f.path.length === 1 ? '' : f.path[0]
    m.get(parent)?.add(f.path[f.path.length - 1])
  }
  return m
})()

/**
 * The validator's problems, made plainer: every unknown key is named (the validator stops at
 * the first of an object), and a number too large for a double (1e400 reads as Infinity) says so.
 */
function explain(input: Record<string, unknown>, problems: readonly ValidationProblem[]): ValidationProblem[] {
  const at = (path: string): unknown => path.split('.').reduce<unknown>((x, k) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[k] : undefined), input)
  const out: ValidationProblem[] = []
  for (const p of problems) {
    if (p.message === 'unknown field') continue
    const value = at(p.path)
    out.push(typeof value === 'number' && !Number.isFinite(value) ? { path: p.path, message: 'number too large' } : p)
  }
  const unknown: ValidationProblem[] = []
  for (const [parent, keys] of KNOWN_KEYS) {
    const obj = parent === '' ? input : input[parent]
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) continue
    for (const k of Object.keys(obj)) if (!keys.has(k)) unknown.push({ path: parent === '' ? k : `${parent}.${k}`, message: 'unknown field' })
  }
  return [...unknown, ...out]
}

/**
 * Keys given twice in one object of valid JSON text (JSON.parse silently keeps the last), by path,
 * in order. One pass over the text, no recursion (any depth).
 */
export function repeatedKeys(text: string): string[] {
  interface Frame {
    obj: boolean
    path: string
    keys: Set<string> | null
    index: number
    key: string | null
  }
  const found: string[] = []
  const stack: Frame[] = []
  const childPath = (f: Frame | undefined): string => {
    if (f === undefined) return ''
    const seg = f.obj ? (f.key ?? '') : String(f.index)
    return f.path === '' ? seg : `${f.path}.${seg}`
  }
  let expectKey = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const top = stack[stack.length - 1]
      if (expectKey && top !== undefined && top.obj) {
        const key = JSON.parse(text.slice(i, j + 1)) as string
        top.keys ??= new Set()
        if (top.keys.has(key)) found.push(top.path === '' ? key : `${top.path}.${key}`)
        top.keys.add(key)
        top.key = key
        expectKey = false
      }
      i = j
    } else if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1]
      stack.push({ obj: c === '{', path: childPath(parent), keys: null, index: 0, key: null })
      expectKey = c === '{'
    } else if (c === '}' || c === ']') {
      stack.pop()
    } else if (c === ',') {
      const top = stack[stack.length - 1]
      if (top !== undefined && top.obj) expectKey = true
      else if (top !== undefined) top.index++
    }
  }
  return found
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

/**
 * Read a file or stdin in chunks, stopping as soon as the limit is passed (bounded memory), and
 * waiting at most waitMs() in all (bounded time): stdin and FIFOs are opened non-blocking, so a
 * FIFO with no writer or a pipe that never sends ends in WaitTimeoutError instead of a hang.
 */
export function readFromDisk(path: string, limit: number): string {
  const deadline = Date.now() + waitMs()
  // /dev/stdin opened again gets a non-blocking description of its own (fd 0 is left as it is);
  // a socket cannot be opened again (ENXIO): fd 0 itself then (node makes those non-blocking).
  let fd: number
  if (path !== '-') fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  else {
    try {
      fd = openSync('/dev/stdin', constants.O_RDONLY | constants.O_NONBLOCK)
    } catch {
      fd = 0
    }
  }
  try {
    // A FIFO with no writer yet reads as end-of-file: wait for one until the deadline.
    const fifo = path !== '-' && fstatSync(fd).isFIFO()
    const chunks: Buffer[] = []
    let total = 0
    const buf = Buffer.alloc(64 * 1024)
    for (;;) {
      let n: number
      try {
        n = readSync(fd, buf, 0, buf.length, null)
      } catch (e) {
        // Nothing yet: wait a little and try again, until the deadline.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          if (Date.now() > deadline) throw new WaitTimeoutError(waitMs())
          sleep(5)
          continue
        }
        throw e
      }
      if (n === 0 && fifo && total === 0) {
        if (Date.now() > deadline) throw new WaitTimeoutError(waitMs())
        sleep(5)
        continue
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

/**
 * Standard input when it is a socket (another program spawned this one with a piped stdin): a
 * socket cannot be opened again non-blocking, and a blocking read of one that never sends would
 * never return. Read it as a stream instead, with the same limit and wait.
 */
export function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const timer = setTimeout(() => finish(new WaitTimeoutError(waitMs())), waitMs())
    const finish = (result: string | Error) => {
      clearTimeout(timer)
      stream.removeAllListeners('data')
      stream.pause()
      if (result instanceof Error) reject(result)
      else resolve(result)
    }
    stream.on('data', (c: Buffer) => {
      total += c.length
      if (total > limit) finish(new TooLargeError())
      else chunks.push(c)
    })
    stream.on('end', () => finish(Buffer.concat(chunks).toString('utf8')))
    stream.on('error', (e: Error) => finish(e))
  })
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  let fromSocket: string | Error | undefined
  if (args.includes('-') && fstatSync(0).isSocket()) fromSocket = await readStream(process.stdin, MAX_INPUT_BYTES).catch((e: Error) => e)
  const r = runCli(args, (path, limit) => {
    if (path !== '-' || fromSocket === undefined) return readFromDisk(path, limit)
    if (fromSocket instanceof Error) throw fromSocket
    return fromSocket
  })
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr, () => process.exit(r.code))
}

// Exit once the answer is written: an input that is still open (a silent pipe, a socket) must not keep the command alive.
if (require.main === module) void main()
