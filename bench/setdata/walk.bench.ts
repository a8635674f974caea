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
import { launch, type PageHandle } from '../../test/compiled/harness'
import { classOf, settle, walkWizard, type Action } from '../../test/compiled/walk'
import { assessmentOf } from '../../src/domain/result/assess'
import type { Profile } from '../../src/domain/contract/types'
import { RESULT_URL } from '../../src/routes'
import { encodeShare, toQueryString } from '../../src/domain/profile/share'
import { RULESET_VERSION } from '../../src/domain/law/version'
import { MAX_PROFILE, RICHEST_PROFILE, RICH_PROFILE } from './rich-profile'

const distDir = process.env.BENCH_WEAPP_DIST
const outFile = process.env.BENCH_SETDATA_OUT

/** The wizard is not there yet: reported as n/a. */
class NotBuilt extends Error {}

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
  taps: Action[]
  /** set once the result page showed */
  done?: {
    screens: number
    untapped: string[]
    resultPage: { route: string; nodes: number; tags: Record<string, number>; cards: number; matchesCore: boolean; mismatches: string[] }
  }
}

/** Launch the app, render the home page, and answer the wizard with `profile` to the result. */
async function walk(profile: Profile, out: Partial<Walk>): Promise<Walk> {
  const mp = launch(distDir ? { distDir } : {})
  const home = await mp.loadPage('/pages/index/index')
  await settle(mp, 0)
  const first = mp.setDataCalls.filter((c) => c.afterAction === 0 && c.route === 'pages/index/index')
  out.firstRender = { calls: first.length, bytes: first.reduce((n, c) => n + c.bytes, 0) }
  out.homeNodes = countNodes(home)
  if (!home.byId('start')) throw new NotBuilt('no start button on the home page')

  // The same walk the compiled-output tests make (test/compiled/walk.ts).
  const { page, actions, screens, untapped } = await walkWizard(mp, home, profile)
  out.taps = actions
  await settle(mp, mp.actions())

  // The result page against the rules core.
  const expected = assessmentOf(profile)
  const mismatches: string[] = []
  for (const r of expected.requirements) {
    const card = page.byId(`req-${r.id}`)
    if (!card) mismatches.push(`req-${r.id} missing`)
    else if (!classOf(card).includes(`status-${r.status}`)) mismatches.push(`req-${r.id}: expected status-${r.status}, class "${classOf(card)}"`)
  }
  out.done = {
    screens,
    untapped,
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

  // The richest plan (issue 13's budget): opened by its share link, as a merchant receives it.
  if (result.status === 'ok') {
    try {
      const mp = launch(distDir ? { distDir } : {})
      const page = await mp.loadPage(`${RESULT_URL}?${toQueryString(encodeShare(RICHEST_PROFILE, RULESET_VERSION))}`)
      await page.waitFor(() => page.byId('result-ruleset'))
      result.richestResultPage = { nodes: countNodes(page), cards: assessmentOf(RICHEST_PROFILE).requirements.length }
    } catch (error) {
      result.richestResultPage = { error: (error as Error).message }
    }
  }

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
