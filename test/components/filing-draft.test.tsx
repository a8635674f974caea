/** The filing draft on the result page (issue 24, contract v1.2 `filingDrafts`): with the ICP 备案 step, folded, each field copied. */
import { act } from '@testing-library/react'
import Taro from '@tarojs/taro'

import { assessProfile } from '@/domain'
import type { Profile } from '@/domain/contract/types'
import { COPY_FAILED_MESSAGE } from '@/platform/clipboard'
import { resetTaroMock } from '../setup/taro-mock'
import { openResult, tap } from './result-helpers'

/** A clinic on both platforms: a 前置审批 (医疗保健), alternatives, an Alipay note. */
const CLINIC: Profile = {
  schemaVersion: 1,
  platforms: ['wechat', 'alipay'],
  operator: { type: 'company', registeredCapital: 2_000_000 },
  activities: ['showcase', 'leadForm', 'ugc'],
  sectors: ['medicalInstitution'],
  facts: { approvalsHeld: ['medicalInstitution'] },
}
const BAKERY: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['ownSales'], sectors: ['food'] }
const ALIPAY_ONLY: Profile = { ...BAKERY, platforms: ['alipay'] }

const open = openResult
const text = (c: HTMLElement, id: string) => c.querySelector(`#${id}`)?.textContent ?? ''
const setClipboard = Taro.setClipboardData as unknown as jest.Mock

beforeEach(() => {
  resetTaroMock()
  setClipboard.mockReset()
  setClipboard.mockResolvedValue({ errMsg: 'setClipboardData:ok' })
  // The browser's own clipboard is absent under jsdom: copying goes to Taro's call.
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
})

it('sits in the ICP 备案 card, folded to one line: nothing of the form until opened', () => {
  const c = open(CLINIC)
  const draft = c.querySelector('#filing-draft-wechat')
  expect(draft?.closest('#req-icpFiling')).not.toBeNull()
  expect(text(c, 'toggle-filing-draft-wechat')).toContain('填写备案表单')
  expect(c.querySelector('[id^="filing-service-"], [id^="filing-preapproval-"], #filing-remark-wechat')).toBeNull()
})

it('opened: each service type and 前置审批 with its code and its own 复制, the 备注, the snapshot, alternatives; materials and notes a tap further', () => {
  const { assessment } = assessProfile(CLINIC)
  const d = assessment.filingDrafts[0]
  expect(d.preApprovals.some((x) => x.code !== 24)).toBe(true)
  const c = open(CLINIC)
  tap(c, 'toggle-filing-draft-wechat')
  for (let i = 0; i < 5 && c.querySelector('#filing-services-more-wechat') !== null; i++) tap(c, 'filing-services-more-wechat')
  const draft = text(c, 'filing-draft-wechat')
  expect(draft).toContain(d.snapshot)
  for (const s of d.serviceContent) {
    expect(text(c, `filing-service-${s.code}`)).toContain(`${s.parent} › ${s.name}（${s.code}）`)
    for (const alt of s.alternatives) expect(text(c, `filing-service-${s.code}`)).toContain(`${alt.name}（${alt.code}）`)
    expect(c.querySelector(`#filing-service-${s.code} #copy-service-${s.code}`)).not.toBeNull()
  }
  // 前置审批 and 备注 a tap further each (opening sends the service types alone).
  expect(c.querySelector('[id^="filing-preapproval-"], #filing-remark-wechat')).toBeNull()
  expect(text(c, 'filing-preapprovals-wechat')).toContain(`前置审批（${d.preApprovals.length} 项）`)
  tap(c, 'filing-preapprovals-wechat')
  tap(c, 'filing-remark-open-wechat')
  for (const x of d.preApprovals) {
    expect(text(c, `filing-preapproval-${x.code}`)).toContain(`${x.name}（${x.code}）`)
    expect(c.querySelector(`#filing-preapproval-${x.code} #copy-preapproval-${x.code}`)).not.toBeNull()
  }
  expect(text(c, 'filing-remark-wechat')).toBe(d.remark)
  // Materials and notes: folded inside the draft, opened by their own tap.
  expect(draft).not.toContain(d.materials[0])
  tap(c, 'filing-materials-wechat')
  expect(text(c, 'filing-draft-wechat')).toContain(d.materials[0])
  tap(c, 'filing-notes-wechat')
  expect(text(c, 'filing-draft-wechat')).toContain(d.notes[0])
  // Alipay's form is not public here: its note goes with the WeChat draft's notes.
  for (let i = 0; i < 5 && c.querySelector('#filing-notes-more-wechat') !== null; i++) tap(c, 'filing-notes-more-wechat')
  expect(text(c, 'filing-draft-wechat')).toContain(assessment.filingDraftNotes[0].text)
})

it('each 复制 copies its own field through the one copy helper', async () => {
  const { assessment } = assessProfile(CLINIC)
  const d = assessment.filingDrafts[0]
  const c = open(CLINIC)
  tap(c, 'toggle-filing-draft-wechat')
  const s = d.serviceContent[0]
  tap(c, 'filing-preapprovals-wechat')
  tap(c, 'filing-remark-open-wechat')
  tap(c, `copy-service-${s.code}`)
  tap(c, `copy-preapproval-${d.preApprovals[0].code}`)
  tap(c, 'copy-remark-wechat')
  await act(async () => undefined)
  expect(setClipboard.mock.calls.map((x) => (x[0] as { data: string }).data)).toEqual([
    `${s.parent}-${s.name}（${s.code}）`,
    `${d.preApprovals[0].name}（${d.preApprovals[0].code}）`,
    d.remark,
  ])
})

it('when the clipboard refuses (WeChat errno 112: 剪切板 undeclared), the draft shows the text to copy by hand, beside it', async () => {
  const d = assessProfile(BAKERY).assessment.filingDrafts[0]
  setClipboard.mockRejectedValue({ errno: 112, errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' })
  const c = open(BAKERY)
  tap(c, 'toggle-filing-draft-wechat')
  tap(c, 'filing-remark-open-wechat')
  tap(c, 'copy-remark-wechat')
  await act(async () => undefined)
  const fallback = c.querySelector('#copy-fallback-wechat')
  expect(fallback?.closest('#filing-draft-wechat')).not.toBeNull()
  expect(fallback?.textContent).toContain(COPY_FAILED_MESSAGE)
  expect(fallback?.textContent).toContain(d.remark)
  // … and not a second time under the page's actions.
  expect(c.querySelector('#copy-fallback')).toBeNull()
  // 复制结果文字 still shows its own failure there.
  tap(c, 'result-copy')
  await act(async () => undefined)
  expect(c.querySelector('#copy-fallback')?.textContent).toContain(COPY_FAILED_MESSAGE)
})

it('Alipay alone: no draft, its note folded where the draft would be', () => {
  const { assessment } = assessProfile(ALIPAY_ONLY)
  expect(assessment.filingDrafts).toEqual([])
  const c = open(ALIPAY_ONLY)
  expect(c.querySelector('[id^="filing-draft-"]')).toBeNull()
  expect(c.querySelector('#filing-note-alipay')?.closest('#req-icpFiling')).not.toBeNull()
  expect(text(c, 'filing-note-alipay')).not.toContain(assessment.filingDraftNotes[0].text)
  tap(c, 'toggle-filing-note-alipay')
  expect(text(c, 'filing-note-alipay')).toContain(assessment.filingDraftNotes[0].text)
})

it('小程序名称: a sector word the draft does not declare brings the 情况说明 hint (E42); a plain name or a declared type does not', async () => {
  const type = async (c: HTMLElement, value: string) => {
    const host = c.querySelector('#filing-name-wechat')
    if (host === null) throw new Error('no #filing-name-wechat')
    await act(async () => {
      host.dispatchEvent(new CustomEvent('input', { detail: { value } }))
    })
  }
  const c = open(BAKERY)
  tap(c, 'toggle-filing-draft-wechat')
  expect(c.querySelector('#filing-name-wechat')).toBeNull() // with the 备注, a tap further
  tap(c, 'filing-remark-open-wechat')
  expect(c.querySelector('#filing-name-hint-wechat')).toBeNull()
  await type(c, '好面包甜点')
  expect(c.querySelector('#filing-name-hint-wechat')).toBeNull()
  await type(c, '好面包健康教育')
  expect(text(c, 'filing-name-hint-wechat')).toMatch(/「教育」.*「健康」|「健康」.*「教育」/)
  expect(text(c, 'filing-name-hint-wechat')).toContain('不涉及前置审批的承诺书')
  expect(text(c, 'filing-name-hint-wechat')).toContain('从业者做法')
  // The clinic declares 医疗保健: 「医」 in its name is no surprise to the bureau.
  const clinic = open(CLINIC)
  tap(clinic, 'toggle-filing-draft-wechat')
  tap(clinic, 'filing-remark-open-wechat')
  await type(clinic, '仁爱口腔医院')
  expect(clinic.querySelector('#filing-name-hint-wechat')).toBeNull()
})
