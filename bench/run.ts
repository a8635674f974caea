/**
 * `npm run bench`: package sizes against the floor (a minimal Taro app built in the same run),
 * setData costs of the compiled WeChat app, and the rules core's speed and size.
 * Prints a table, writes bench/out/bench.json, exits 1 when a size or count budget is broken
 * (bench/budgets.ts), 2 when the bench itself cannot run.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { BUDGETS, type Budget } from './budgets'
import { build, distDir, ensureOut, OUT, PROJECTS, ROOT, TARGETS, type BuildResult, type Target } from './build'
import { benchCore, type CoreResult } from './core'
import { measure, type TargetSizes } from './sizes'

const log = (line = '') => process.stdout.write(line + '\n')
const kib = (bytes: number) => (bytes / 1024).toFixed(1)
const us = (x: number) => x.toFixed(1)

function table(rows: string[][], alignLeft = 1): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows
    .map((r) => r.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd())
    .join('\n')
}

/** Break a long line at ', ' so no line passes `width`; continuation lines start with `indent`. */
function wrap(line: string, indent: string, width = 110): string {
  const out: string[] = []
  let current = ''
  for (const part of line.split(', ')) {
    const next = current === '' ? part : `${current}, ${part}`
    if (next.length > width && current !== '') {
      out.push(`${current},`)
      current = `${indent}${part}`
    } else current = next
  }
  out.push(current)
  return out.join('\n')
}

/** The built app.json's preload rules, as `page → packages`. */
function preloadRules(dir: string): string {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as { preloadRule?: Record<string, { packages: string[] }> }
  const rules = Object.entries(app.preloadRule ?? {})
  return rules.length ? rules.map(([page, r]) => `${page} → ${r.packages.join(', ')}`).join('; ') : 'none'
}

interface SetDataResult {
  status: string
  firstRender?: { calls: number; bytes: number }
  homeNodes?: number
  profile?: { name: string }
  walk?: {
    screens: number
    answerTaps: number
    callsPerTap: { max: number; median: number }
    bytesPerTap: { max: number; median: number }
    nextTaps: { count: number; maxBytes: number }
    untapped: string[]
  }
  taps?: Array<{ kind: string; id: string; calls: number; bytes: number; detail?: Array<{ route: string; keys: string[]; bytes: number }> }>
  resultPage?: { route: string; nodes: number; cards: number; matchesCore: boolean; mismatches: string[] }
  maxResultPage?: { nodes?: number; cards?: number; error?: string }
  richestResultPage?: { nodes?: number; cards?: number; error?: string }
}

function runSetDataWalk(weappDir: string): SetDataResult {
  const out = path.join(OUT, 'setdata.json')
  fs.rmSync(out, { force: true })
  const jest = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js')
  const env: Record<string, string | undefined> = { ...process.env, BENCH_WEAPP_DIST: weappDir, BENCH_SETDATA_OUT: out }
  delete env.NODE_ENV // jest sets NODE_ENV=test, which picks the jest presets in babel.config.js
  const r = spawnSync(process.execPath, [jest, '-c', path.join(__dirname, 'setdata', 'jest.config.js'), '--silent', '--ci'], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  if (!fs.existsSync(out)) {
    const tail = `${r.stdout}\n${r.stderr}`.split('\n').slice(-30).join('\n')
    return { status: `error: the setData walk did not run (jest exit ${r.status}):\n${tail}` }
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')) as SetDataResult
}

interface Check {
  budget: Budget
  value: number | null
  shown: string
  ok: boolean | null
  note?: string
}

async function main(): Promise<number> {
  const started = Date.now()
  ensureOut()
  log(`npm run bench — ${new Date().toISOString()}, node ${process.version}`)
  log('Builds (NODE_ENV=production, each project in bench/out/<project>, the floor is bench/floor):')
  const builds: BuildResult[] = []
  for (const target of TARGETS) {
    builds.push(build(PROJECTS.floor, target, log))
    builds.push(build(PROJECTS.product, target, log))
  }

  const sizes = {} as Record<Target, { product: TargetSizes; floor: TargetSizes }>
  for (const target of TARGETS) {
    sizes[target] = { product: measure(target, distDir(PROJECTS.product, target)), floor: measure(target, distDir(PROJECTS.floor, target)) }
  }

  log('Rules core (esbuild bundle of src/domain/index.ts, minified)...')
  const core: CoreResult = await benchCore()
  log('setData walk (compiled weapp under miniprogram-simulate)...')
  const setData = runSetDataWalk(distDir(PROJECTS.product, 'weapp'))

  // ---- sizes
  log()
  log('## Package size (KiB = 1024 bytes; budgets use the sizes with *.LICENSE.txt)')
  const rows: string[][] = [['target', 'build', 'total', 'total -lic', 'main', 'main -lic', 'main gzip', 'main ÷ floor', 'total ÷ floor']]
  for (const target of TARGETS) {
    const { product, floor } = sizes[target]
    for (const [name, s] of [['floor', floor], ['product', product]] as const) {
      rows.push([
        target,
        name,
        kib(s.total.bytes),
        kib(s.totalNoLicense.bytes),
        kib(s.main.bytes),
        kib(s.mainNoLicense.bytes),
        kib(s.main.gzip),
        name === 'product' ? (s.main.bytes / floor.main.bytes).toFixed(3) : '1',
        name === 'product' ? (s.total.bytes / floor.total.bytes).toFixed(3) : '1'
      ])
    }
  }
  log(table(rows, 2))
  log()
  for (const target of TARGETS) {
    const p = sizes[target].product
    log(`${target} main package: ${p.mainDefinition}`)
    log(`  five largest files of the whole package: ${p.largest.map((f) => `${f.file} ${kib(f.bytes)}`).join(', ')}`)
  }

  // ---- the two stages: what opens the wizard, and what the wizard preloads
  log()
  log('## Two stages (bytes; KiB = 1024; each package with its files, largest first, in KiB)')
  for (const target of ['weapp', 'alipay', 'tt'] as const) {
    const p = sizes[target].product
    const ask = p.subpackages['ask/']
    const flow = p.subpackages['flow/']
    const b = (n: number) => `${n.toLocaleString('en-US')} (${kib(n)} KiB)`
    log(`${target}: main ${b(p.main.bytes)} + ask ${ask ? b(ask.bytes) : 'missing'} = before the first question ${ask ? b(p.main.bytes + ask.bytes) : 'n/a'}; flow ${flow ? b(flow.bytes) : 'missing'}`)
    log(`  preload rules: ${preloadRules(distDir(PROJECTS.product, target))}`)
    // Taro writes each module both subpackages use (and the main package does not) into each of them,
    // under <root>/sub-common/<md5 of its path>; the names say nothing, so they print as one entry.
    const files = (label: string, list: Array<{ file: string; bytes: number }>) => {
      const common = list.filter((f) => /^[^/]+\/sub-common\//.test(f.file))
      const shown = list.filter((f) => !common.includes(f))
      const entries = shown.map((f) => `${f.file} ${kib(f.bytes)}`)
      if (common.length) {
        const bytes = common.reduce((n, c) => n + c.bytes, 0)
        const at = shown.findIndex((f) => f.bytes < bytes)
        entries.splice(at < 0 ? entries.length : at, 0, `${label}/sub-common/* ${kib(bytes)} (${common.length} files: what both subpackages use)`)
      }
      log(wrap(`  ${label} (${list.length} files): ${entries.join(', ')}`, '    '))
    }
    files('main', p.mainSizes)
    for (const root of p.subpackageRoots) files(root.replace(/\/$/, ''), p.subpackageFiles[root])
  }

  // ---- setData
  log()
  log('## setData (compiled weapp, miniprogram-simulate)')
  if (setData.firstRender) log(`first render, home page: ${setData.firstRender.bytes} bytes in ${setData.firstRender.calls} call(s); home page ${setData.homeNodes} nodes`)
  if (setData.walk && setData.resultPage) {
    const w = setData.walk
    log(`wizard walk with ${setData.profile?.name}: ${w.answerTaps} answer taps over ${w.screens} screens`)
    log(`  setData calls per answer tap: max ${w.callsPerTap.max}, median ${w.callsPerTap.median}`)
    log(`  bytes per answer tap: max ${w.bytesPerTap.max}, median ${w.bytesPerTap.median}`)
    log(`  wizard-next taps: ${w.nextTaps.count}, largest ${w.nextTaps.maxBytes} bytes`)
    for (const t of (setData.taps ?? []).filter((x) => x.kind === 'answer' && x.calls > 1)) {
      log(`  ${t.id}: ${t.calls} calls — ${(t.detail ?? []).map((d) => `${d.route} ${d.bytes} B [${d.keys.join(', ')}]`).join('; ')}`)
    }
    const largest = (setData.taps ?? []).filter((x) => x.kind === 'answer').sort((a, b) => b.bytes - a.bytes).slice(0, 3)
    log(`  largest answer taps: ${largest.map((t) => `${t.id} ${t.bytes} B${t.detail ? ` [${t.detail.flatMap((d) => d.keys).slice(0, 4).join(', ')}]` : ''}`).join('; ')}`)
    if (w.untapped.length) log(`  answers of the profile never offered: ${w.untapped.join(', ')}`)
    const r = setData.resultPage
    log(`result page (${r.route}): ${r.nodes} nodes, ${r.cards} requirement cards, matches the rules core: ${r.matchesCore ? 'yes' : `NO (${r.mismatches.join('; ')})`}`)
  }
  const richest = setData.richestResultPage
  if (richest) {
    log(richest.error ? `richest result (RICHEST_PROFILE by share link): not measured: ${richest.error}`
      : `richest result (RICHEST_PROFILE by share link): ${richest.nodes} nodes, ${richest.cards} requirement cards`)
  }
  const max = setData.maxResultPage
  if (max) {
    log(max.error ? `result page with every answer (MAX_PROFILE): not measured: ${max.error}`
      : `result page with every answer (MAX_PROFILE, information only): ${max.nodes} nodes, ${max.cards} requirement cards`)
  }
  if (setData.status !== 'ok') log(`wizard walk: ${setData.status}`)

  // ---- core
  log()
  log(`## Rules core: ${core.bundle} ${kib(core.bytes)} KiB minified, ${kib(core.gzip)} KiB gzip (valibot and rule data included)`)
  log(
    table([
      ['µs per call', `${core.runs} profiles, best of 5 passes`, 'median', 'p99', 'max'],
      ['evaluate', 'node', us(core.node.evaluate.median), us(core.node.evaluate.p99), us(core.node.evaluate.max)],
      ['evaluate', 'node --jitless', us(core.jitless.evaluate.median), us(core.jitless.evaluate.p99), us(core.jitless.evaluate.max)],
      ['assess', 'node', us(core.node.assess.median), us(core.node.assess.p99), us(core.node.assess.max)],
      ['assess', 'node --jitless', us(core.jitless.assess.median), us(core.jitless.assess.p99), us(core.jitless.assess.max)]
    ], 2)
  )

  // ---- budgets
  const walkOk = setData.status === 'ok'
  const notBuilt = setData.status.startsWith('n/a')
  const fromWalk = (value: number | undefined, shown: (v: number) => string): Pick<Check, 'value' | 'shown' | 'note'> =>
    value !== undefined ? { value, shown: shown(value) } : { value: null, shown: notBuilt ? 'n/a (wizard not built)' : 'not measured', note: setData.status }
  const measured: Record<string, Pick<Check, 'value' | 'shown' | 'note'>> = {
    'weapp-main': (() => {
      const v = sizes.weapp.product.main.bytes / sizes.weapp.floor.main.bytes
      return { value: v, shown: `${v.toFixed(3)} (${kib(sizes.weapp.product.main.bytes)} / ${kib(sizes.weapp.floor.main.bytes)} KiB)` }
    })(),
    'alipay-main': (() => {
      const v = sizes.alipay.product.main.bytes / sizes.alipay.floor.main.bytes
      return { value: v, shown: `${v.toFixed(3)} (${kib(sizes.alipay.product.main.bytes)} / ${kib(sizes.alipay.floor.main.bytes)} KiB)` }
    })(),
    'tt-main': (() => {
      const v = sizes.tt.product.main.bytes / sizes.tt.floor.main.bytes
      return { value: v, shown: `${v.toFixed(3)} (${kib(sizes.tt.product.main.bytes)} / ${kib(sizes.tt.floor.main.bytes)} KiB)` }
    })(),
    'weapp-first-question': (() => {
      const ask = sizes.weapp.product.subpackages['ask/']?.bytes
      const home = sizes.weapp.product.main.bytes
      return ask === undefined
        ? { value: null, shown: 'no ask/ subpackage', note: 'app.json lists no ask/ root' }
        : { value: home + ask, shown: `${home + ask} (${kib(home)} + ${kib(ask)} KiB)` }
    })(),
    'weapp-result': (() => {
      const v = sizes.weapp.product.subpackages['flow/']?.bytes
      return v === undefined ? { value: null, shown: 'no flow/ subpackage', note: 'app.json lists no flow/ root' } : { value: v, shown: `${v} (${kib(v)} KiB)` }
    })(),
    'tap-setdata-calls': fromWalk(walkOk ? setData.walk?.callsPerTap.max : undefined, (v) => String(v)),
    'tap-setdata-bytes': fromWalk(walkOk ? setData.walk?.bytesPerTap.max : undefined, (v) => String(v)),
    'first-render-bytes': setData.firstRender
      ? { value: setData.firstRender.bytes, shown: String(setData.firstRender.bytes) }
      : { value: null, shown: 'not measured', note: setData.status },
    'result-nodes': (() => {
      const rich = walkOk ? setData.resultPage?.nodes : undefined
      const most = walkOk ? setData.richestResultPage?.nodes : undefined
      if (rich === undefined || most === undefined) return fromWalk(undefined, (v) => String(v))
      return { value: Math.max(rich, most), shown: `${Math.max(rich, most)} (RICHEST ${most}, RICH ${rich})` }
    })(),
    'assess-jitless': { value: core.jitless.assess.p99 / 1000, shown: `${(core.jitless.assess.p99 / 1000).toFixed(3)} (median ${(core.jitless.assess.median / 1000).toFixed(3)})` }
  }
  const checks: Check[] = BUDGETS.map((budget) => {
    const m = measured[budget.id]
    let ok: boolean | null = m.value === null ? null : m.value <= budget.limit
    // a wizard that exists but cannot be walked leaves its budgets unchecked: that is a failure
    if (m.value === null && budget.asserted && !notBuilt) ok = false
    return { budget, ...m, ok }
  })
  log()
  log('## Budgets (bench/budgets.ts)')
  log(
    table([
      ['budget', 'limit', 'measured', 'result'],
      ...checks.map((c) => [
        c.budget.metric,
        `≤ ${c.budget.limit} ${c.budget.unit}`,
        c.shown,
        !c.budget.asserted ? (c.ok === false ? 'over (report only)' : 'ok (report only)') : c.ok === null ? 'n/a' : c.ok ? 'ok' : 'FAIL'
      ])
    ], 1)
  )
  const broken = checks.filter((c) => c.budget.asserted && c.ok === false)

  const seconds = (Date.now() - started) / 1000
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    seconds,
    builds: builds.map((b) => ({ ...b, dir: path.relative(ROOT, b.dir) })),
    sizes,
    setData,
    core,
    budgets: checks.map((c) => ({ id: c.budget.id, metric: c.budget.metric, limit: c.budget.limit, unit: c.budget.unit, asserted: c.budget.asserted, value: c.value, ok: c.ok, note: c.note }))
  }
  const jsonFile = path.join(OUT, 'bench.json')
  fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n')
  log()
  log(`Wrote ${path.relative(ROOT, jsonFile)} in ${seconds.toFixed(0)} s.`)
  for (const c of broken) {
    log(`BUDGET BROKEN: ${c.budget.metric} is ${c.shown}, limit ≤ ${c.budget.limit} ${c.budget.unit}${c.note ? ` (${c.note.split('\n')[0]})` : ''} — protects: ${c.budget.protects}`)
  }
  if (broken.length === 0) log('All size and count budgets hold.')
  return broken.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`bench could not run: ${error.stack ?? error.message}`)
    process.exit(2)
  }
)
