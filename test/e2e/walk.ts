/**
 * Walks the H5 wizard in a browser by the stable ids of issue 4 alone:
 *   home `start`; options `opt-<field>-<value>`; inputs `input-registeredCapital|foreignShare`;
 *   `wizard-next`; result `req-<id>` with `status-<status>`, `eligibility` with `eligible-*`,
 *   `result-ruleset`.
 * Nothing else of the pages is relied on (no text, no layout, no other class) except the
 * selection marks `aria-checked`/`aria-selected`/class `selected`, used only to avoid
 * toggling off a multi-select option that is already chosen.
 */
import fs from 'fs'
import path from 'path'
import type { Page } from 'playwright-core'
import { ANSWER_FIELDS, fromProfile, isVisible, yesNoValue } from '../../src/domain/profile/answers'
import type { Profile, RequirementId, Status } from '../../src/domain/contract/types'
import { ACTIVITIES, AI_MODELS, OPERATOR_TYPES, PERSONAL_DATA, PLATFORMS, SECTORS, UNSURE, YES_NO_FACTS } from '../../src/domain/contract/types'
import type { WorkedExample } from '../fixtures/profiles'

/** Every answer of the table is a contract field: its options `opt-<id>-<value>`, its input `input-<id>`. */
const CONTRACT_FIELDS: readonly string[] = ANSWER_FIELDS.map((f) => f.id)
const INPUT_FIELDS: readonly string[] = ANSWER_FIELDS.filter((f) => f.kind === 'number').map((f) => f.id)

/** What a profile asks the walk to tap and type, by contract id. */
export interface Wanted {
  toggle: string[]
  set: string[]
  inputs: Record<string, string>
}

/**
 * The taps and typing that give this profile, read from the answers table: lists toggle, single
 * and yes/no answers set, numbers are typed as the field takes them (capital in 万元).
 * Nothing is pre-answered in the wizard: a yes/no the profile leaves out is answered by
 * `fallbackTaps` as the contract reads an absent value (否 for operator flags, 不确定 for facts).
 */
export function wantedOf(p: Profile): Wanted {
  const a = fromProfile(p) as Record<string, unknown>
  const w: Wanted = { toggle: [], set: [], inputs: {} }
  for (const f of ANSWER_FIELDS) {
    const value = a[f.id]
    // An answer the wizard does not ask for this profile (e.g. branches and servers of an individual) is not tapped.
    if (value === undefined || !isVisible(f.id, a as Parameters<typeof isVisible>[1])) continue
    if (f.kind === 'multi' && 'none' in f && f.none !== undefined && (value as string[]).length === 0) {
      w.set.push(`opt-${f.id}-${f.none.value}`)
      continue
    }
    if (f.kind === 'multi') w.toggle.push(...(value as string[]).map((v) => `opt-${f.id}-${v}`))
    else if (f.kind === 'yesNo') w.set.push(`opt-${f.id}-${yesNoValue(value)}`)
    else if (f.kind === 'number') w.inputs[`input-${f.id}`] = f.toText(value as number)
    else w.set.push(`opt-${f.id}-${String(value)}`)
  }
  return w
}

/** The answer tapped for a shown yes/no (or AI model) question the profile leaves out. */
export function fallbackTap(id: string): string {
  const f = ANSWER_FIELDS.find((x) => x.id === id)
  if (f === undefined) return ''
  if (f.path[0] === 'facts') return `opt-${id}-unsure`
  return `opt-${id}-no`
}

/** The contract's option and input ids that are visible now, in document order. */
export async function visibleContractIds(page: Page): Promise<string[]> {
  // No named function inside: tsx (esbuild keepNames) would wrap it in a __name() the page lacks.
  return page.evaluate(
    ({ fields, inputs }) =>
      Array.from(document.querySelectorAll<HTMLElement>('[id^="opt-"],[id^="input-"]'))
        .filter(
          (el) =>
            (el.id.startsWith('input-') ? inputs.includes(el.id.slice('input-'.length)) : fields.includes(el.id.split('-')[1])) &&
            el.checkVisibility(),
        )
        .map((el) => el.id),
    { fields: [...CONTRACT_FIELDS], inputs: [...INPUT_FIELDS] as string[] },
  )
}

/** The visible text of the page, on one line, for messages. */
export async function screenText(page: Page, max = 240): Promise<string> {
  const text = await page.evaluate(() => document.body.innerText)
  const line = text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' | ')
  return line.length > max ? `${line.slice(0, max)}…` : line
}

export const byId = (page: Page, id: string) => page.locator(`[id="${id}"]:visible`)

export async function isShown(page: Page, id: string): Promise<boolean> {
  return (await byId(page, id).count()) > 0
}

/** Whether an option shows itself as chosen (aria-checked/aria-selected "true" or class "selected"). */
export async function isSelected(page: Page, id: string): Promise<boolean> {
  return byId(page, id)
    .first()
    .evaluate(
      (el) =>
        el.getAttribute('aria-checked') === 'true' ||
        el.getAttribute('aria-selected') === 'true' ||
        el.classList.contains('selected'),
    )
}

/** Types into a contract input: the element itself if it is a native field, else the field inside it. */
export async function fillInput(page: Page, id: string, text: string): Promise<void> {
  const host = byId(page, id).first()
  const native = await host.evaluate((el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
  const field = native ? host : host.locator('input, textarea').first()
  await field.fill(text)
}

export class WalkError extends Error {
  constructor(
    message: string,
    readonly screenshot?: string,
  ) {
    super(screenshot === undefined ? message : `${message} (screenshot: ${screenshot})`)
  }
}

export interface WalkOptions {
  /** Folder for one screenshot per screen (created). */
  shotsDir: string
  /** At most this many wizard screens before the result must show. */
  maxScreens?: number
  /** Called after each screen is answered (before next) and on the result, e.g. for README shots. */
  onScreen?: (kind: 'home' | 'wizard' | 'review' | 'result', ids: string[], page: Page) => Promise<void>
  /** When the wizard is already open (e.g. after a reload), skip home and start. */
  alreadyInWizard?: boolean
}

export interface WalkLog {
  screens: Array<{ ids: string[]; tapped: string[]; typed: string[]; shot: string }>
}

const WAIT_MS = 10_000

/**
 * A screenshot with page transitions finished. `full`: the whole content, also when it scrolls
 * inside an element (Taro H5 scrolls each page in its own box, which fullPage does not see):
 * the viewport is made as tall as the tallest scroll content for the shot, then put back.
 * Otherwise: the viewport, scrolled to the top.
 */
export async function snap(page: Page, file: string, full: boolean): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const viewport = page.viewportSize()
  const height = await page.evaluate(() => {
    let max = document.documentElement.scrollHeight
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) {
      if (el.scrollTop !== 0) el.scrollTop = 0
      if (el.scrollHeight > el.clientHeight && el.checkVisibility()) {
        const overflow = getComputedStyle(el).overflowY
        if (overflow === 'auto' || overflow === 'scroll') max = Math.max(max, el.scrollHeight)
      }
    }
    window.scrollTo(0, 0)
    return max
  })
  if (!full || viewport === null || height <= viewport.height) {
    // Cropped below the lowest visible content (a short page gives a short picture).
    const bottom = await page.evaluate(() =>
      Math.max(
        0,
        ...Array.from(document.body.querySelectorAll<HTMLElement>('*'))
          .filter((el) => el.children.length === 0 && el.checkVisibility())
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => r.bottom),
      ),
    )
    const vh = viewport?.height ?? 844
    const clipHeight = Math.min(vh, Math.max(200, Math.ceil(bottom + 32)))
    await page.screenshot({ path: file, animations: 'disabled', clip: { x: 0, y: 0, width: viewport?.width ?? 390, height: clipHeight } })
    return
  }
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 8000) })
  try {
    await page.screenshot({ path: file, animations: 'disabled' })
  } finally {
    await page.setViewportSize(viewport)
  }
}

async function shoot(page: Page, dir: string, n: number, name: string): Promise<string> {
  const file = path.join(dir, `${String(n).padStart(2, '0')}-${name}.png`)
  await snap(page, file, true)
  return file
}

/** Waits until the screen shows something other than `before` (ids or text), or the result. */
async function waitForChange(page: Page, beforeIds: string[], beforeText: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS
  while (Date.now() < deadline) {
    if (await isShown(page, 'result-ruleset')) return
    const ids = await visibleContractIds(page)
    if (ids.join(',') !== beforeIds.join(',')) return
    if ((await screenText(page, 100_000)) !== beforeText) return
    await page.waitForTimeout(50)
  }
}

/** Answers one screen: taps wanted options present, types wanted inputs present; repeats while
 *  answering reveals more wanted fields (e.g. a foreign share over 50 % reveals the pilot zone). */
async function answerScreen(page: Page, wanted: Wanted): Promise<{ ids: string[]; tapped: string[]; typed: string[] }> {
  const done = new Set<string>()
  const tapped: string[] = []
  const typed: string[] = []
  for (let pass = 0; pass < 6; pass++) {
    let acted = false
    for (const id of await visibleContractIds(page)) {
      if (done.has(id)) continue
      if (wanted.toggle.includes(id)) {
        done.add(id)
        if (!(await isSelected(page, id))) {
          await byId(page, id).first().click()
          tapped.push(id)
        }
        acted = true
      } else if (wanted.set.includes(id)) {
        done.add(id)
        await byId(page, id).first().click()
        tapped.push(id)
        acted = true
      } else if (id in wanted.inputs) {
        done.add(id)
        await fillInput(page, id, wanted.inputs[id])
        typed.push(`${id}=${wanted.inputs[id]}`)
        acted = true
      }
    }
    if (!acted) {
      // A last look after the page had time to render what the answers reveal.
      await page.waitForTimeout(150)
      const more = (await visibleContractIds(page)).some(
        (id) => !done.has(id) && (wanted.toggle.includes(id) || wanted.set.includes(id) || id in wanted.inputs),
      )
      if (!more) break
    }
  }
  // Questions that must be answered and that the profile leaves out: the contract's reading of "absent".
  for (const id of await visibleContractIds(page)) {
    const m = /^opt-([A-Za-z0-9]+)-(no|unsure)$/.exec(id)
    if (m === null || fallbackTap(m[1]) !== id) continue
    const group = (await visibleContractIds(page)).filter((x) => x.startsWith(`opt-${m[1]}-`))
    let chosen = false
    for (const g of group) if (await isSelected(page, g)) chosen = true
    if (!chosen) {
      await byId(page, id).first().click()
      tapped.push(`${id} (left out by the profile)`)
    }
  }
  return { ids: await visibleContractIds(page), tapped, typed }
}

/**
 * From a fresh page: home → start → each screen answered and next tapped → result.
 * Throws WalkError naming the screen when the wizard does not reach the result.
 */
export async function walk(page: Page, origin: string, profile: Profile, opts: WalkOptions): Promise<WalkLog> {
  fs.mkdirSync(opts.shotsDir, { recursive: true })
  const wanted = wantedOf(profile)
  const log: WalkLog = { screens: [] }
  let n = 0
  if (opts.alreadyInWizard !== true) {
    await page.goto(`${origin}/`)
    try {
      await byId(page, 'start').first().waitFor({ state: 'visible', timeout: WAIT_MS })
    } catch {
      throw new WalkError(`home: no visible #start; the page shows: ${await screenText(page)}`, await shoot(page, opts.shotsDir, n, 'home'))
    }
    await shoot(page, opts.shotsDir, n++, 'home')
    if (opts.onScreen !== undefined) await opts.onScreen('home', [], page)
    const beforeText = await screenText(page, 100_000)
    await byId(page, 'start').first().click()
    await waitForChange(page, [], beforeText)
  }
  const max = opts.maxScreens ?? 12
  for (let screen = 1; screen <= max; screen++) {
    if (await isShown(page, 'result-ruleset')) {
      const shot = await shoot(page, opts.shotsDir, n++, 'result')
      log.screens.push({ ids: [], tapped: [], typed: [], shot })
      if (opts.onScreen !== undefined) await opts.onScreen('result', [], page)
      return log
    }
    if (!(await isShown(page, 'wizard-next'))) {
      // The result may still be loading: give it the usual time before failing.
      try {
        await page.waitForSelector('[id="result-ruleset"]:visible, [id="wizard-next"]:visible', { timeout: WAIT_MS })
      } catch {
        const shot = await shoot(page, opts.shotsDir, n, 'stuck')
        throw new WalkError(`screen ${screen}: neither #wizard-next nor #result-ruleset is visible; the page shows: ${await screenText(page)}`, shot)
      }
      screen--
      continue
    }
    const answered = await answerScreen(page, wanted)
    const name = answered.ids.length > 0 ? `wizard-${answered.ids[0].split('-')[1]}` : 'wizard'
    const shot = await shoot(page, opts.shotsDir, n++, name)
    log.screens.push({ ...answered, shot })
    if (opts.onScreen !== undefined) await opts.onScreen((await isShown(page, 'step-review')) ? 'review' : 'wizard', answered.ids, page)
    const beforeText = await screenText(page, 100_000)
    await byId(page, 'wizard-next').first().click()
    await waitForChange(page, answered.ids, beforeText)
    if (!(await isShown(page, 'result-ruleset'))) {
      const after = await visibleContractIds(page)
      const afterText = await screenText(page, 100_000)
      if ((after.length > 0 && after.join(',') === answered.ids.join(',')) || afterText === beforeText) {
        const stuck = await shoot(page, opts.shotsDir, n, 'next-blocked')
        throw new WalkError(`screen ${screen}: #wizard-next did not advance; the page shows: ${await screenText(page, 400)}`, stuck)
      }
    }
  }
  const shot = await shoot(page, opts.shotsDir, n, 'no-result')
  throw new WalkError(`#result-ruleset not visible after ${max} screens; the last screen shows: ${await screenText(page, 400)}`, shot)
}

/** Every option and input id the contract promises (v1.1), from the domain's value lists. */
export function allContractIds(): string[] {
  const yesNo = ['multiProvince', 'pilotZone', 'dishonestListed', ...YES_NO_FACTS]
  return [
    ...PLATFORMS.map((v) => `opt-platforms-${v}`),
    ...OPERATOR_TYPES.map((v) => `opt-operatorType-${v}`),
    ...ACTIVITIES.map((v) => `opt-activities-${v}`),
    ...SECTORS.map((v) => `opt-sectors-${v}`),
    ...PERSONAL_DATA.map((v) => `opt-personalData-${v}`),
    'opt-personalData-none',
    ...yesNo.flatMap((b) => [`opt-${b}-yes`, `opt-${b}-no`, `opt-${b}-unsure`]),
    'opt-recruitsForOthers-yes',
    'opt-recruitsForOthers-no',
    ...[...AI_MODELS, UNSURE].map((v) => `opt-aiModel-${v}`),
    ...INPUT_FIELDS.map((f) => `input-${f}`),
  ]
}

/**
 * Contract problems seen on the walk's screens: ids never shown, ids shown twice on one screen.
 * A follow-up the profile's answers make irrelevant is not asked (docs/rules.md: derived from the
 * rules), so its ids are not expected; the component tests render every follow-up's options.
 */
export function contractGaps(log: WalkLog, profile: Profile): string[] {
  const seen = new Set(log.screens.flatMap((s) => s.ids))
  const problems: string[] = []
  const answers = fromProfile(profile)
  const notAsked = ANSWER_FIELDS.filter((f) => !isVisible(f.id, answers)).map((f) => `opt-${f.id}-`)
  const never = allContractIds().filter((id) => !seen.has(id) && !notAsked.some((prefix) => id.startsWith(prefix)))
  if (never.length > 0) problems.push(`contract ids never shown on any screen of this walk: ${never.join(' ')}`)
  for (const s of log.screens) {
    const dup = s.ids.filter((id, i) => s.ids.indexOf(id) !== i)
    if (dup.length > 0) problems.push(`ids shown more than once on one screen: ${[...new Set(dup)].join(' ')} (screenshot: ${s.shot})`)
  }
  return problems
}

/** Reads the verdicts on the result page and compares them with a worked example's expectations. */
export async function checkResult(page: Page, ex: WorkedExample, rulesetVersion: string): Promise<string[]> {
  const problems: string[] = []
  const e = ex.expect
  const expected: Array<[RequirementId, Status]> = [
    ['icpFiling', e.icpFiling],
    ['icpLicense', e.icpLicense],
    ['ediLicense', e.ediLicense],
    ...(Object.entries(e.others ?? {}) as Array<[RequirementId, Status]>),
  ]
  for (const [id, status] of expected) {
    const card = byId(page, `req-${id}`)
    if ((await card.count()) === 0) {
      problems.push(`req-${id}: no visible element (expected status-${status})`)
      continue
    }
    const classes = (await card.first().getAttribute('class')) ?? ''
    const statuses = classes.split(/\s+/).filter((c) => c.startsWith('status-'))
    if (!statuses.includes(`status-${status}`)) {
      problems.push(`req-${id}: expected status-${status}, found ${statuses.length > 0 ? statuses.join(' ') : `no status-* class (class="${classes}")`}`)
    }
  }
  const block = byId(page, 'eligibility')
  if (e.eligible === 'noCheck') {
    if ((await block.count()) > 0) {
      problems.push(`eligibility: expected no eligibility block, found one with class="${await block.first().getAttribute('class')}"`)
    }
  } else if (e.eligible !== undefined) {
    const want = e.eligible === true ? 'eligible-yes' : e.eligible === false ? 'eligible-no' : 'eligible-unknown'
    if ((await block.count()) === 0) {
      problems.push(`eligibility: no visible #eligibility (expected ${want})`)
    } else {
      const classes = (await block.first().getAttribute('class')) ?? ''
      const found = classes.split(/\s+/).filter((c) => c.startsWith('eligible-'))
      if (!found.includes(want)) problems.push(`eligibility: expected ${want}, found ${found.length > 0 ? found.join(' ') : `class="${classes}"`}`)
    }
  }
  const ruleset = (await byId(page, 'result-ruleset').first().textContent()) ?? ''
  if (!ruleset.includes(rulesetVersion)) problems.push(`result-ruleset: expected it to show ${rulesetVersion}, it says "${ruleset.trim()}"`)
  return problems
}
