/**
 * The rules core: bundle src/domain/index.ts with esbuild (minified, valibot and the rule data
 * included), report its size, and time `evaluate` / `assess` over random valid profiles
 * (fast-check `profileArb`, fixed seed) in child processes with `node` and `node --jitless`.
 */
import { execFileSync } from 'child_process'
import { build } from 'esbuild'
import * as fc from 'fast-check'
import fs from 'fs'
import path from 'path'
import zlib from 'zlib'
import { profileArb } from '../test/domain/arbitraries'
import { OUT, ROOT } from './build'

export interface Timing {
  median: number
  p99: number
  max: number
  mean: number
}

export interface CoreResult {
  bundle: string
  bytes: number
  gzip: number
  runs: number
  seed: number
  node: { evaluate: Timing; assess: Timing }
  jitless: { evaluate: Timing; assess: Timing }
}

export const PROFILE_RUNS = 2000
export const SEED = 20261122

export async function benchCore(): Promise<CoreResult> {
  fs.mkdirSync(OUT, { recursive: true })
  const bundle = path.join(OUT, 'core.min.js')
  await build({
    entryPoints: [path.join(ROOT, 'src', 'domain', 'index.ts')],
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2017',
    outfile: bundle,
    logLevel: 'error'
  })
  const code = fs.readFileSync(bundle)
  const profiles = fc.sample(profileArb, { numRuns: PROFILE_RUNS, seed: SEED })
  const profilesFile = path.join(OUT, 'profiles.json')
  fs.writeFileSync(profilesFile, JSON.stringify(profiles))
  const timingScript = path.join(__dirname, 'core-timing.cjs')
  const run = (flags: string[]) =>
    JSON.parse(execFileSync(process.execPath, [...flags, timingScript, bundle, profilesFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))
  const node = run([])
  const jitless = run(['--jitless'])
  return {
    bundle: path.relative(ROOT, bundle),
    bytes: code.length,
    gzip: zlib.gzipSync(code, { level: 9 }).length,
    runs: node.runs,
    seed: SEED,
    node: { evaluate: node.evaluate, assess: node.assess },
    jitless: { evaluate: jitless.evaluate, assess: jitless.assess }
  }
}
