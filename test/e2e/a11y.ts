/**
 * Accessibility checks on one screen of the H5 build: axe-core (the devDependency, injected from
 * node_modules — never fetched) reports no serious or critical violation, and Tab reaches the
 * screen's main action (focus lands on the control itself or its own inner focusable element —
 * never on `<body>`, `<html>` or an element that merely contains it).
 */
import type { Page } from 'playwright-core'

const AXE_PATH = require.resolve('axe-core')

interface AxeNode {
  target: string[]
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

/** axe-core on the page as it is now: serious and critical violations, one line each. */
export async function axeProblems(page: Page, screen: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  if (!loaded) await page.addScriptTag({ path: AXE_PATH })
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((r) => r.violations),
  )) as AxeViolation[]
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: axe ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
    )
}

/**
 * Presses Tab from the top of the page until focus is on `#id` itself or on a focusable element
 * inside it (its own inner control); at most `max` presses. Focus on `<body>`/`<html>` (where it
 * lands when it wraps or when nothing is focusable) or on an ancestor of `#id` never counts: an
 * ancestor "contains" the control but a keyboard user there cannot press it.
 */
export async function tabReaches(page: Page, id: string, max = 80): Promise<string[]> {
  await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    active?.blur()
    window.scrollTo(0, 0)
  })
  await page.locator('body').focus().catch(() => undefined)
  const stops: string[] = []
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab')
    const at = await page.evaluate((target) => {
      // (No named helper in here: tsx would wrap it in a `__name` call the page does not have.)
      const el = document.activeElement
      const name = el === null ? 'nothing' : `${el.tagName.toLowerCase()}${el.id !== '' ? `#${el.id}` : ''}`
      if (el === null || el === document.body || el === document.documentElement) return { hit: false, name }
      const host = document.getElementById(target)
      return { hit: host !== null && (host === el || host.contains(el)), name }
    }, id)
    if (at.hit) return []
    stops.push(at.name)
  }
  const seen = [...new Set(stops)]
  return [`Tab did not reach #${id} within ${max} presses (focus went to ${seen.slice(0, 12).join(', ')}${seen.length > 12 ? ' …' : ''})`]
}

/**
 * Every visible control on the page has a Tab stop: Taro's buttons (`taro-button-core`, tabIndex -1
 * unless given one), native buttons and inputs, and every element with a control's role.
 */
export async function unfocusableControls(page: Page, screen: string): Promise<string[]> {
  const missing = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'taro-button-core, button, input, textarea, [role="button"], [role="checkbox"], [role="radio"], [role="link"], [role="switch"], [role="tab"]',
      ),
    )
      .filter((el) => el.getClientRects().length > 0 && el.tabIndex < 0 && el.closest('[aria-hidden="true"]') === null)
      .map((el) => `${el.tagName.toLowerCase()}${el.id !== '' ? `#${el.id}` : ''}${el.getAttribute('role') !== null ? `[role=${el.getAttribute('role')}]` : ''}`),
  )
  if (missing.length === 0) return []
  return [`${screen}: ${missing.length} control(s) Tab never reaches (tabIndex < 0): ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ' …' : ''}`]
}

/** Tab to `#id` (as tabReaches), then press `key` there: the control must act on the key alone. */
export async function pressOn(page: Page, id: string, key: 'Enter' | ' '): Promise<string[]> {
  const problems = await tabReaches(page, id, 200)
  if (problems.length === 0) await page.keyboard.press(key === ' ' ? 'Space' : key)
  return problems
}

/** The keyboard checks on one screen: a Tab stop on every control, Tab reaching the main action. */
export async function keyboardChecks(page: Page, screen: string, mainAction: string): Promise<string[]> {
  return [...(await unfocusableControls(page, screen)), ...(await tabReaches(page, mainAction, 200)).map((p) => `${screen}: ${p}`)]
}

/** All three checks on one screen: axe, then the keyboard checks. */
export async function screenChecks(page: Page, screen: string, mainAction: string): Promise<string[]> {
  return [...(await axeProblems(page, screen)), ...(await keyboardChecks(page, screen, mainAction))]
}

/** The main action of a walk's screen, by its kind. */
export const mainActionOf = (kind: 'home' | 'wizard' | 'review' | 'result'): string =>
  kind === 'home' ? 'start' : kind === 'result' ? 'result-copy' : 'wizard-next'
