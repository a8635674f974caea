/** The result page: cited verdicts, sources on tap, what-if, copy, share links in and out, history. */
import { act, cleanup, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import * as clipboard from '@/platform/clipboard'

import Result from '@/flow/result/index'
import { assessmentOf } from '@/domain/result/assess'
import { PLATFORM_LABELS } from '@/domain/contract/labels'
import { CATEGORIES_HEADING, LATEST_PAGE, WECHAT_CATALOGUE_DATE } from '@/domain/categories'
import { PLAN_ORDER, buildPlan, withAnswer } from '@/domain/result/plan'
import { headline } from '@/domain/result/summary'
import { describeAnswers, fromProfile } from '@/domain/profile/questions'
import { isNeeded } from '@/domain/contract/types'
import type { Profile, Status } from '@/domain/contract/types'
import ResultPlan from '@/flow/result/ResultPlan'
import { SHARE_SCHEMA, encodeShare } from '@/domain/profile/share'
import { RULESET_VERSION } from '@/domain/law/version'
import { useWizard } from '@/store'
import { WORKED_EXAMPLES, example } from '../fixtures/profiles'
import { lastShare, resetTaroMock } from '../setup/taro-mock'

/** What the page asked to copy (the platform clipboard module is the one copy call). */
const copySpy = jest.spyOn(clipboard, 'copyText').mockImplementation(() => Promise.resolve({ ok: true }))
const lastCopied = () => copySpy.mock.calls[copySpy.mock.calls.length - 1]?.[0] ?? ''

const tap = (c: HTMLElement, id: string) => {
  const el = c.querySelector(`#${id}`)
  if (el === null) throw new Error(`no #${id}: ${c.textContent?.slice(0, 300)}`)
  fireEvent.click(el)
}
const cls = (c: HTMLElement, id: string) => c.querySelector(`#${id}`)?.getAttribute('class') ?? 'missing'

function withAnswers(id: number) {
  useWizard.setState({ answers: fromProfile(example(id).profile), step: 6, history: [], notice: null })
}

/** The mall of example 5 with its own shop too: the marketplace is then a feature, not what it is for (what-if drops no core business). */
function mallWithOwnShop() {
  const p = example(5).profile
  useWizard.setState({ answers: fromProfile({ ...p, activities: ['ownSales', 'marketplace'] }), step: 6, history: [], notice: null })
}

beforeEach(() => {
  resetTaroMock()
  copySpy.mockClear()
})

describe('result page, own answers', () => {
  it('shows the headline and a card per requirement with its status class', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    // The headline is the rules core's (other licences and filings join it as the rulebook grows).
    expect(container.querySelector('#result-headline')?.textContent).toBe(headline(assessmentOf(example(5).profile)))
    expect(container.querySelector('#result-headline')?.textContent).toMatch(/^需要：ICP 备案 \+ EDI 许可证；.*待确认：ICP 许可证$/)
    expect(cls(container, 'req-ediLicense')).toContain('status-required')
    expect(cls(container, 'req-icpLicense')).toContain('status-depends')
    expect(cls(container, 'eligibility')).toContain('eligible-yes')
    expect(container.querySelector('#result-ruleset')?.textContent).toContain(RULESET_VERSION)
    expect(container.textContent).toContain('不构成法律意见')
  })

  it('tapping a reason shows its rule and sources: title, issuer, level, link to copy', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    expect(container.querySelector('#source-tencent-cloud-category-qualifications')).toBeNull()
    // A step of the plan says what to do; its reasons are one tap away (用时与依据, issue 25).
    expect(container.querySelector('#reason-b21-marketplace-wechat')).toBeNull()
    tap(container, 'why-ediLicense')
    tap(container, 'reason-b21-marketplace-wechat')
    // The rule names the card's element; its id is not shown to the merchant (issue 22).
    expect(container.querySelector('#rule-b21-marketplace-wechat')).not.toBeNull()
    expect(container.textContent).not.toContain('b21.marketplace.wechat')
    expect(container.querySelector('#source-tencent-cloud-category-qualifications')?.textContent).toContain('类目申请资质要求')
    fireEvent.click(container.querySelector('#source-tencent-cloud-category-qualifications .sources__copy') as Element)
    expect(lastCopied()).toBe('https://cloud.tencent.cn/document/product/1078/43316')
  })

  it('what-if: without 商家入驻 shows filing alone beside the original, which stays', () => {
    mallWithOwnShop()
    const { container } = render(<Result />)
    tap(container, 'whatif-activities-marketplace')
    expect(container.querySelector('#whatif-headline')?.textContent).toMatch(/^需要：ICP 备案(；|$)/)
    expect(container.querySelector('#whatif-headline')?.textContent).not.toContain('EDI')
    expect(container.querySelector('#whatif-panel')?.textContent).toContain('EDI 许可证：必须 → 通常不需要')
    expect(cls(container, 'req-ediLicense')).toContain('status-required')
    expect(useWizard.getState().answers.activities).toEqual(['ownSales', 'marketplace'])
  })

  it('saves the result to history once, and copies it as text', () => {
    withAnswers(2)
    const { container, rerender } = render(<Result />)
    rerender(<Result />)
    expect(useWizard.getState().history).toHaveLength(1)
    expect(useWizard.getState().history[0].headline).toMatch(/^需要：ICP 备案 \+ 食品经营许可证(；|$)/)
    tap(container, 'result-copy')
    const copied = lastCopied()
    expect(copied).toContain('【必须】食品经营许可证')
  })

  it('gives a share card that opens the same result', () => {
    withAnswers(38)
    render(<Result />)
    const card = lastShare.handler?.()
    expect(card?.path).toMatch(new RegExp(`^/flow/result/index\\?sv=${SHARE_SCHEMA}&`))
    const query = Object.fromEntries(new URLSearchParams(card?.path?.split('?')[1]))
    resetTaroMock(query)
    act(() => useWizard.setState({ answers: {}, history: [] }))
    const { container } = render(<Result />)
    expect(cls(container, 'req-icpLicense')).toContain('status-required')
    expect(cls(container, 'eligibility')).toContain('eligible-no')
    expect(container.textContent).toContain('别人分享')
  })
})

describe('result page, opened from a share link', () => {
  it('says plainly when the answers are broken, instead of crashing', () => {
    resetTaroMock({ sv: '1', pl: 'wechat', op: 'company', fs: '300' })
    const { container } = render(<Result />)
    expect(container.querySelector('#result-error')?.textContent).toContain('「外资」的值无效')
  })

  it('says plainly when the link is from an unknown version', () => {
    resetTaroMock({ sv: '9', pl: 'wechat', op: 'company' })
    const { container } = render(<Result />)
    expect(container.querySelector('#result-error')?.textContent).toContain('v9')
  })

  it('never overwrites the receiver’s own answers unless asked', () => {
    useWizard.setState({ answers: { platforms: ['alipay'], operatorType: 'individual' } })
    resetTaroMock(encodeShare(example(5).profile, RULESET_VERSION))
    const { container } = render(<Result />)
    expect(useWizard.getState().answers.operatorType).toBe('individual')
    tap(container, 'result-adopt')
    expect(useWizard.getState().answers.activities).toEqual(['marketplace'])
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/ask/wizard/index' })
  })
})

describe('result page, opened from history', () => {
  it('re-evaluates an entry made with older rules and shows what changed', () => {
    const p = example(5).profile
    useWizard.setState({
      history: [
        {
          id: 'old',
          savedAt: '2026-01-05T08:00:00.000Z',
          profile: p,
          rulesetVersion: '2026.01.0',
          headline: '需要：ICP 备案',
          statuses: { icpFiling: 'required', icpLicense: 'notRequired', ediLicense: 'likely' },
        },
      ],
    })
    resetTaroMock({ h: 'old' })
    const { container } = render(<Result />)
    const banner = container.querySelector('#result-history')?.textContent ?? ''
    expect(banner).toContain('2026.01.0')
    expect(banner).toContain('EDI 许可证：很可能需要 → 必须')
    expect(banner).toContain('ICP 许可证：通常不需要 → 视情况')
    expect(cls(container, 'req-ediLicense')).toContain(`status-${assessmentOf(p).requirements.find((r) => r.id === 'ediLicense')?.status}`)
  })
})

/** Issue 13: the result as an action plan. Each test here fails on the v1 result page. */
describe('result page, the plan (issue 13)', () => {
  /** The cards (licences and filings; a duty not needed has one too); duties are checklist rows, after the steps. */
  const cards = (c: HTMLElement) => Array.from(c.querySelectorAll('[id^="req-"]:not(.duty)'))
  const rows = (c: HTMLElement) => Array.from(c.querySelectorAll('[id^="req-"]'))
  const statusOf = (el: Element) => (/status-(\w+)/.exec(el.getAttribute('class') ?? '')?.[1] ?? '') as Status
  /** Examples whose assessment has a required or likely licence the operator cannot obtain (by the domain). */
  const blocked = WORKED_EXAMPLES.filter((ex) => buildPlan(ex.profile, assessmentOf(ex.profile)).blockers !== null)

  it('blockers come first: result-blockers above every requirement card, right under the headline', () => {
    expect(blocked.map((ex) => ex.id)).toEqual(expect.arrayContaining([10, 38]))
    for (const ex of blocked) {
      withAnswers(ex.id)
      const { container, unmount } = render(<Result />)
      const b = container.querySelector('#result-blockers')
      expect(b).not.toBeNull()
      for (const card of cards(container)) expect(b?.compareDocumentPosition(card) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
      // Only the headline (and a notice) come before it: it is within the first screen.
      const before = Array.from(container.querySelectorAll('#result-headline ~ *')).indexOf(b as Element)
      expect(before).toBeLessThanOrEqual(1)
      expect(b?.textContent).toMatch(/设立公司|调整股权|增加注册资本|移出失信名单|暂不上线/)
      unmount()
    }
  })

  it('no blockers block when every needed licence can be obtained', () => {
    for (const ex of WORKED_EXAMPLES.filter((x) => !blocked.includes(x))) {
      withAnswers(ex.id)
      const { container, unmount } = render(<Result />)
      expect(container.querySelector('#result-blockers')).toBeNull()
      unmount()
    }
  })

  it('cards come in the order required, likely, depends/consult, notRequired', () => {
    for (const ex of WORKED_EXAMPLES) {
      withAnswers(ex.id)
      const { container, unmount } = render(<Result />)
      const ranks = cards(container).map((el) => PLAN_ORDER[statusOf(el)])
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      // Every requirement, whatever its kind, has its card or checklist row (contract v1.2).
      expect(rows(container).map((el) => el.id).sort()).toEqual(assessmentOf(ex.profile).requirements.map((r) => `req-${r.id}`).sort())
      unmount()
    }
  })

  it('no jargon: no 文章 B, no bare [S21 · A1b] citations, no platform as a what-if', () => {
    for (const ex of WORKED_EXAMPLES) {
      const p = { ...ex.profile, platforms: ['wechat', 'alipay'] as const }
      useWizard.setState({ answers: fromProfile({ ...p, platforms: [...p.platforms] }), history: [] })
      const { container, unmount } = render(<Result />)
      const text = container.textContent ?? ''
      expect(text).not.toContain('文章 B')
      expect(text).not.toMatch(/\[[SAB]\d+[a-z]?( · [SAB]\d+[a-z]?)*\]/)
      for (const label of Object.values(PLATFORM_LABELS)) expect(text).not.toContain(`没有「${label}」`)
      expect(container.querySelector('[id^="whatif-platforms-"]')).toBeNull()
      unmount()
    }
  })

  it('citations read as text (《…》); tapping shows the source card', () => {
    withAnswers(9)
    const { container } = render(<Result />)
    const why = container.querySelector('#why-icpLicense')
    if (why !== null) fireEvent.click(why)
    const reason = container.querySelector('[id^="reason-b25"]')
    expect(reason?.textContent).toMatch(/依据《[^》]+》/)
    fireEvent.click(reason as Element)
    expect(container.querySelector('.sources [id^="source-"]')).not.toBeNull()
  })

  it('no garbled step: never "向待确认（先咨询）申请…", where the office is still open', () => {
    for (const id of [37, 38]) {
      withAnswers(id)
      const { container, unmount } = render(<Result />)
      expect(assessmentOf(example(id).profile).eligibility?.authority).toBe('consult')
      expect(container.textContent).not.toContain('向待确认')
      expect(container.querySelector('#step-icpLicense, #step-ediLicense')?.textContent).toMatch(/先(问|咨询)属地/)
      unmount()
    }
  })

  it('a permit the operator already holds says 备案时提交, not 办理', () => {
    const p = example(24).profile
    const a0 = assessmentOf(p)
    const target = a0.requirements.find((r) => isNeeded(r) && r.id !== 'icpFiling')
    expect(target).toBeDefined()
    const a = { ...a0, requirements: a0.requirements.map((r) => (r === target ? { ...r, held: true as const } : r)) }
    const view = { kind: 'own' as const, profile: p, assessment: a, plan: buildPlan(p, a), ai: null, personal: null, changes: [], done: [], answer: jest.fn(), toggleDone: jest.fn() }
    const { container } = render(<ResultPlan view={view} />)
    const card = container.querySelector(`#req-${target?.id ?? ''}`)
    expect(card?.textContent).toContain('备案时提交')
    expect(card?.textContent).toContain('已持有')
    expect(card?.querySelector(`#step-${target?.id ?? ''}`)?.textContent).not.toMatch(/^(向|办理)/)
  })

  it('a merchant who holds the permit (facts.approvalsHeld) is told 备案时提交, never to obtain it', () => {
    const p: Profile = {
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company' },
      activities: ['leadForm'],
      sectors: ['medicalInstitution'],
      facts: { approvalsHeld: ['medicalInstitution'] },
    }
    const held = assessmentOf(p).requirements.filter((r) => r.held === true)
    expect(held.length).toBeGreaterThan(0) // rulebook v2 marks it
    useWizard.setState({ answers: fromProfile(p), history: [] })
    const { container } = render(<Result />)
    for (const r of held) {
      const step = container.querySelector(`#step-${r.id}`)?.textContent ?? ''
      expect(step).toContain('备案时提交')
      expect(step).not.toMatch(/^(向|办理)/)
      expect(container.querySelector(`#materials-${r.id}`)).toBeNull()
    }
  })

  it('待确认 questions are answered in place (是 / 否 / 不确定) and the result updates at once', () => {
    const found = WORKED_EXAMPLES.map((ex) => ({ ex, open: buildPlan(ex.profile, assessmentOf(ex.profile)).open.find((o) => o.questions.length > 0) })).find(
      (x) => x.open !== undefined,
    )
    expect(found).toBeDefined() // needs rulebook v2's deciding facts (rule.fact)
    if (found?.open === undefined) return
    const { ex, open } = found
    const q = open.questions[0]
    withAnswers(ex.id)
    const { container } = render(<Result />)
    for (const v of ['yes', 'no', 'unsure']) expect(container.querySelector(`#ans-${q.fact}-${v}`)).not.toBeNull()
    act(() => tap(container, `ans-${q.fact}-yes`))
    const after = assessmentOf(withAnswer(ex.profile, q.fact, true)).requirements.find((r) => r.id === open.id)
    expect(cls(container, `req-${open.id}`)).toContain(`status-${after?.status ?? 'missing'}`)
    // Still open: the answer shows as chosen; settled: the card left the undecided part.
    if (after?.status === 'depends' || after?.status === 'consult') {
      expect(container.querySelector(`#ans-${q.fact}-yes`)?.getAttribute('class') ?? '').toContain('chip--on')
    } else expect(container.querySelector(`#ans-${q.fact}-yes`)).toBeNull()
  })

  it('a card an inline answer moves into 要做的事 starts folded (name, status, one line); a tap opens it', () => {
    const found = WORKED_EXAMPLES.flatMap((ex) =>
      buildPlan(ex.profile, assessmentOf(ex.profile)).open.flatMap((o) =>
        o.questions.map((q) => ({ ex, o, q, after: assessmentOf(withAnswer(ex.profile, q.fact, true)).requirements.find((r) => r.id === o.id) })),
      ),
    ).find((x) => x.after !== undefined && isNeeded(x.after))
    expect(found).toBeDefined()
    if (found === undefined) return
    const { ex, o, q } = found
    withAnswers(ex.id)
    const { container } = render(<Result />)
    expect(container.querySelector('[id^="unfold-"]')).toBeNull() // nothing is folded on opening
    act(() => tap(container, `ans-${q.fact}-yes`))
    expect(container.querySelector(`#unfold-${o.id}`)).not.toBeNull()
    expect(container.querySelector(`#req-${o.id} .card__reason`)).toBeNull()
    act(() => tap(container, `unfold-${o.id}`))
    expect(container.querySelector(`#unfold-${o.id}`)).toBeNull()
    // Unfolded it is a step of the plan: what to do at once, why one tap further.
    expect(container.querySelector(`#req-${o.id} .step`)).not.toBeNull()
    act(() => tap(container, `why-${o.id}`))
    expect(container.querySelector(`#req-${o.id} .card__reason`)).not.toBeNull()
  })

  it('a blockers block an inline answer brings shows its problems at once and its ways after a tap', () => {
    const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company', registeredCapital: 2_000_000, foreignShare: 30 }, activities: ['paidContent'], sectors: [] }
    const q = buildPlan(p, assessmentOf(p)).open.flatMap((o) => o.questions).find((x) => x.fact === 'publications')
    expect(q).toBeDefined()
    const after = withAnswer(p, 'publications', true)
    const blockers = buildPlan(after, assessmentOf(after)).blockers
    expect(blockers?.requirements).toEqual(['onlinePublishingLicense'])
    useWizard.setState({ answers: fromProfile(p), step: 6, history: [], notice: null })
    const { container } = render(<Result />)
    expect(container.querySelector('#result-blockers')).toBeNull()
    act(() => tap(container, 'ans-publications-yes'))
    const top = () => container.querySelector('#result-blockers')?.textContent ?? ''
    for (const x of blockers?.problems ?? []) expect(top()).toContain(x.text)
    expect(container.querySelector('[id^="way-"]')).toBeNull()
    act(() => tap(container, 'blockers-ways'))
    expect(container.querySelectorAll('[id^="way-"]')).toHaveLength(blockers?.ways.length ?? -1)
  })

  it('the eligibility block does not repeat a problem the blockers block states at the top', () => {
    const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company', registeredCapital: 2_000_000, foreignShare: 60 }, activities: ['ugc', 'paidContent'], sectors: [] }
    const a = assessmentOf(p)
    const blockers = buildPlan(p, a).blockers
    expect(blockers).not.toBeNull()
    useWizard.setState({ answers: fromProfile(p), step: 6, history: [], notice: null })
    const { container } = render(<Result />)
    const top = container.querySelector('#result-blockers')?.textContent ?? ''
    const below = container.querySelector('#eligibility')?.textContent ?? ''
    for (const x of blockers?.problems ?? []) {
      expect(top).toContain(x.text)
      expect(below).not.toContain(x.text)
    }
    expect(below).toContain('原因见页首「先解决」')
    expect(cls(container, 'eligibility')).toContain('eligible-no')
  })

  it('the categories section says what it is, the catalogue date and 以平台最新页面为准 (issue 9)', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    const title = container.querySelector('#result-categories .section__title')?.textContent ?? ''
    expect(title).toContain(CATEGORIES_HEADING)
    expect(title).toContain(WECHAT_CATALOGUE_DATE)
    expect(title).toContain(LATEST_PAGE)
  })

  it('the category search finds a category by keyword, ranked, on the merchant\'s platforms; its documents on a tap', async () => {
    withAnswers(5)
    const { container } = render(<Result />)
    const host = container.querySelector('#category-search')
    expect(host).not.toBeNull()
    await act(async () => {
      host?.dispatchEvent(new CustomEvent('input', { detail: { value: '二手车' } }))
    })
    const first = () => container.querySelector('#cat-found-0')?.textContent ?? ''
    expect(first()).toContain('二手车')
    expect(first()).toContain(PLATFORM_LABELS.wechat)
    expect(first()).not.toContain('上传') // the documents show on a tap
    act(() => {
      fireEvent.click(container.querySelector('#cat-found-0 .link') as Element)
    })
    expect(first()).toContain('上传')
  })

  it('copied text includes the answers it was based on', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    tap(container, 'result-copy')
    const copied = lastCopied()
    for (const x of describeAnswers(fromProfile(example(5).profile))) expect(copied).toContain(`${x.label}：${x.value}`)
  })

  it('materials are a checklist saved with the history entry, with progress', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    tap(container, 'materials-ediLicense')
    const item = container.querySelector('[id^="item-ediLicense-"]') as Element
    const total = buildPlan(example(5).profile, assessmentOf(example(5).profile)).steps.find((s) => s.id === 'ediLicense')?.items.length
    expect(container.querySelector('#materials-ediLicense')?.textContent).toContain(`0/${total}`)
    act(() => {
      fireEvent.click(item)
    })
    const entry = useWizard.getState().history[0]
    expect(entry.done).toHaveLength(1)
    expect(item.id).toBe(`item-ediLicense-${entry.done?.[0]}`)
    expect(container.querySelector('#materials-ediLicense')?.textContent).toContain(`1/${total}`)
  })

  it('what-if stays: 不做「商家入驻」 on a mall that also sells its own goods, never on the mall whose business it is', () => {
    mallWithOwnShop()
    const { container } = render(<Result />)
    expect(container.querySelector('#whatif-activities-marketplace')?.textContent).toContain('商家入驻')
    cleanup()
    withAnswers(5)
    expect(render(<Result />).container.querySelector('#whatif-activities-marketplace')).toBeNull()
  })
})
