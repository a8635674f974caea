/**
 * src/domain/index.ts, the core's public face: the only way into the core from the app, and a core
 * that imports nothing from Taro or React. Both are read from the source files.
 *
 * Why one way in: webpack concatenates modules into one scope only when every importer of a
 * module is inside that scope. With the pages, components, hooks and store importing the core
 * through index.ts alone, the whole core (44 modules) becomes one concatenated module of the flow
 * subpackage, and calls between its modules are plain calls instead of `(0,m.f)(…)` across
 * module wrappers: 3,088 bytes less in dist/weapp/flow (issue 9, measured 2026-11-24).
 */
import fs from 'fs'
import path from 'path'
import * as core from '../../src/domain'
import { evaluate } from '../../src/domain/engine/evaluate'

const SRC = path.resolve(__dirname, '../../src')
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []))
const importsOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1])
const rel = (f: string) => path.relative(SRC, f)

it('the app (pages, components, hooks, store, platform) imports the core through src/domain or src/domain/profile only', () => {
  const app = ['ask', 'components', 'flow', 'hooks', 'pages', 'platform', 'store'].flatMap((d) => files(path.join(SRC, d)))
  const deep = app.flatMap((f) => importsOf(f).filter((s) => /(^|\/)domain\/(?!profile$)./.test(s)).map((s) => `${rel(f)}: ${s}`))
  expect(deep).toEqual([])
})

it('the core imports nothing from Taro or React', () => {
  const bad = files(path.join(SRC, 'domain')).flatMap((f) => importsOf(f).filter((s) => /^(@tarojs|react)/.test(s)).map((s) => `${rel(f)}: ${s}`))
  expect(bad).toEqual([])
})

it('re-exports what the app uses, as the modules define it', () => {
  expect(core.evaluate).toBe(evaluate)
  for (const name of ['buildPlan', 'aiBlock', 'personalGuidance', 'searchCategories', 'sourcesText', 'headlineParts', 'RULESET_VERSION', 'encodeShare', 'whatIf']) {
    expect(core).toHaveProperty(name)
  }
})

// ---- the layers (src/domain/index.ts names them) ----

const LAYERS = ['contract', 'profile', 'law', 'engine', 'categories', 'result'] as const
const DOMAIN = path.join(SRC, 'domain')
const layerOf = (file: string): number => LAYERS.indexOf(path.relative(DOMAIN, file).split(path.sep)[0] as (typeof LAYERS)[number])

/** A relative import resolved to its file (index.ts for a folder). */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), spec)
  for (const f of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(f)) return f
  return null
}

it('each layer imports only itself and the layers above it in the list', () => {
  const bad: string[] = []
  for (const f of files(DOMAIN)) {
    const own = layerOf(f)
    if (own < 0) continue // index.ts, the way in
    for (const spec of importsOf(f)) {
      const target = resolveImport(f, spec)
      if (target === null) continue
      const layer = layerOf(target)
      if (layer > own) bad.push(`${rel(f)} (${LAYERS[own]}) imports ${rel(target)} (${LAYERS[layer]})`)
    }
  }
  expect(bad).toEqual([])
})

/** Every source file a module reaches through relative imports (type-only imports included: a safe over-count). */
function reach(entry: string): Set<string> {
  const seen = new Set<string>()
  const todo = [entry]
  while (todo.length > 0) {
    const f = todo.pop() as string
    if (seen.has(f)) continue
    seen.add(f)
    for (const spec of importsOf(f)) {
      const t = resolveImport(f, spec)
      if (t !== null) todo.push(t)
    }
  }
  return seen
}

it('the wizard and the store reach the profile layer only: the law loads with the result', () => {
  const entries = [path.join(SRC, 'store/index.ts'), path.join(SRC, 'ask/wizard/index.tsx')]
  const rulesFolders = /[\\/]domain[\\/](law|engine|result|categories)[\\/]|[\\/]domain[\\/]index\.ts$/
  const bad = entries.flatMap((e) => [...reach(e)].filter((f) => rulesFolders.test(f)).map((f) => `${rel(e)} → ${rel(f)}`))
  expect(bad).toEqual([])
})
