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
  // Measure at the top of the page: Taro H5 scrolls the page in its own container, not the window,
  // so window.scrollY stays 0 while the content moves (a walk that scrolled made every top negative
  // and every "on the first screen" check pass). Every scrolled element goes back to 0 first.
  await page.evaluate(`(${TO_TOP})()`)
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
  // Issue 25: a result that fits in a glance. The headline, every blocker (the whole block, its ways
  // folded) and the first step — its name and what to do — end within the first screen (390×844);
  // the plan's cards up to 通常不需要 (要做的事, 申请资格, 待确认, in status order) within three screens.
  const bottoms = (await page.evaluate(`(${GLANCE})(${JSON.stringify(first?.id ?? null)})`)) as Record<'headline' | 'blockers' | 'head' | 'action' | 'planEnd', number | null>
  for (const [what, px] of [
    ['the headline', bottoms.headline],
    ['the blockers', bottoms.blockers],
    ['the first step\'s name', bottoms.head],
    ['the first step\'s action', bottoms.action],
  ] as const) {
    if (px !== null && px > viewportHeight) problems.push(`glance: ${what} ends at ${Math.round(px)} px, below the first screen (${viewportHeight} px)`)
  }
  if (bottoms.planEnd !== null && bottoms.planEnd > 3 * viewportHeight) {
    problems.push(`glance: the plan's cards (要做的事 to 待确认) end at ${Math.round(bottoms.planEnd)} px, beyond three screens (${3 * viewportHeight} px)`)
  }
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

/**
 * In the page, as plain JavaScript (tsx would wrap a named helper of a compiled function in a
 * `__name` call the page does not have): where the headline, the blockers, the first card's head
 * and its step's action end, and where 通常不需要 starts, in page pixels.
 */
const GLANCE = `function (firstId) {
  var bottom = function (el) { return el === null ? null : el.getBoundingClientRect().bottom + window.scrollY }
  var visible = function (id) { var el = document.getElementById(id); return el !== null && el.getBoundingClientRect().height > 0 ? el : null }
  var card = firstId === null ? null : document.getElementById(firstId)
  var step = card === null ? null : card.querySelector('.step')
  var action = null
  if (step !== null) {
    var text = Array.prototype.find.call(step.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim() !== '' })
    if (text !== undefined) { var range = document.createRange(); range.selectNodeContents(text); action = range.getBoundingClientRect().bottom + window.scrollY }
  }
  // Where the plan's cards end (要做的事, 申请资格, 待确认 — what comes before 通常不需要 in status order).
  var ends = ['result-todo', 'eligibility', 'result-undecided'].map(function (id) { return bottom(visible(id)) }).filter(function (x) { return x !== null })
  return {
    headline: bottom(visible('result-headline')),
    blockers: bottom(visible('result-blockers')),
    head: bottom(card === null ? null : card.querySelector('.card__head')),
    action: action,
    planEnd: ends.length === 0 ? null : Math.max.apply(null, ends),
  }
}`

/** Scrolls the window and every scrolled element back to the top (plain JavaScript, as GLANCE). */
const TO_TOP = `function () {
  window.scrollTo(0, 0)
  Array.prototype.forEach.call(document.querySelectorAll('*'), function (el) { if (el.scrollTop > 0) el.scrollTop = 0 })
}`
