/** The duties checklist on the result page (issue 23, contract v1.2): 上线前还要做到. */
import { act, fireEvent } from '@testing-library/react'

import { assessProfile } from '@/domain'
import { statusLabel } from '@/domain/contract/labels'
import type { Profile } from '@/domain/contract/types'
import { useWizard } from '@/store'
import { resetTaroMock } from '../setup/taro-mock'
import { openResult, tap } from './result-helpers'

/** A marketplace on WeChat: law duties (privacy, e-commerce, platform …), a platform duty, and one that waits on an answer. */
const MALL: Profile = {
  schemaVersion: 1,
  platforms: ['wechat'],
  operator: { type: 'company', registeredCapital: 10_000_000 },
  activities: ['marketplace', 'coupons'],
  sectors: ['food'],
}
/** A blocked one (60 % foreign forum): the blockers stay first. */
const FORUM: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company', registeredCapital: 2_000_000, foreignShare: 60 }, activities: ['ugc', 'paidContent'], sectors: [] }

const open = openResult
const follows = (a: Element | null, b: Element | null) => a !== null && b !== null && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0

beforeEach(() => resetTaroMock())

it('one row per duty: req-<id> with status-<status>, its name and status in words; platform duties under 平台要求', () => {
  const { plan } = assessProfile(MALL)
  expect(plan.duties.map((d) => d.id)).toEqual(expect.arrayContaining(['privacyRules', 'ecommerceDuties', 'platformDuties', 'privacyDeclaration']))
  const c = open(MALL)
  const section = c.querySelector('#result-duties')
  expect(section?.textContent).toContain('上线前还要做到')
  for (const d of plan.duties) {
    const row = c.querySelector(`#req-${d.id}`)
    expect(row?.closest('#result-duties')).toBe(section)
    expect(row?.getAttribute('class')).toContain(`status-${d.status}`)
    expect(row?.textContent).toContain(`${d.label} · ${statusLabel(d)}`)
    if (d.question !== undefined) expect(row?.textContent).toContain(d.question)
  }
  const heading = c.querySelector('#duties-platform')
  expect(heading?.textContent).toBe('平台要求')
  for (const d of plan.duties) expect(follows(heading, c.querySelector(`#req-${d.id}`))).toBe(d.platform)
})

it('the checklist comes after the steps: never above the headline, the blockers or the first step', () => {
  for (const p of [MALL, FORUM]) {
    const c = open(p)
    const duties = c.querySelector('#result-duties')
    const first = c.querySelector('#result-todo [id^="req-"]')
    expect(first).not.toBeNull()
    expect(follows(first, duties)).toBe(true)
    expect(follows(c.querySelector('#result-headline'), duties)).toBe(true)
    if (assessProfile(p).plan.blockers !== null) expect(follows(c.querySelector('#result-blockers'), duties)).toBe(true)
    for (const card of Array.from(c.querySelectorAll('#result-todo [id^="req-"]'))) expect(follows(card, duties)).toBe(true)
  }
})

it('a tick is saved with the history entry, like a material, and counted in the title', () => {
  const c = open(MALL)
  const total = assessProfile(MALL).plan.duties.length
  expect(c.querySelector('#result-duties')?.textContent).toContain(`已做 0 / ${total}`)
  tap(c, 'req-privacyRules')
  expect(useWizard.getState().history[0].done).toEqual(['d-privacyRules'])
  expect(c.querySelector('#req-privacyRules')?.getAttribute('class')).toContain('duty--done')
  expect(c.querySelector('#req-privacyRules')?.getAttribute('aria-checked')).toBe('true')
  expect(c.querySelector('#result-duties')?.textContent).toContain(`已做 1 / ${total}`)
  tap(c, 'req-privacyRules')
  expect(useWizard.getState().history[0].done).toEqual([])
})

it('folded by default; 依据 unfolds the office and the reasons with their citations; a reason opens its sources', () => {
  const { assessment } = assessProfile(MALL)
  const req = assessment.requirements.find((r) => r.id === 'privacyDeclaration')
  expect(req?.reasons.length).toBeGreaterThan(1)
  const c = open(MALL)
  expect(c.querySelector('#duty-detail-privacyDeclaration')).toBeNull()
  expect(c.querySelector(`#reason-${req?.reasons[0].rule.replace(/\./g, '-')}`)).toBeNull()
  tap(c, 'duty-open-privacyDeclaration')
  const detail = c.querySelector('#duty-detail-privacyDeclaration')
  expect(detail?.textContent).toContain(`监督：${req?.authority}`)
  expect(detail?.textContent).toContain(req?.reasons[0].text)
  expect(detail?.textContent).toMatch(/依据《[^》]+》|依据微信/)
  // The rest a tap further (each tap one small setData).
  expect(detail?.textContent).not.toContain(req?.reasons[1].text)
  tap(c, 'duty-more-privacyDeclaration')
  expect(c.querySelector('#duty-detail-privacyDeclaration')?.textContent).toContain(req?.reasons[1].text)
  const rule = req?.reasons[0].rule.replace(/\./g, '-') ?? ''
  tap(c, `reason-${rule}`)
  expect(c.querySelector(`#rule-${rule} [id^="source-"]`)).not.toBeNull()
  tap(c, 'duty-open-privacyDeclaration')
  expect(c.querySelector('#duty-detail-privacyDeclaration')).toBeNull()
})

it('keyboard and screen reader on H5: the row is a checkbox, 依据 a button, both focusable, Enter and Space work', () => {
  const c = open(MALL)
  const row = c.querySelector('#req-privacyRules') as HTMLElement
  expect(row.getAttribute('role')).toBe('checkbox')
  expect(row.getAttribute('tabindex')).toBe('0')
  expect(row.getAttribute('aria-checked')).toBe('false')
  act(() => {
    fireEvent.keyDown(row, { key: ' ' })
  })
  expect(c.querySelector('#req-privacyRules')?.getAttribute('aria-checked')).toBe('true')
  const more = c.querySelector('#duty-open-privacyRules') as HTMLElement
  expect(more.getAttribute('role')).toBe('button')
  expect(more.getAttribute('tabindex')).toBe('0')
  expect(more.getAttribute('aria-label')).toContain('隐私政策')
  act(() => {
    fireEvent.keyDown(more, { key: 'Enter' })
  })
  expect(c.querySelector('#duty-detail-privacyRules')).not.toBeNull()
})

it('every requirement, whatever its kind, has its card or checklist row with its status class', () => {
  for (const p of [MALL, FORUM, { ...MALL, personalData: [] }, { ...MALL, personalData: ['face' as const, 'children' as const] }]) {
    const { assessment } = assessProfile(p)
    const c = open(p)
    for (const r of assessment.requirements) expect([r.id, c.querySelector(`#req-${r.id}`)?.getAttribute('class') ?? 'missing']).toEqual([r.id, expect.stringContaining(`status-${r.status}`)])
  }
})
