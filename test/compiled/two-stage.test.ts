/**
 * The two stages on the built output (README: Performance). Before the first question a merchant
 * waits for the main package and `ask` (the wizard); `flow` (result, history, sources with the
 * engine, the rulebook and the catalogue) is fetched by the wizard's preload rule while they answer.
 *
 * - by structure, on dist/weapp, dist/alipay and dist/tt: the preload rules, and every file the wizard page
 *   reaches (scripts it requires, styles it imports, templates it imports or includes, components it
 *   declares, transitively) lies in the main package or `ask`;
 * - by running dist/weapp under miniprogram-simulate in a folder that holds only the packages a
 *   client would have downloaded by then: the main package at launch, then each package the preload
 *   rule of an opened page names. The wizard walks with `flow/` absent; the result opens after the
 *   wizard's preload put it there. Without `flow` in that rule the result page cannot load.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { assess, buildPlan } from '../../src/domain'
import { ANSWER_FIELDS } from '../../src/domain/profile'
import { MERCHANTS } from '../e2e/merchants'
import { launch } from './harness'
import { classOf, walkWizard } from './walk'

jest.setTimeout(60_000)

const DIST = path.resolve(__dirname, '../../dist')
type Sub = { root: string; pages: string[] }
type AppJson = { pages: string[]; subPackages?: Sub[]; subpackages?: Sub[]; preloadRule?: Record<string, { network?: string; packages: string[] }>; lazyCodeLoading?: string }
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T
const appJsonOf = (root: string) => readJson<AppJson>(path.join(root, 'app.json'))
const subsOf = (app: AppJson) => app.subPackages ?? app.subpackages ?? []

const targets = {
  weapp: { template: '.wxml', style: '.wxss', script: '.js' },
  alipay: { template: '.axml', style: '.acss', script: '.js' },
  tt: { template: '.ttml', style: '.ttss', script: '.js' },
} as const

/**
 * Every file a page reaches, from its four files: `require("…")` in scripts, `@import` in styles,
 * `src="…"` in templates (import, include, wxs/sjs) and `usingComponents` in configs, transitively.
 */
function reachedFrom(root: string, page: string, ext: (typeof targets)[keyof typeof targets]): Set<string> {
  const seen = new Set<string>()
  const todo = [ext.script, ext.style, ext.template, '.json'].map((e) => path.join(root, `${page}${e}`))
  const resolve = (from: string, ref: string) => (ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(from), ref))
  while (todo.length > 0) {
    const file = todo.pop() as string
    if (seen.has(file) || !fs.existsSync(file)) continue
    seen.add(file)
    const text = fs.readFileSync(file, 'utf8')
    if (file.endsWith(ext.script)) for (const m of text.matchAll(/require\("([^"]+)"\)/g)) todo.push(resolve(file, m[1]))
    if (file.endsWith(ext.style)) for (const m of text.matchAll(/@import\s+"([^"]+)"/g)) todo.push(resolve(file, m[1]))
    if (file.endsWith(ext.template)) for (const m of text.matchAll(/\bsrc="([^"]+)"/g)) todo.push(resolve(file, m[1]))
    if (file.endsWith('.json')) {
      for (const ref of Object.values(readJson<{ usingComponents?: Record<string, string> }>(file).usingComponents ?? {})) {
        const base = resolve(file, ref)
        for (const e of [ext.script, ext.style, ext.template, '.json']) todo.push(`${base}${e}`)
      }
    }
  }
  return seen
}

describe.each(Object.entries(targets))('dist/%s: two stages', (target, ext) => {
  const root = path.join(DIST, target)
  const app = appJsonOf(root)

  it('preloads the wizard from home and the result package from the wizard', () => {
    expect(app.preloadRule?.['pages/index/index']?.packages).toEqual(['ask'])
    expect(app.preloadRule?.['ask/wizard/index']?.packages).toEqual(['flow'])
  })

  it('opens the wizard from the main package and `ask` alone', () => {
    const reached = [...reachedFrom(root, 'ask/wizard/index', ext)].map((f) => path.relative(root, f))
    expect(reached.filter((f) => f.startsWith('ask/sub-common/')).length).toBeGreaterThan(0)
    expect(reached.filter((f) => !f.startsWith('ask/')).length).toBeGreaterThan(0) // the main package's runtime and base template
    expect(reached.filter((f) => f.startsWith('flow/'))).toEqual([])
  })
})

describe('dist/weapp: the wizard runs before the result package has arrived', () => {
  const full = path.join(DIST, 'weapp')
  const app = appJsonOf(full)
  const roots = subsOf(app).map((s) => s.root)
  let dir = ''

  /**
   * What a client holds at launch: the main package only; of the subpackages, only their page
   * templates. miniprogram-simulate compiles every template under its root once, at the first page
   * load, where a client compiles each package as it arrives; Taro's page templates are one-line
   * stubs (`<import src="../../base.wxml"/>` and a call of its template) with no code. Everything
   * else of a subpackage (scripts, styles, configs, its sub-common and sub-vendors) arrives with
   * the preload; the structural test above follows the templates.
   */
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'two-stage-'))
    for (const entry of fs.readdirSync(full)) {
      if (!roots.includes(entry)) fs.cpSync(path.join(full, entry), path.join(dir, entry), { recursive: true })
    }
    for (const sp of subsOf(app)) {
      for (const page of sp.pages) {
        const stub = path.join(sp.root, `${page}.wxml`)
        expect(fs.readFileSync(path.join(full, stub), 'utf8')).toMatch(/^<import src="(\.\.\/)+base\.wxml"\/>\s*<template is="taro_tmpl" data="\{\{root:root\}\}" \/>\s*$/)
        fs.mkdirSync(path.dirname(path.join(dir, stub)), { recursive: true })
        fs.copyFileSync(path.join(full, stub), path.join(dir, stub))
      }
    }
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  /** The client opened `route`: download what its preload rule names. */
  const preloadFor = (route: string) => {
    for (const pkg of app.preloadRule?.[route]?.packages ?? []) fs.cpSync(path.join(full, pkg), path.join(dir, pkg), { recursive: true })
  }
  /** The subpackages that have arrived (their code, not only the page templates). */
  const present = () => roots.filter((r) => fs.existsSync(path.join(dir, r, 'sub-common')) || fs.existsSync(path.join(dir, r, 'sub-vendors.js')))

  it('walks the wizard with main + ask present, opens the result once the wizard preloaded flow, and both share one store', async () => {
    const merchant = MERCHANTS[1]
    const mp = launch({ distDir: dir })
    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText('小程序资质向导')
    expect(present()).toEqual([])
    preloadFor('pages/index/index')
    expect(present()).toEqual(['ask'])

    let wizardShown = ''
    const { page, texts } = await walkWizard(mp, home, merchant.profile, {
      onPage: (p) => {
        if (p.route !== 'ask/wizard/index') return
        // The wizard's first step rendered with the result package still absent.
        if (wizardShown === '') wizardShown = `${present().join(',')}: ${p.text().slice(0, 40)}`
        preloadFor(p.route)
      },
    })
    expect(wizardShown).toMatch(/^ask: .*第 1 \/ 7 步/)
    expect(present()).toEqual(['ask', 'flow'])

    expect(page.route).toBe('flow/result/index')
    const a = assess(merchant.profile)
    if (!a.ok) throw new Error('invalid merchant profile')
    for (const r of a.assessment.requirements) {
      const card = page.byId(`req-${r.id}`)
      expect([r.id, card === undefined ? 'missing' : classOf(card)]).toEqual([r.id, expect.stringContaining(`status-${r.status}`)])
    }

    // One store for both packages: the code they share is copied into each (sub-common) but installed
    // once by the one webpack runtime. An answer given on the result (flow's code) shows on the
    // wizard's review (ask's code) without a reload.
    const q = buildPlan(merchant.profile, a.assessment).open.find((o) => o.questions.length > 0)?.questions[0]
    const field = ANSWER_FIELDS.find((f) => f.id === q?.fact)
    if (q === undefined || field === undefined) throw new Error('the merchant has no question to answer on the result')
    expect(texts[texts.length - 1]).toContain(`${field.short}不确定`)
    page.tap(`ans-${q.fact}-yes`)
    const answered = mp.actions()
    await page.waitFor(() => mp.setDataAfter(answered).length > 0)
    const before = mp.navigations.length
    page.tap('result-edit')
    await page.waitFor(() => mp.navigations.length > before)
    const review = await mp.followNavigation()
    expect(review.route).toBe('ask/wizard/index')
    await review.waitForText(`${field.short}是`)
  })
})
