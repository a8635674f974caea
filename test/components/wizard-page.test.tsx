/** The wizard page in jsdom over Taro's H5 components: tap, type, read. */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import Wizard from '@/flow/wizard/index'
import { RESULT_URL } from '@/routes'
import { REVIEW_STEP, useWizard } from '@/store'
import { resetTaroMock } from '../setup/taro-mock'

const fresh = () => useWizard.setState({ answers: {}, step: 0, history: [], notice: null })
const tap = (c: HTMLElement, id: string) => {
  const el = c.querySelector(`#${id}`)
  if (el === null) throw new Error(`no #${id} on screen: ${c.textContent}`)
  fireEvent.click(el)
}
const classes = (c: HTMLElement, id: string) => c.querySelector(`#${id}`)?.getAttribute('class') ?? ''

/** Taro's H5 <Input> is a web component that reports typing as an `input` event with detail.value. */
async function type(c: HTMLElement, id: string, value: string) {
  const host = c.querySelector(`#${id}`)
  if (host === null) throw new Error(`no input #${id}`)
  await act(async () => {
    host.dispatchEvent(new CustomEvent('input', { detail: { value } }))
  })
}

// Taro's H5 <Input> web component has no inner <input> under jsdom; when React updates its
// `value`, its own watcher logs a TypeError. Swallow that one message, fail on any other.
let errors: unknown[][] = []
beforeEach(() => {
  resetTaroMock()
  fresh()
  errors = []
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("reading 'value'")) errors.push(args)
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  expect(errors).toEqual([])
})

describe('wizard page', () => {
  it('shows the progress and the first question', () => {
    const { container } = render(<Wizard />)
    expect(container.textContent).toContain('第 1 / 7 步')
    expect(container.textContent).toContain('在哪个平台上线？')
  })

  it('marks a tapped option as selected and untaps it again', () => {
    const { container } = render(<Wizard />)
    tap(container, 'opt-platforms-wechat')
    expect(classes(container, 'opt-platforms-wechat')).toContain('selected')
    expect(useWizard.getState().answers.platforms).toEqual(['wechat'])
    tap(container, 'opt-platforms-wechat')
    expect(classes(container, 'opt-platforms-wechat')).not.toContain('selected')
  })

  it('will not go on without an answer, and the next button says what is missing', () => {
    const { container } = render(<Wizard />)
    expect(container.querySelector('#wizard-next')?.textContent).toContain('请至少选择一个平台')
    tap(container, 'wizard-next')
    expect(useWizard.getState().step).toBe(0)
    expect(container.querySelector('#wizard-missing')?.textContent).toContain('请至少选择一个平台')
    tap(container, 'opt-platforms-alipay')
    expect(container.querySelector('#wizard-next')?.textContent).toContain('下一步')
    tap(container, 'wizard-next')
    expect(container.textContent).toContain('第 2 / 7 步')
  })

  it('persists after every answer, so closing mid-wizard loses nothing', () => {
    const { container } = render(<Wizard />)
    tap(container, 'opt-platforms-wechat')
    const saved = JSON.parse(String(Taro.getStorageSync('permit-guide')))
    expect(saved.state.answers.platforms).toEqual(['wechat'])
    expect(saved.version).toBe(1)
  })

  it('asks capital only of companies, and checks numbers as typed', async () => {
    useWizard.setState({ answers: { platforms: ['wechat'], operatorType: 'individual' }, step: 5 })
    const { container, rerender } = render(<Wizard />)
    expect(container.querySelector('#input-registeredCapital')).toBeNull()

    act(() => useWizard.setState({ answers: { platforms: ['wechat'], operatorType: 'company' } }))
    rerender(<Wizard />)
    expect(container.querySelector('#input-registeredCapital')).not.toBeNull()
    expect(container.querySelector('#opt-pilotZone-yes')).toBeNull()

    await type(container, 'input-registeredCapital', '5000000')
    expect(useWizard.getState().answers.registeredCapital).toBe(5_000_000)

    await type(container, 'input-registeredCapital', '500万')
    expect(container.querySelector('#error-registeredCapital')?.textContent).toContain('注册资本只能填数字')
    // The last valid answer is kept, and next names the problem.
    expect(useWizard.getState().answers.registeredCapital).toBe(5_000_000)
    expect(container.querySelector('#wizard-next')?.textContent).toContain('注册资本')

    await type(container, 'input-foreignShare', '60')
    expect(container.querySelector('#opt-pilotZone-yes')).not.toBeNull()
  })

  it('reviews the answers, edits one, and opens the result', () => {
    useWizard.setState({ answers: { platforms: ['wechat'], operatorType: 'company', activities: ['marketplace'] }, step: REVIEW_STEP })
    const { container } = render(<Wizard />)
    expect(container.textContent).toContain('确认你的回答')
    expect(container.textContent).toContain('商家入驻')
    tap(container, 'wizard-next')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: RESULT_URL })
    tap(container, 'edit-activities')
    expect(container.textContent).toContain('小程序怎么收钱？')
  })

  it('walks back with the back button and leaves from the first step', () => {
    useWizard.setState({ step: 1 })
    const { container } = render(<Wizard />)
    tap(container, 'wizard-back')
    expect(useWizard.getState().step).toBe(0)
    tap(container, 'wizard-back')
    expect(Taro.navigateBack).toHaveBeenCalled()
  })
})
