/**
 * The result as a plan (issue 13), checked in Chromium on the result screen a walk ends on:
 * the blockers block is there exactly when the rules core says a needed licence is out of reach,
 * above every requirement card and within the first screen; cards come in the order required,
 * likely, depends/consult, notRequired; no jargon and no garbled step. Returns problems (empty: ok).
 */
import type { Page } from 'playwright-core'
import { assessmentOf } from '../../src/domain/result/assess'
import { PLAN_ORDER, buildPlan } from '../../src/domain/result/plan'
import type { Profile, Status } from '../../src/domain/contract/types'

export async function planChecks(page: Page, profile: Profile, viewportHeight: number): Promise<string[]> {
  const problems: string[] = []
  const plan = buildPlan(profile, assessmentOf(profile))
  const cards = await page.locator('[id^="req-"]:visible').evaluateAll((els) =>
    els.map((e) => ({ id: e.id, cls: e.getAttribute('class') ?? '', top: e.getBoundingClientRect().top + window.scrollY })),
  )
  const ranks = cards.map((c) => PLAN_ORDER[(/status-(\w+)/.exec(c.cls)?.[1] ?? '') as Status])
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1])) problems.push(`plan: cards out of order: ${cards.map((c) => c.id).join(' ')}`)
  const blockers = page.locator('[id="result-blockers"]:visible')
  const shown = (await blockers.count()) > 0
  if (shown !== (plan.blockers !== null)) problems.push(`plan: result-blockers ${shown ? 'shown' : 'missing'}, the rules core says ${plan.blockers !== null ? 'blocked' : 'not blocked'}`)
  if (shown) {
    const top = await blockers.first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY)
    if (top >= viewportHeight) problems.push(`plan: result-blockers starts at ${Math.round(top)} px, below the first screen (${viewportHeight} px)`)
    const above = cards.filter((c) => c.top < top)
    if (above.length > 0) problems.push(`plan: cards above result-blockers: ${above.map((c) => c.id).join(' ')}`)
  }
  const text = await page.locator('body').innerText()
  for (const bad of ['向待确认', '文章 B']) if (text.includes(bad)) problems.push(`plan: the page says "${bad}"`)
  if (/\[[SAB]\d+[a-z]?( · [SAB]\d+[a-z]?)*\]/.test(text)) problems.push('plan: a bare source code [S…] as citation text')
  return problems
}
