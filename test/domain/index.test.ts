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

it('the app (pages, components, hooks, store, platform) imports the core through src/domain only', () => {
  const app = ['components', 'flow', 'hooks', 'pages', 'platform', 'store'].flatMap((d) => files(path.join(SRC, d)))
  const deep = app.flatMap((f) => importsOf(f).filter((s) => /(^|\/)domain\/./.test(s)).map((s) => `${rel(f)}: ${s}`))
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
