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
  const rows = await page.locator('[id^="req-"]:visible').evaluateAll((els) =>
    els.map((e) => ({ id: e.id, cls: e.getAttribute('class') ?? '', top: e.getBoundingClientRect().top + window.scrollY })),
  )
  // Cards (licences and filings) in plan order; the duties are the checklist's rows (class duty).
  const isDutyRow = (c: { cls: string }) => /(^|\s)duty(\s|$)/.test(c.cls)
  const cards = rows.filter((c) => !isDutyRow(c))
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
  // Issue 23: the duties checklist (上线前还要做到): one row per duty, req-<id> with status-<status>,
  // after the first step, which stays on the first screen with the headline and the blockers.
  for (const d of plan.duties) {
    const row = rows.find((c) => c.id === `req-${d.id}`)
    if (row === undefined || !isDutyRow(row)) problems.push(`duties: no checklist row req-${d.id}`)
    else if (!row.cls.split(/\s+/).includes(`status-${d.status}`)) problems.push(`duties: req-${d.id} is "${row.cls}", expected status-${d.status}`)
  }
  const first = cards[0]
  if (first === undefined || first.top >= viewportHeight) problems.push(`plan: the first step is not on the first screen (${first === undefined ? 'none' : `${Math.round(first.top)} px`})`)
  const dutyTops = rows.filter(isDutyRow).map((c) => c.top)
  if (first !== undefined && dutyTops.some((t) => t <= first.top)) problems.push('duties: a checklist row above the first step')
  // Issue 24: the filing draft, with the ICP 备案 step, folded; opened, its codes and its 备注.
  for (const d of assessmentOf(profile).filingDrafts) {
    const block = page.locator(`[id="filing-draft-${d.platform}"]:visible`)
    if ((await block.count()) === 0) {
      problems.push(`draft: no filing-draft-${d.platform}`)
      continue
    }
    const inFiling = await block.first().evaluate((e) => e.closest('[id="req-icpFiling"]') !== null)
    if (!inFiling) problems.push(`draft: filing-draft-${d.platform} is not with the ICP 备案 step`)
    await page.locator(`[id="toggle-filing-draft-${d.platform}"]:visible`).first().click()
    for (let i = 0; i < 5 && (await page.locator(`[id="filing-services-more-${d.platform}"]:visible`).count()) > 0; i++) {
      await page.locator(`[id="filing-services-more-${d.platform}"]:visible`).first().click()
    }
    for (const s of d.serviceContent) {
      if ((await page.locator(`[id="filing-service-${s.code}"]:visible`).count()) === 0) problems.push(`draft: no filing-service-${s.code}`)
    }
    await page.locator(`[id="filing-remark-open-${d.platform}"]:visible`).first().click()
    const remark = page.locator(`[id="filing-remark-${d.platform}"]:visible`)
    if ((await remark.count()) === 0) problems.push(`draft: no filing-remark-${d.platform}`)
    else if (((await remark.first().innerText()) ?? '').trim() !== d.remark) problems.push(`draft: filing-remark-${d.platform} is not the 备注 the rules core wrote`)
  }
  const text = await page.locator('body').innerText()
  for (const bad of ['向待确认', '文章 B']) if (text.includes(bad)) problems.push(`plan: the page says "${bad}"`)
  if (/\[[SAB]\d+[a-z]?( · [SAB]\d+[a-z]?)*\]/.test(text)) problems.push('plan: a bare source code [S…] as citation text')
  return problems
}
