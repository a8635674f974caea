/**
 * Accessibility checks on one screen of the H5 build: axe-core (the devDependency, injected from
 * node_modules — never fetched) reports no serious or critical violation, and Tab reaches the
 * screen's main action (focus lands on it or inside it).
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

/** Presses Tab from the top of the page until focus is on (or inside) `#id`; at most `max` presses. */
export async function tabReaches(page: Page, id: string, max = 80): Promise<string[]> {
  await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    active?.blur()
    window.scrollTo(0, 0)
  })
  await page.locator('body').focus().catch(() => undefined)
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab')
    const hit = await page.evaluate((target) => {
      const el = document.activeElement
      if (el === null) return false
      const host = document.getElementById(target)
      return host !== null && (host === el || host.contains(el) || el.contains(host))
    }, id)
    if (hit) return []
  }
  const where = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return el === null ? 'nothing' : `${el.tagName.toLowerCase()}#${el.id}.${el.className}`
  })
  return [`Tab did not reach #${id} within ${max} presses (focus ended on ${where})`]
}

/** Both checks on one screen. */
export async function screenChecks(page: Page, screen: string, mainAction: string): Promise<string[]> {
  return [...(await axeProblems(page, screen)), ...(await tabReaches(page, mainAction)).map((p) => `${screen}: ${p}`)]
}
