/** The result page: cited verdicts, sources on tap, what-if, copy, share links in and out, history. */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import Result from '@/flow/result/index'
import { evaluate } from '@/domain/evaluate'
import { fromProfile } from '@/domain/questions'
import { encodeShare } from '@/domain/share'
import { RULESET_VERSION } from '@/domain/version'
import { useWizard } from '@/store'
import { example } from '../fixtures/profiles'
import { lastShare, resetTaroMock } from '../setup/taro-mock'

const tap = (c: HTMLElement, id: string) => {
  const el = c.querySelector(`#${id}`)
  if (el === null) throw new Error(`no #${id}: ${c.textContent?.slice(0, 300)}`)
  fireEvent.click(el)
}
const cls = (c: HTMLElement, id: string) => c.querySelector(`#${id}`)?.getAttribute('class') ?? 'missing'

function withAnswers(id: number) {
  useWizard.setState({ answers: fromProfile(example(id).profile), step: 6, history: [], notice: null })
}

beforeEach(() => resetTaroMock())

describe('result page, own answers', () => {
  it('shows the headline and a card per requirement with its status class', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    expect(container.querySelector('#result-headline')?.textContent).toBe('需要：ICP 备案 + EDI 许可证；待确认：ICP 许可证')
    expect(cls(container, 'req-ediLicense')).toContain('status-required')
    expect(cls(container, 'req-icpLicense')).toContain('status-depends')
    expect(cls(container, 'eligibility')).toContain('eligible-yes')
    expect(container.querySelector('#result-ruleset')?.textContent).toContain(RULESET_VERSION)
    expect(container.textContent).toContain('不构成法律意见')
  })

  it('tapping a reason shows its rule and sources: title, issuer, level, link to copy', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    expect(container.querySelector('#source-S17')).toBeNull()
    tap(container, 'reason-b21-marketplace-wechat')
    expect(container.textContent).toContain('规则 b21.marketplace.wechat')
    expect(container.querySelector('#source-S17')?.textContent).toContain('类目申请资质要求')
    fireEvent.click(container.querySelector('#source-S17 .sources__copy') as Element)
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: 'https://cloud.tencent.cn/document/product/1078/43316' })
  })

  it('what-if: without 商家入驻 shows filing alone beside the original, which stays', () => {
    withAnswers(5)
    const { container } = render(<Result />)
    tap(container, 'whatif-activities-marketplace')
    expect(container.querySelector('#whatif-headline')?.textContent).toBe('需要：ICP 备案')
    expect(container.querySelector('#whatif-panel')?.textContent).toContain('EDI 许可证：必须 → 通常不需要')
    expect(cls(container, 'req-ediLicense')).toContain('status-required')
    expect(useWizard.getState().answers.activities).toEqual(['marketplace'])
  })

  it('saves the result to history once, and copies it as text', () => {
    withAnswers(2)
    const { container, rerender } = render(<Result />)
    rerender(<Result />)
    expect(useWizard.getState().history).toHaveLength(1)
    expect(useWizard.getState().history[0].headline).toBe('需要：ICP 备案 + 食品经营许可证')
    tap(container, 'result-copy')
    const copied = (Taro.setClipboardData as jest.Mock).mock.calls[0][0].data as string
    expect(copied).toContain('【必须】食品经营许可证')
  })

  it('gives a share card that opens the same result', () => {
    withAnswers(38)
    render(<Result />)
    const card = lastShare.handler?.()
    expect(card?.path).toMatch(/^\/flow\/result\/index\?sv=1&/)
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
    expect(container.querySelector('#result-error')?.textContent).toContain('operator.foreignShare')
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
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/flow/wizard/index' })
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
    expect(cls(container, 'req-ediLicense')).toContain(`status-${evaluate(p).requirements.find((r) => r.id === 'ediLicense')?.status}`)
  })
})
