/**
 * The setData walk, run by bench/run.ts as its own jest invocation (bench/setdata/jest.config.js,
 * not part of `npm test`): the compiled WeChat app under miniprogram-simulate via
 * test/compiled/harness.ts, pointed at the bench's product build (BENCH_WEAPP_DIST).
 *
 *  - first render: the setData calls of the home page before any tap (count, bytes);
 *  - the wizard: tap `start`, then on each screen the options of a rich profile that are present
 *    (`opt-<field>-<value>`, bench/setdata/rich-profile.ts), type its numbers (`input-<field>`), tap `wizard-next`, following
 *    navigation, until `result-ruleset` shows; every answer tap's setData calls are counted;
 *  - the result page: its node count, and whether its cards match the rules core.
 *
 * Writes JSON to BENCH_SETDATA_OUT. A wizard that is not built yet (no `wizard-next` after
 * `start`) is reported as n/a, not as a failure.
 */
import fs from 'fs'
import { launch, type MiniProgram, type PageHandle, type SimNode } from '../../test/compiled/harness'
import { evaluate } from '../../src/domain/evaluate'
import type { Profile } from '../../src/domain/types'
import { MAX_PROFILE, RICH_PROFILE } from './rich-profile'

const distDir = process.env.BENCH_WEAPP_DIST
const outFile = process.env.BENCH_SETDATA_OUT

/** The wizard is not there yet: reported as n/a. */
class NotBuilt extends Error {}

interface Tap {
  kind: 'answer' | 'next' | 'start'
  id: string
  route: string
  calls: number
  bytes: number
  /** each call's route, data paths and bytes, when a tap cost more than one call */
  detail?: Array<{ route: string; keys: string[]; bytes: number }>
}

/** Wait for the setData calls an action causes, then until none has come for a few turns. */
async function settle(mp: MiniProgram, action: number): Promise<void> {
  const started = Date.now()
  let seen = -1
  let quietSince = Date.now()
  for (;;) {
    const n = mp.setDataCalls.length
    if (n !== seen) {
      seen = n
      quietSince = Date.now()
    }
    const some = mp.setDataAfter(action).length > 0
    // quiet for 50 ms after the first call, or 400 ms with none at all (a tap that changes nothing)
    if ((some && Date.now() - quietSince >= 50) || Date.now() - started >= 400 && Date.now() - quietSince >= 400) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const classOf = (node: SimNode): string => node.dom.getAttribute('class') ?? (node.dom as HTMLElement).className ?? ''

function optionIds(profile: Profile): Array<{ id: string; multi: boolean }> {
  const o = profile.operator
  const ids: Array<{ id: string; multi: boolean }> = []
  for (const v of profile.platforms) ids.push({ id: `opt-platforms-${v}`, multi: true })
  ids.push({ id: `opt-operatorType-${o.type}`, multi: false })
  for (const v of profile.activities) ids.push({ id: `opt-activities-${v}`, multi: true })
  for (const v of profile.sectors) ids.push({ id: `opt-sectors-${v}`, multi: true })
  const flags: Array<[string, boolean | undefined]> = [
    ['multiProvince', o.multiProvince],
    ['pilotZone', o.pilotZone],
    ['dishonestListed', o.dishonestListed],
    ['recruitsForOthers', profile.recruitsForOthers]
  ]
  for (const [field, value] of flags) if (value !== undefined) ids.push({ id: `opt-${field}-${value ? 'yes' : 'no'}`, multi: false })
  return ids
}

/** Elements rendered for the page (miniprogram-simulate's DOM: one element per WXML node). */
function countNodes(page: PageHandle): number {
  return page.component.dom.querySelectorAll('*').length
}

function tagCounts(page: PageHandle): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const el of Array.from(page.component.dom.querySelectorAll('*'))) counts[el.tagName.toLowerCase()] = (counts[el.tagName.toLowerCase()] ?? 0) + 1
  return counts
}

interface Walk {
  firstRender: { calls: number; bytes: number }
  homeNodes: number
  taps: Tap[]
  /** set once the result page showed */
  done?: {
    screens: number
    untapped: string[]
    resultPage: { route: string; nodes: number; tags: Record<string, number>; cards: number; matchesCore: boolean; mismatches: string[] }
  }
}

/** Launch the app, render the home page, and answer the wizard with `profile` to the result. */
async function walk(profile: Profile, out: Partial<Walk>): Promise<Walk> {
  const taps: Tap[] = []
  out.taps = taps
  const mp = launch(distDir ? { distDir } : {})
  const home = await mp.loadPage('/pages/index/index')
  await settle(mp, 0)
  const first = mp.setDataCalls.filter((c) => c.afterAction === 0 && c.route === 'pages/index/index')
  out.firstRender = { calls: first.length, bytes: first.reduce((n, c) => n + c.bytes, 0) }
  out.homeNodes = countNodes(home)

  const record = async (kind: Tap['kind'], page: PageHandle, id: string, act: () => void) => {
    act()
    const action = mp.actions()
    await settle(mp, action)
    const calls = mp.setDataAfter(action)
    const tap: Tap = { kind, id, route: page.route, calls: calls.length, bytes: calls.reduce((n, c) => n + c.bytes, 0) }
    if (calls.length > 1) tap.detail = calls.map((c) => ({ route: c.route, keys: c.keys.slice(0, 8), bytes: c.bytes }))
    taps.push(tap)
  }

  if (!home.byId('start')) throw new NotBuilt('no start button on the home page')
  const navs = mp.navigations.length
  await record('start', home, 'start', () => home.tap('start'))
  if (mp.navigations.length === navs) throw new NotBuilt('start does not navigate')
  let page = await mp.followNavigation()
  await settle(mp, mp.actions())
  if (!page.byId('wizard-next')) throw new NotBuilt(`no wizard-next on ${page.route}`)

  const answers = optionIds(profile)
  const tapped = new Set<string>()
  const inputs: Array<[string, number | undefined]> = [
    ['input-registeredCapital', profile.operator.registeredCapital],
    ['input-foreignShare', profile.operator.foreignShare]
  ]
  let screens = 0
  while (!page.byId('result-ruleset')) {
    screens += 1
    if (screens > 40) throw new Error(`result-ruleset not reached after 40 screens; ${page.route} shows: ${page.text().slice(0, 300)}`)
    // Repeat until nothing new is offered: an answer can reveal a follow-up question.
    for (let progressed = true; progressed; ) {
      progressed = false
      for (const { id, multi } of answers) {
        if (tapped.has(id)) continue
        const node = page.byId(id)
        if (!node) continue
        tapped.add(id)
        progressed = true
        if (multi && /\bselected\b/.test(classOf(node))) continue
        const p = page
        await record('answer', p, id, () => p.tap(id))
      }
      for (const [id, value] of inputs) {
        if (value === undefined || tapped.has(id) || !page.byId(id)) continue
        tapped.add(id)
        progressed = true
        const p = page
        await record('answer', p, id, () => p.input(id, String(value)))
      }
    }
    if (!page.byId('wizard-next')) throw new Error(`neither wizard-next nor result-ruleset on ${page.route}: ${page.text().slice(0, 300)}`)
    const before = mp.navigations.length
    const text = page.text()
    const p = page
    await record('next', p, 'wizard-next', () => p.tap('wizard-next'))
    if (mp.navigations.length > before) {
      page = await mp.followNavigation()
      await settle(mp, mp.actions())
    } else if (page.text() === text) {
      throw new Error(`wizard-next changed nothing on ${page.route}: ${text.slice(0, 400)}`)
    }
  }
  await settle(mp, mp.actions())

  // The result page against the rules core.
  const expected = evaluate(profile)
  const mismatches: string[] = []
  for (const r of expected.requirements) {
    const card = page.byId(`req-${r.id}`)
    if (!card) mismatches.push(`req-${r.id} missing`)
    else if (!classOf(card).includes(`status-${r.status}`)) mismatches.push(`req-${r.id}: expected status-${r.status}, class "${classOf(card)}"`)
  }
  out.done = {
    screens,
    untapped: answers.filter((a) => !tapped.has(a.id)).map((a) => a.id),
    resultPage: { route: page.route, nodes: countNodes(page), tags: tagCounts(page), cards: expected.requirements.length, matchesCore: mismatches.length === 0, mismatches }
  }
  return out as Walk
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return 0
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

it('walks the compiled wizard and records setData', async () => {
  const result: Record<string, unknown> = { status: 'ok' }
  const rich: Partial<Walk> = {}
  result.profile = { name: 'RICH_PROFILE (bench/setdata/rich-profile.ts)', profile: RICH_PROFILE }
  try {
    const w = await walk(RICH_PROFILE, rich)
    const answerTaps = w.taps.filter((t) => t.kind === 'answer')
    const nextTaps = w.taps.filter((t) => t.kind === 'next')
    result.walk = {
      screens: w.done?.screens,
      answerTaps: answerTaps.length,
      callsPerTap: { max: Math.max(0, ...answerTaps.map((t) => t.calls)), median: median(answerTaps.map((t) => t.calls)) },
      bytesPerTap: { max: Math.max(0, ...answerTaps.map((t) => t.bytes)), median: median(answerTaps.map((t) => t.bytes)) },
      nextTaps: { count: nextTaps.length, maxBytes: Math.max(0, ...nextTaps.map((t) => t.bytes)) },
      untapped: w.done?.untapped ?? []
    }
    result.resultPage = w.done?.resultPage
  } catch (error) {
    if (error instanceof NotBuilt) result.status = `n/a (wizard not built: ${error.message})`
    else result.status = `error: ${(error as Error).message}`
  }
  result.firstRender = rich.firstRender
  result.homeNodes = rich.homeNodes
  result.taps = rich.taps

  // Information only: the longest result page any answers can give.
  if (result.status === 'ok') {
    const max: Partial<Walk> = {}
    try {
      await walk(MAX_PROFILE, max)
      result.maxResultPage = max.done?.resultPage
    } catch (error) {
      result.maxResultPage = { error: (error as Error).message }
    }
  }
  if (outFile) fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n')
  else console.log(JSON.stringify(result, null, 2))
}, 180_000)
