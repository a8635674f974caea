/**
 * Browser end-to-end test: `npm run test:e2e` (not part of `npm test`).
 *
 * playwright-core drives Debian's Chromium (/usr/bin/chromium, never a downloaded browser) on the
 * H5 build (dist/h5, built first when missing or older than the sources), served from 127.0.0.1
 * by a tiny node http server. Every request not to that server is blocked and fails the test that
 * made it: the app must never use the network.
 *
 * Tests:
 *   - the network guard sees and blocks a deliberate request off 127.0.0.1 (so "no request" means something);
 *   - one walk per worked example (test/fixtures/profiles.ts): start, answer each screen by the
 *     contract ids of issue 4, next until the result, then read the verdicts by id and class;
 *   - one walk of a synthetic profile that uses every field of the id contract (coverageExample);
 *   - answers survive a reload mid-wizard (same screen, same options chosen, and the walk then
 *     finishes with the right verdicts).
 *   - keyboard (issue 25, a11y.ts): on every screen of every walk each visible control has a Tab
 *     stop and Tab lands on the screen's main action itself (never <body>); a keyboard-only test
 *     drives 开始, an option, 下一步 and 上一步 by Enter/Space; the merchants copy by Enter/Space.
 * A screenshot of every screen goes to test-results/e2e/ (git-ignored).
 *
 * Flags (after `--`):
 *   --readme          also write docs/screenshots/{home,wizard,result}.png from walk #5 and
 *                     docs/screenshots/result-<slug>.png from each merchant's walk (390×844, each < 150 KB)
 *   --examples=2,5    only these worked examples, "coverage" for the synthetic one
 *                     (default: 2,5,10,13,24,38,coverage; "all" for every worked example and coverage)
 *   --headed          show the browser (needs a display)
 *   --only=storage    only the guard and the storage tests (storage.ts); --storage=none skips those
 * E2E_DIST=<dir> walks that H5 build as it is instead of building dist/h5 (e.g. an older commit's).
 * Ends with the plain line "N passed, N failed"; exits 1 on any failure.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { assess } from '../../src/domain'
import type { Profile, RequirementId, Status } from '../../src/domain/contract/types'
import { RULESET_VERSION } from '../../src/domain/law/version'
import { WORKED_EXAMPLES, example, type WorkedExample } from '../fixtures/profiles'
import { ensureH5Build } from './build'
import { BLANK_PATH, serveStatic, type StaticServer } from './server'
import { keyboardChecks, mainActionOf, pressOn, screenChecks } from './a11y'
import { MERCHANTS, type Merchant } from './merchants'
import { planChecks } from './result-plan'
import { STORAGE_TESTS } from './storage'
import { byId, checkResult, isShown, contractGaps, isSelected, screenText, snap, visibleContractIds, walk, WalkError } from './walk'

const ROOT = path.resolve(__dirname, '../..')
const SHOTS = path.join(ROOT, 'test-results', 'e2e')
const README_SHOTS = path.join(ROOT, 'docs', 'screenshots')
const CHROMIUM = '/usr/bin/chromium'
const VIEWPORT = { width: 390, height: 844 }
const README_MAX_BYTES = 150 * 1024
const DEFAULT_EXAMPLES = ['2', '5', '10', '13', '24', '38', 'coverage']
/** The walk whose screens go into the README. */
const README_EXAMPLE = 5

const argv = process.argv.slice(2)
const flag = (name: string) => argv.includes(`--${name}`)
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

interface Outcome {
  name: string
  ok: boolean
  ms: number
  problems: string[]
  notes: string[]
}

/** What the browser did that a test must answer for: requests off 127.0.0.1, page errors. */
class Watch {
  outbound: string[] = []
  pageErrors: string[] = []
  consoleErrors: string[] = []
  mark() {
    return { outbound: this.outbound.length, pageErrors: this.pageErrors.length, consoleErrors: this.consoleErrors.length }
  }
}

async function freshPage(context: BrowserContext, server: StaticServer, watch: Watch): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (e) => watch.pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text())
  })
  page.on('websocket', (ws) => {
    if (!ws.url().startsWith(server.origin.replace(/^http/, 'ws'))) watch.outbound.push(`websocket ${ws.url()}`)
  })
  // Clear what earlier tests left, on an empty page of the same origin (the app is not running).
  await page.goto(`${server.origin}${BLANK_PATH}`)
  await page.evaluate(() => {
    localStorage.clear()
    sessionStorage.clear()
  })
  return page
}

async function runTest(name: string, watch: Watch, server: StaticServer, body: (notes: string[]) => Promise<string[]>): Promise<Outcome> {
  const started = Date.now()
  const before = watch.mark()
  const missingBefore = server.missing.length
  const notes: string[] = []
  let problems: string[]
  try {
    problems = await body(notes)
  } catch (e) {
    problems = [e instanceof WalkError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)]
  }
  for (const url of watch.outbound.slice(before.outbound)) problems.push(`network: the app requested ${url} (blocked)`)
  for (const msg of watch.pageErrors.slice(before.pageErrors)) problems.push(`page error: ${msg}`)
  for (const p of server.missing.slice(missingBefore)) problems.push(`404: the app requested ${p}, which the build does not have`)
  for (const msg of watch.consoleErrors.slice(before.consoleErrors)) {
    if (!/Failed to load resource/.test(msg)) notes.push(`console error: ${msg}`)
  }
  const rel = (line: string) => line.split(ROOT + path.sep).join('')
  return { name, ok: problems.length === 0, ms: Date.now() - started, problems: problems.map(rel), notes: notes.map(rel) }
}

function slug(ex: WorkedExample): string {
  return ex.id === 0 ? 'coverage' : `example-${String(ex.id).padStart(2, '0')}`
}

async function walkExample(
  context: BrowserContext,
  server: StaticServer,
  watch: Watch,
  ex: WorkedExample,
  readme: boolean,
): Promise<Outcome> {
  return runTest(`walk ${ex.id === 0 ? 'coverage' : `#${ex.id}`} ${ex.name}`, watch, server, async (notes) => {
    const page = await freshPage(context, server, watch)
    try {
      const dir = path.join(SHOTS, slug(ex))
      fs.rmSync(dir, { recursive: true, force: true })
      const readmeProblems: string[] = []
      const keyboard: string[] = []
      const shootReadme = readme ? readmeShooter(readmeProblems) : undefined
      let n = 0
      const log = await walk(page, server.origin, ex.profile, {
        shotsDir: dir,
        // Every screen (the coverage walk: every follow-up question) keeps each control in reach of Tab.
        onScreen: async (kind, ids, p) => {
          n += 1
          if (shootReadme !== undefined) await shootReadme(kind, ids, p)
          keyboard.push(...(await keyboardChecks(p, `${kind} ${n}`, mainActionOf(kind))))
        },
      })
      notes.push(`${log.screens.length - 1} wizard screens; tapped ${log.screens.flatMap((s) => [...s.tapped, ...s.typed]).join(' ')}`)
      notes.push(`screenshots: ${path.relative(ROOT, dir)}/`)
      const problems = await checkResult(page, ex, RULESET_VERSION)
      // The coverage walk sees every screen with every follow-up question: all contract ids must show.
      if (ex.id === 0) problems.push(...contractGaps(log, ex.profile))
      if (problems.length > 0) problems.push(`result screenshot: ${path.relative(ROOT, log.screens[log.screens.length - 1].shot)}`)
      return [...problems, ...readmeProblems, ...keyboard]
    } finally {
      await page.close()
    }
  })
}

/**
 * README screenshots. From the mall walk (#5): home, the step with 商家入驻, the top of the result.
 * From a merchant's walk (`merchant`: its slug): the top of its result alone, as result-<slug>.png.
 */
function readmeShooter(problems: string[], merchant?: string) {
  let wizardTaken = false
  return async (kind: 'home' | 'wizard' | 'review' | 'result', ids: string[], page: Page) => {
    let file: string | null = null
    if (merchant !== undefined) file = kind === 'result' ? `result-${merchant}.png` : null
    else if (kind === 'home') file = 'home.png'
    else if (kind === 'wizard' && !wizardTaken && ids.includes('opt-activities-marketplace')) {
      wizardTaken = true
      file = 'wizard.png'
    } else if (kind === 'result') file = 'result.png'
    if (file === null) return
    fs.mkdirSync(README_SHOTS, { recursive: true })
    const target = path.join(README_SHOTS, file)
    await snap(page, target, false)
    const size = fs.statSync(target).size
    if (size > README_MAX_BYTES) problems.push(`${path.relative(ROOT, target)} is ${Math.round(size / 1024)} KB (limit 150 KB)`)
  }
}

/** Answers survive a reload mid-wizard: same screen, same options chosen; the walk then finishes right. */
async function reloadTest(context: BrowserContext, server: StaticServer, watch: Watch): Promise<Outcome> {
  const ex = example(2)
  return runTest(`reload mid-wizard keeps the answers (then finishes walk #${ex.id})`, watch, server, async (notes) => {
    const page = await freshPage(context, server, watch)
    const dir = path.join(SHOTS, 'reload')
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    const shot = async (name: string) => {
      const file = path.join(dir, `${name}.png`)
      await snap(page, file, true)
      return path.relative(ROOT, file)
    }
    const problems: string[] = []
    try {
      await page.goto(`${server.origin}/`)
      await byId(page, 'start').first().waitFor({ state: 'visible', timeout: 10_000 })
      await byId(page, 'start').first().click()
      // Answer screen by screen until the activities question, tapping the bakery's answers.
      const taps = ['opt-platforms-wechat', 'opt-operatorType-company', 'opt-activities-ownSales']
      const chosen: string[] = []
      for (let screen = 0; screen < 6; screen++) {
        await page.waitForSelector('[id="wizard-next"]:visible', { timeout: 10_000 })
        const ids = await visibleContractIds(page)
        const here = taps.filter((t) => ids.includes(t) && !chosen.includes(t))
        for (const t of here) {
          if (!(await isSelected(page, t))) await byId(page, t).first().click()
          chosen.push(t)
        }
        if (chosen.includes('opt-activities-ownSales')) break
        const before = await screenText(page, 100_000)
        await byId(page, 'wizard-next').first().click()
        await page.waitForFunction((b) => document.body.innerText !== b, before, { timeout: 10_000 })
      }
      if (!chosen.includes('opt-activities-ownSales')) return [`never reached a screen with opt-activities-ownSales (screenshot: ${await shot('not-found')})`]
      const idsBefore = await visibleContractIds(page)
      const selectedBefore: string[] = []
      for (const id of idsBefore) if (await isSelected(page, id)) selectedBefore.push(id)
      notes.push(`before reload: url ${page.url()}, chosen here: ${selectedBefore.join(' ') || '(none shown)'} (screenshot: ${await shot('1-before-reload')})`)

      await page.reload()
      try {
        await page.waitForSelector('[id="wizard-next"]:visible, [id="start"]:visible', { timeout: 10_000 })
      } catch {
        return [`after reload neither #wizard-next nor #start shows; the page shows: ${await screenText(page)} (screenshot: ${await shot('2-after-reload')})`]
      }
      const after = await shot('2-after-reload')
      if (!(await byId(page, 'wizard-next').count())) {
        return [`after reload the wizard is gone (url ${page.url()}); the page shows: ${await screenText(page)} (screenshot: ${after})`]
      }
      const idsAfter = await visibleContractIds(page)
      if (idsAfter.join(',') !== idsBefore.join(',')) {
        problems.push(
          `after reload the wizard shows another screen: before [${idsBefore.join(' ')}], after [${idsAfter.join(' ')}]; the page shows: ${await screenText(page)} (screenshot: ${after})`,
        )
      }
      const selectedAfter: string[] = []
      for (const id of idsAfter) if (await isSelected(page, id)) selectedAfter.push(id)
      if (selectedAfter.join(',') !== selectedBefore.join(',')) {
        problems.push(`after reload the chosen options differ: before [${selectedBefore.join(' ')}], after [${selectedAfter.join(' ')}] (screenshot: ${after})`)
      }
      if (problems.length > 0) return problems

      // Earlier screens kept their answers too.
      for (const earlier of ['opt-operatorType-company', 'opt-platforms-wechat']) {
        const before = await screenText(page, 100_000)
        await byId(page, 'wizard-back').first().click()
        await page.waitForFunction((b) => document.body.innerText !== b, before, { timeout: 10_000 })
        if (!(await byId(page, earlier).count())) {
          problems.push(`after reload, wizard-back did not reach the screen with ${earlier}; the page shows: ${await screenText(page)} (screenshot: ${await shot(`3-back-${earlier}`)})`)
          return problems
        }
        if (!(await isSelected(page, earlier))) problems.push(`after reload, ${earlier} is no longer chosen (screenshot: ${await shot(`3-back-${earlier}`)})`)
      }
      if (problems.length > 0) return problems

      // Finish from here: options already chosen are left alone, so the result must be the bakery's.
      const log = await walk(page, server.origin, ex.profile, { shotsDir: path.join(dir, 'walk'), alreadyInWizard: true })
      const verdicts = await checkResult(page, ex, RULESET_VERSION)
      if (verdicts.length > 0) verdicts.push(`result screenshot: ${path.relative(ROOT, log.screens[log.screens.length - 1].shot)}`)
      return verdicts
    } finally {
      await page.close()
    }
  })
}

/** The guard itself: a request off 127.0.0.1 made from the app's origin is blocked and reported. */
async function guardTest(context: BrowserContext, server: StaticServer, watch: Watch): Promise<Outcome> {
  return runTest('network guard: a request off 127.0.0.1 is blocked and reported', watch, server, async () => {
    const page = await freshPage(context, server, watch)
    try {
      const probe = 'http://198.51.100.7/e2e-guard-probe' // TEST-NET-2: routes nowhere even unguarded
      const before = watch.outbound.length
      const outcome = await page.evaluate((url) => fetch(url).then(() => 'reached', () => 'failed'), probe)
      const seen = watch.outbound.slice(before)
      watch.outbound.splice(before) // expected: not a problem of this test
      const problems: string[] = []
      if (!seen.some((u) => u.startsWith(probe))) problems.push(`the guard did not see a fetch of ${probe}`)
      if (outcome !== 'failed') problems.push(`a fetch of ${probe} was not blocked (${outcome})`)
      return problems
    } finally {
      await page.close()
    }
  })
}

/**
 * A synthetic profile that uses every field of the id contract (both platforms, every boolean,
 * both inputs, the pilot zone revealed by a foreign share over 50 %, recruiting for others
 * revealed by the recruitment sector). No worked example does; its expected verdicts are the
 * rules core's own (the core is tested elsewhere: this checks the pages show what it says).
 */
function coverageExample(): WorkedExample {
  const profile: Profile = {
    schemaVersion: 1,
    platforms: ['wechat', 'alipay'],
    operator: { type: 'company', registeredCapital: 10_000_000, foreignShare: 60, pilotZone: true, multiProvince: 'unsure', dishonestListed: false },
    activities: ['marketplace', 'classifieds', 'storedValue', 'paidContent', 'saas', 'iotControl', 'aiGenerated'],
    sectors: ['recruitment', 'education', 'games', 'rideHailing'],
    recruitsForOthers: true,
    facts: {
      commission: true,
      storedValueElsewhere: false,
      publications: 'unsure',
      platformFees: true,
      saasHostsTransactions: false,
      ownDevices: true,
      aiModel: 'thirdParty',
      recordedCourses: true,
      inAppPurchases: false,
      ownDrivers: 'unsure',
      approvalsHeld: ['games'],
    },
  }
  return { id: 0, name: '合成：用到 id 契约的每个字段（期望值来自规则核心）', profile, expect: expectFromCore(profile, 'the coverage profile') }
}

/** The verdicts a walk expects, taken from the rules core (never copied from a screen). */
function expectFromCore(profile: Profile, what: string): WorkedExample['expect'] {
  const a = assess(profile)
  if (!a.ok) throw new Error(`${what} is invalid: ${JSON.stringify(a.problems)}`)
  const status = (id: RequirementId) => a.assessment.requirements.find((r) => r.id === id)?.status ?? 'notRequired'
  const others: Partial<Record<RequirementId, Status>> = {}
  for (const r of a.assessment.requirements) if (!['icpFiling', 'icpLicense', 'ediLicense'].includes(r.id)) others[r.id] = r.status
  const e = a.assessment.eligibility
  return {
    icpFiling: status('icpFiling'),
    icpLicense: status('icpLicense'),
    ediLicense: status('ediLicense'),
    others,
    eligible: e === null ? 'noCheck' : e.eligible,
  }
}


/** A merchant of issue 12 as a walk, its verdicts from the rules core. */
function merchantExample(m: Merchant): WorkedExample {
  return { id: 0, name: m.name, profile: m.profile, expect: expectFromCore(m.profile, `merchant ${m.slug}`) }
}

/** A Douyin shop (issue 26): chosen with opt-platforms-douyin, it hears first that Douyin does not take 商家自营. */
export const DOUYIN_SHOP: Profile = {
  schemaVersion: 1,
  platforms: ['douyin'],
  operator: { type: 'company', registeredCapital: 1_000_000, multiProvince: false, dishonestListed: false },
  activities: ['ownSales'],
  sectors: [],
  personalData: ['phone', 'address'],
}

async function douyinWalk(context: BrowserContext, server: StaticServer, watch: Watch): Promise<Outcome> {
  return runTest('douyin shop: opt-platforms-douyin, and Douyin’s closed category as the first blocker', watch, server, async (notes) => {
    const page = await freshPage(context, server, watch)
    try {
      const dir = path.join(SHOTS, 'douyin-shop')
      fs.rmSync(dir, { recursive: true, force: true })
      const log = await walk(page, server.origin, DOUYIN_SHOP, { shotsDir: dir })
      notes.push(`${log.screens.length - 1} wizard screens; tapped ${log.screens.flatMap((s) => [...s.tapped, ...s.typed]).join(' ')}`)
      const problems = await planChecks(page, DOUYIN_SHOP, VIEWPORT.height)
      if (!log.screens.some((s) => s.tapped.includes('opt-platforms-douyin'))) problems.push('wizard: opt-platforms-douyin was not tapped')
      const blockers = byId(page, 'result-blockers')
      const text = (await blockers.count()) > 0 ? await blockers.first().innerText() : ''
      if (!/抖音暂不接入「电商-商家自营」/.test(text)) problems.push(`result: the blockers do not say Douyin does not take 商家自营: "${text.slice(0, 80)}"`)
      return problems
    } finally {
      await page.close()
    }
  })
}

/**
 * One of the five merchants: the walk with axe-core and a Tab check on every screen (home, each
 * wizard step, the review, the result), then history and sources the same way.
 */
async function merchantWalk(context: BrowserContext, server: StaticServer, watch: Watch, m: Merchant, readme: boolean): Promise<Outcome> {
  return runTest(`merchant ${m.slug}: ${m.name} (axe + Tab on every screen)`, watch, server, async (notes) => {
    const page = await freshPage(context, server, watch)
    await page.addInitScript(RECORD_COPIES)
    try {
      const dir = path.join(SHOTS, `merchant-${m.slug}`)
      fs.rmSync(dir, { recursive: true, force: true })
      const a11y: string[] = []
      // --readme: the top of this merchant's result, as it first shows (before the checks below open anything).
      const shootReadme = readme ? readmeShooter(a11y, m.slug) : undefined
      let n = 0
      const log = await walk(page, server.origin, m.profile, {
        shotsDir: dir,
        onScreen: async (kind, ids, p) => {
          n += 1
          if (shootReadme !== undefined) await shootReadme(kind, ids, p)
          a11y.push(...(await screenChecks(p, `${kind} ${n}`, mainActionOf(kind))))
          if (kind === 'wizard' || kind === 'review') {
            // 上一步 and 下一步: one row, same top and height (v1 had them misaligned).
            const [b, x] = await Promise.all([byId(p, 'wizard-back').first().boundingBox(), byId(p, 'wizard-next').first().boundingBox()])
            if (b === null || x === null || Math.abs(b.y - x.y) > 1 || Math.abs(b.height - x.height) > 1) {
              a11y.push(`${kind} ${n}: 上一步 and 下一步 are not aligned (${JSON.stringify(b)} vs ${JSON.stringify(x)})`)
            }
          }
        },
      })
      notes.push(`${log.screens.length - 1} wizard screens; tapped ${log.screens.flatMap((s) => [...s.tapped, ...s.typed]).join(' ')}`)
      const ex = merchantExample(m)
      const problems = await checkResult(page, ex, RULESET_VERSION)
      problems.push(...(await planChecks(page, m.profile, VIEWPORT.height)))
      // The answers used are on the result (依据的回答, then 显示更多 until all show), capital in 万元.
      await byId(page, 'toggle-answers').first().click()
      for (let i = 0; i < 10 && (await byId(page, 'answers-more').count()) > 0; i++) await byId(page, 'answers-more').first().click()
      const used = await screenText(page, 100_000)
      if (m.profile.operator.registeredCapital !== undefined && !used.includes('万元')) problems.push('result: the capital used is not shown in 万元')
      // The result's actions by keyboard alone: Enter on 复制结果文字, Space on 复制分享链接.
      for (const [id, key, want] of [
        ['result-copy', 'Enter', '小程序'],
        ['result-share', ' ', `${server.origin}/`],
      ] as const) {
        const before = await copies(page)
        problems.push(...(await pressOn(page, id, key)).map((p) => `result: ${p}`))
        await page.waitForTimeout(200)
        const after = await copies(page)
        const got = after.length > before.length ? after[after.length - 1] : null
        if (got === null || !got.includes(want)) problems.push(`result: ${key === 'Enter' ? 'Enter' : 'Space'} on #${id} copied ${got === null ? 'nothing' : `"${got.slice(0, 60)}"`}`)
      }
      // History and sources, reached from home.
      for (const [open, screen] of [
        ['open-history', 'history'],
        ['open-sources', 'sources'],
      ] as const) {
        await page.goto(`${server.origin}/`)
        await byId(page, open).first().waitFor({ state: 'visible', timeout: 10_000 })
        await byId(page, open).first().click()
        await byId(page, 'nav-home').first().waitFor({ state: 'visible', timeout: 10_000 })
        await page.waitForTimeout(200)
        await snap(page, path.join(dir, `${String(log.screens.length + (screen === 'history' ? 1 : 2)).padStart(2, '0')}-${screen}.png`), true)
        const action = screen === 'history' ? ((await page.locator('[id^="open-"]:visible').first().getAttribute('id')) ?? 'nav-home') : 'nav-home'
        a11y.push(...(await screenChecks(page, screen, action)))
      }
      notes.push(`screenshots: ${path.relative(ROOT, dir)}/`)
      return [...problems, ...a11y]
    } finally {
      await page.close()
    }
  })
}

/** Records what the app copies (navigator.clipboard.writeText) in window.__copied, for the keyboard checks. */
const RECORD_COPIES = `Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: function (t) {
  window.__copied = (window.__copied || []).concat([String(t)]); return Promise.resolve() } } })`
const copies = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __copied?: string[] }).__copied ?? [])

/**
 * Keyboard only (issue 25): Enter on 开始 opens the wizard, Space ticks an option, Enter on 下一步
 * goes on, Space on 上一步 comes back with the tick kept, Space on 下一步 goes on again. Taro H5's
 * buttons have no Tab stop or key handling of their own: a click-driven walk never notices.
 */
async function keyboardTest(context: BrowserContext, server: StaticServer, watch: Watch): Promise<Outcome> {
  return runTest('keyboard only: Enter/Space on 开始, an option, 下一步 and 上一步', watch, server, async () => {
    const page = await freshPage(context, server, watch)
    const problems: string[] = []
    const expectShown = async (id: string, after: string) => {
      try {
        await byId(page, id).first().waitFor({ state: 'visible', timeout: 5_000 })
        return true
      } catch {
        problems.push(`after ${after}: no #${id}; the page shows ${await screenText(page)}`)
        return false
      }
    }
    try {
      await page.goto(`${server.origin}/`)
      await byId(page, 'start').first().waitFor({ state: 'visible', timeout: 10_000 })
      const steps: Array<[string, 'Enter' | ' ', () => Promise<boolean>]> = [
        ['start', 'Enter', () => expectShown('opt-platforms-wechat', 'Enter on #start')],
        [
          'opt-platforms-wechat',
          ' ',
          async () => {
            const on = await isSelected(page, 'opt-platforms-wechat')
            if (!on) problems.push('Space on #opt-platforms-wechat did not tick it')
            return on
          },
        ],
        ['wizard-next', 'Enter', () => expectShown('opt-operatorType-company', 'Enter on #wizard-next')],
        [
          'wizard-back',
          ' ',
          async () => {
            if (!(await expectShown('opt-platforms-wechat', 'Space on #wizard-back'))) return false
            const on = await isSelected(page, 'opt-platforms-wechat')
            if (!on) problems.push('back on the first step, 微信 is no longer ticked')
            return on
          },
        ],
        ['wizard-next', ' ', () => expectShown('opt-operatorType-company', 'Space on #wizard-next')],
      ]
      for (const [id, key, then] of steps) {
        const missed = await pressOn(page, id, key)
        if (missed.length > 0) {
          problems.push(...missed)
          break
        }
        await page.waitForTimeout(200)
        if (!(await then())) break
      }
      return problems
    } finally {
      await page.close()
    }
  })
}

/** Browser back mid-wizard goes back a step and stays in the wizard; pinch zoom is allowed; a favicon exists. */
async function browserBackTest(context: BrowserContext, server: StaticServer, watch: Watch): Promise<Outcome> {
  return runTest('steps open at top; browser back mid-wizard stays in the wizard; zoom allowed; favicon; 200 % text keeps buttons on one line', watch, server, async () => {
    const page = await freshPage(context, server, watch)
    const problems: string[] = []
    try {
      await page.goto(`${server.origin}/`)
      const viewport = (await page.locator('meta[name="viewport"]').getAttribute('content')) ?? ''
      if (/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/.test(viewport)) problems.push(`viewport forbids zoom: "${viewport}"`)
      if ((await page.locator('link[rel~="icon"]').count()) === 0) problems.push('no favicon link')
      await byId(page, 'start').first().click()
      await byId(page, 'opt-platforms-wechat').first().waitFor({ state: 'visible', timeout: 10_000 })
      await byId(page, 'opt-platforms-wechat').first().click()
      await byId(page, 'wizard-next').first().click()
      await byId(page, 'opt-operatorType-company').first().waitFor({ state: 'visible', timeout: 10_000 })
      await byId(page, 'opt-operatorType-company').first().click()
      await byId(page, 'wizard-next').first().click()
      await byId(page, 'opt-activities-ownSales').first().waitFor({ state: 'visible', timeout: 10_000 })
      // A long step, 下一步 tapped at its bottom: the next step opens at its top.
      await byId(page, 'wizard-next').first().click()
      await byId(page, 'opt-activities-showcase').first().waitFor({ state: 'visible', timeout: 10_000 })
      await page.waitForTimeout(300)
      const scrolled = await page.evaluate(() =>
        Math.max(window.scrollY, ...Array.from(document.querySelectorAll<HTMLElement>('*')).map((el) => el.scrollTop)),
      )
      if (scrolled > 0) problems.push(`the next step opened scrolled down by ${scrolled}px`)
      await page.goBack()
      await page.waitForTimeout(500)
      if (!(await isShown(page, 'wizard-next'))) problems.push(`browser back left the wizard: ${page.url()} shows ${await screenText(page)}`)
      else if (!(await isShown(page, 'opt-activities-ownSales'))) problems.push(`browser back did not return to the previous step; it shows ${await screenText(page)}`)
      await snap(page, path.join(SHOTS, 'browser-back.png'), false)
      // 200 % text (the root font size doubled: Taro's H5 sizes are rem): 上一步 stays on one line.
      await page.evaluate(() => {
        const html = document.documentElement
        html.style.fontSize = `${parseFloat(getComputedStyle(html).fontSize) * 2}px`
      })
      await page.waitForTimeout(300)
      const lines = await page.evaluate(() =>
        ['wizard-back', 'wizard-next'].map((id) => {
          const el = document.getElementById(id)
          if (el === null) return [id, -1] as const
          const r = document.createRange()
          r.selectNodeContents(el)
          const tops = new Set(Array.from(r.getClientRects()).filter((x) => x.width > 0).map((x) => Math.round(x.top)))
          return [id, tops.size] as const
        }),
      )
      for (const [id, n] of lines) if (n !== 1) problems.push(`at 200 % text #${id} shows its label on ${n} lines`)
      await snap(page, path.join(SHOTS, 'text-200.png'), false)
      return problems
    } finally {
      await page.close()
    }
  })
}

function selectedExamples(readme: boolean): WorkedExample[] {
  const wanted = option('examples')
  const tokens = wanted === 'all' ? [...WORKED_EXAMPLES.map((e) => String(e.id)), 'coverage'] : wanted !== undefined ? wanted.split(',') : DEFAULT_EXAMPLES
  if (readme && !tokens.includes(String(README_EXAMPLE))) tokens.push(String(README_EXAMPLE))
  return tokens.map((t) => (t === 'coverage' ? coverageExample() : example(Number(t))))
}

async function main(): Promise<number> {
  const started = Date.now()
  const readme = flag('readme')
  const say = (line: string) => process.stdout.write(`${line}\n`)
  const outcomes: Outcome[] = []
  const finish = () => {
    const passed = outcomes.filter((o) => o.ok).length
    const failed = outcomes.length - passed
    say(`total ${((Date.now() - started) / 1000).toFixed(1)} s`)
    say(`${passed} passed, ${failed} failed`)
    return failed === 0 && passed > 0 ? 0 : 1
  }

  let dist: string
  try {
    // E2E_DIST: walk another H5 build as it is (e.g. an older commit's, to see a new test fail on it).
    dist = process.env.E2E_DIST ?? ensureH5Build(ROOT, (l) => say(`[e2e] ${l}`))
  } catch (e) {
    outcomes.push({ name: 'build dist/h5', ok: false, ms: 0, problems: [String(e)], notes: [] })
    say(`FAIL build dist/h5\n  ${String(e)}`)
    return finish()
  }
  if (!fs.existsSync(CHROMIUM)) {
    outcomes.push({ name: 'chromium', ok: false, ms: 0, problems: [`${CHROMIUM} missing`], notes: [] })
    say(`FAIL ${CHROMIUM} missing: apt-get update && apt-get install -y --no-install-recommends chromium`)
    return finish()
  }
  fs.mkdirSync(SHOTS, { recursive: true })

  const server = await serveStatic(dist)
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'permit-guide-e2e-'))
  const watch = new Watch()
  let context: BrowserContext | null = null
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: !flag('headed'),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'zh-CN',
      serviceWorkers: 'block',
    })
    say(`[e2e] ${CHROMIUM} ${context.browser()?.version() ?? ''} on ${server.origin} (dist/h5)`)
    // Only the local server may be reached; anything else is blocked and blamed on the test running.
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith(`${server.origin}/`)) await route.continue()
      else {
        watch.outbound.push(url)
        await route.abort('blockedbyclient')
      }
    })
    for (const p of context.pages()) await p.close()

    const storageOnly = option('only') === 'storage'
    const walkTests = (): Array<() => Promise<Outcome>> => [
      ...selectedExamples(readme).map((ex) => () => walkExample(context as BrowserContext, server, watch, ex, readme && ex.id === README_EXAMPLE)),
      () => reloadTest(context as BrowserContext, server, watch),
      () => browserBackTest(context as BrowserContext, server, watch),
      () => keyboardTest(context as BrowserContext, server, watch),
      ...(option('merchants') === 'none' ? [] : MERCHANTS).map((m) => () => merchantWalk(context as BrowserContext, server, watch, m, readme)),
      () => douyinWalk(context as BrowserContext, server, watch),
    ]
    const tests: Array<() => Promise<Outcome>> = [
      () => guardTest(context as BrowserContext, server, watch),
      ...(storageOnly ? [] : walkTests()),
      ...(option('storage') === 'none' ? [] : STORAGE_TESTS).map((t) => () =>
        runTest(t.name, watch, server, (notes) =>
          t.body({ context: context as BrowserContext, origin: server.origin, freshPage: () => freshPage(context as BrowserContext, server, watch), shotsDir: path.join(SHOTS, 'storage') }, notes),
        ),
      ),
    ]
    for (const test of tests) {
      const o = await test()
      outcomes.push(o)
      say(`${o.ok ? 'ok  ' : 'FAIL'} ${o.name} (${(o.ms / 1000).toFixed(1)} s)`)
      for (const p of o.problems) say(`     ✗ ${p}`)
      for (const n of o.notes) say(`       ${n}`)
    }
    if (readme) {
      const problems: string[] = []
      // Without a CJK font the pictures show boxes instead of Chinese: refuse to commit those.
      const cjk = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
      if (cjk.status !== 0 || cjk.stdout.trim() === '') {
        problems.push('no Chinese font installed (fc-list :lang=zh is empty): apt-get install -y fonts-wqy-microhei, then run again')
      }
      const merchantShots = option('merchants') === 'none' ? [] : MERCHANTS.map((m) => `result-${m.slug}.png`)
      for (const f of ['home.png', 'wizard.png', 'result.png', ...merchantShots]) {
        const file = path.join(README_SHOTS, f)
        const fresh = fs.existsSync(file) && fs.statSync(file).mtimeMs >= started
        if (fresh) say(`[e2e] ${path.relative(ROOT, file)}: ${Math.round(fs.statSync(file).size / 1024)} KB`)
        else problems.push(`${path.relative(ROOT, file)} not written by this run (${f.startsWith('result-') ? `the merchant walk ${f.slice(7, -4)}` : `walk #${README_EXAMPLE}`} did not reach that screen)`)
      }
      outcomes.push({ name: 'README screenshots', ok: problems.length === 0, ms: 0, problems, notes: [] })
      say(`${problems.length === 0 ? 'ok  ' : 'FAIL'} README screenshots`)
      for (const p of problems) say(`     ✗ ${p}`)
    }
  } catch (e) {
    outcomes.push({ name: 'browser', ok: false, ms: 0, problems: [String(e)], notes: [] })
    say(`FAIL browser: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  } finally {
    if (context !== null) await context.close().catch(() => undefined)
    await server.close()
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
  return finish()
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n0 passed, 1 failed\n`)
    process.exit(1)
  },
)
