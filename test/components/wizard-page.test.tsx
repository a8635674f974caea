/** The wizard page in jsdom over Taro's H5 components: tap, type, read. */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import Wizard from '@/ask/wizard/index'
import { RESULT_URL } from '@/routes'
import { REVIEW_STEP, useWizard } from '@/store'
import { resetTaroMock } from '../setup/taro-mock'

const scrollTo = jest.fn()
;(Taro as unknown as { pageScrollTo: jest.Mock }).pageScrollTo = scrollTo

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

const attr = (c: HTMLElement, id: string, name: string) => c.querySelector(`#${id}`)?.getAttribute(name) ?? null
const company = { platforms: ['wechat' as const], operatorType: 'company' as const, activities: [], sectors: [] }

describe('wizard page', () => {
  it('shows the progress and the first question as a heading', () => {
    const { container } = render(<Wizard />)
    expect(container.textContent).toContain('第 1 / 7 步')
    const h = container.querySelector('[role="heading"]')
    expect(h?.textContent).toBe('在哪个平台上线？')
  })

  it('options are real checkboxes: focusable, aria-checked, Space and Enter toggle', () => {
    const { container } = render(<Wizard />)
    expect(attr(container, 'opt-platforms-wechat', 'role')).toBe('checkbox')
    expect(attr(container, 'opt-platforms-wechat', 'tabindex')).toBe('0')
    expect(attr(container, 'opt-platforms-wechat', 'aria-checked')).toBe('false')
    tap(container, 'opt-platforms-wechat')
    expect(attr(container, 'opt-platforms-wechat', 'aria-checked')).toBe('true')
    expect(classes(container, 'opt-platforms-wechat')).toContain('selected')
    const el = container.querySelector('#opt-platforms-alipay') as HTMLElement
    fireEvent.keyDown(el, { key: ' ' })
    expect(useWizard.getState().answers.platforms).toEqual(['wechat', 'alipay'])
    fireEvent.keyDown(el, { key: 'Enter' })
    expect(useWizard.getState().answers.platforms).toEqual(['wechat'])
  })

  it('will not go on without an answer, and says what is missing once, not inside the button', () => {
    const { container } = render(<Wizard />)
    expect(container.querySelector('#wizard-next')?.textContent).toBe('下一步')
    tap(container, 'wizard-next')
    expect(useWizard.getState().step).toBe(0)
    expect(container.querySelector('#wizard-missing')?.textContent).toContain('请至少选择一个平台')
    expect(container.textContent?.split('请至少选择一个平台').length).toBe(2)
    expect(container.querySelector('#wizard-next')?.textContent).toBe('下一步')
    tap(container, 'opt-platforms-alipay')
    tap(container, 'wizard-next')
    expect(container.textContent).toContain('第 2 / 7 步')
  })

  it('opens every step at its top', () => {
    useWizard.setState({ answers: { ...company }, step: 2 })
    const { container } = render(<Wizard />)
    scrollTo.mockClear()
    tap(container, 'wizard-next')
    expect(useWizard.getState().step).toBe(3)
    expect(scrollTo).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 })
  })

  it('pre-selects nothing: yes/no questions start unanswered, with 不确定, and block 下一步 until answered', () => {
    useWizard.setState({ answers: { ...company }, step: 5 })
    const { container } = render(<Wizard />)
    for (const v of ['yes', 'no', 'unsure']) {
      expect(attr(container, `opt-multiProvince-${v}`, 'aria-checked')).toBe('false')
      expect(attr(container, `opt-dishonestListed-${v}`, 'role')).toBe('radio')
    }
    expect(useWizard.getState().answers.multiProvince).toBeUndefined()
    tap(container, 'wizard-next')
    expect(useWizard.getState().step).toBe(5)
    expect(container.querySelector('#wizard-missing')?.textContent).toContain('是否在多个省份')
    expect(container.querySelector('#wizard-missing')?.textContent).toContain('失信名单')
    tap(container, 'opt-multiProvince-unsure')
    tap(container, 'opt-dishonestListed-no')
    expect(useWizard.getState().answers).toMatchObject({ multiProvince: 'unsure', dishonestListed: false })
    tap(container, 'wizard-next')
    expect(useWizard.getState().step).toBe(REVIEW_STEP)
  })

  it('asks a follow-up only when its answer is chosen', () => {
    useWizard.setState({ answers: { ...company }, step: 3 })
    const { container } = render(<Wizard />)
    expect(container.querySelector('#opt-saasHostsTransactions-yes')).toBeNull()
    tap(container, 'opt-activities-saas')
    expect(container.querySelector('#opt-saasHostsTransactions-unsure')).not.toBeNull()
  })

  it('shows a follow-up under the option that raised it, not at the bottom of the step, and keeps it there', () => {
    useWizard.setState({ answers: { ...company }, step: 3 })
    const { container } = render(<Wizard />)
    // In document order: the option, the follow-ups it raised, then the next option.
    const order = () => [...container.querySelectorAll('[id^="opt-activities-"], [id^="field-"]')].map((e) => e.id)
    const under = (option: string) => {
      const ids = order()
      const rest = ids.slice(ids.indexOf(option) + 1)
      const end = rest.findIndex((id) => id.startsWith('opt-activities-') || id === 'field-personalData')
      return rest.slice(0, end < 0 ? rest.length : end).filter((id) => id.startsWith('field-'))
    }
    expect(under('opt-activities-saas')).toEqual([])
    tap(container, 'opt-activities-saas')
    expect(under('opt-activities-saas')).toContain('field-saasHostsTransactions')
    expect(container.querySelector('#field-saasHostsTransactions')?.getAttribute('class')).toContain('field--nested')
    tap(container, 'opt-activities-aiGenerated')
    expect(under('opt-activities-aiGenerated')).toEqual(['field-aiModel'])
    // Ticking an option later in the list moves nothing; the personal-data question stays after the list.
    tap(container, 'opt-activities-iotControl')
    expect(under('opt-activities-saas')).toContain('field-saasHostsTransactions')
    expect(under('opt-activities-iotControl')).toEqual(['field-ownDevices'])
    const ids = order()
    expect(ids.indexOf('field-personalData')).toBeGreaterThan(Math.max(...ids.filter((id) => id.startsWith('opt-activities-')).map((id) => ids.indexOf(id))))
    // Unticking the trigger hides it.
    tap(container, 'opt-activities-saas')
    expect(container.querySelector('#field-saasHostsTransactions')).toBeNull()
  })

  it('persists after every answer, so closing mid-wizard loses nothing', () => {
    const { container } = render(<Wizard />)
    tap(container, 'opt-platforms-wechat')
    const saved = JSON.parse(String(Taro.getStorageSync('permit-guide')))
    expect(saved.state.answers.platforms).toEqual(['wechat'])
  })

  it('takes capital in 万元, echoes it, and refuses what could be read two ways', async () => {
    useWizard.setState({ answers: { platforms: ['wechat'], operatorType: 'individual' }, step: 5 })
    const { container, rerender } = render(<Wizard />)
    expect(container.querySelector('#input-registeredCapital')).toBeNull()
    act(() => useWizard.setState({ answers: { ...company } }))
    rerender(<Wizard />)
    expect(container.textContent).toContain('万元')

    await type(container, 'input-registeredCapital', '50')
    expect(useWizard.getState().answers.registeredCapital).toBe(500_000)
    expect(container.querySelector('#echo-registeredCapital')?.textContent).toBe('= 50 万元 = 500,000 元')

    await type(container, 'input-registeredCapital', '50万')
    expect(useWizard.getState().answers.registeredCapital).toBe(500_000)

    await type(container, 'input-registeredCapital', '500000.00')
    expect(container.querySelector('#error-registeredCapital')?.textContent).toContain('是否按元填写')
    expect(container.textContent?.split('是否按元填写').length).toBe(2)
    expect(useWizard.getState().answers.registeredCapital).toBe(500_000)
    tap(container, 'wizard-next')
    expect(container.querySelector('#wizard-missing')?.textContent).toContain('请改正「注册资本」')
    await act(async () => tap(container, 'fix-registeredCapital-yuan'))
    expect(useWizard.getState().answers.registeredCapital).toBe(500_000)
    expect(container.querySelector('#error-registeredCapital')).toBeNull()

    for (const bad of ['-500000', '1e9']) {
      await type(container, 'input-registeredCapital', bad)
      expect(container.querySelector('#error-registeredCapital')?.textContent).toContain('注册资本')
    }

    await type(container, 'input-foreignShare', '60')
    expect(container.querySelector('#opt-pilotZone-unsure')).not.toBeNull()
  })

  it('chooses the province from a grouped list with a filter, in one tap', async () => {
    useWizard.setState({ answers: { ...company }, step: 5 })
    const { container } = render(<Wizard />)
    expect(container.querySelectorAll('[id^="opt-province-"]').length).toBe(31)
    expect(container.textContent).toContain('中南')
    await type(container, 'search-province', '广')
    const ids = [...container.querySelectorAll('[id^="opt-province-"]')].map((e) => e.id)
    expect(ids).toEqual(['opt-province-440000', 'opt-province-450000'])
    tap(container, 'opt-province-440000')
    expect(useWizard.getState().answers.province).toBe('440000')
  })

  it('reviews the answers used, capital in 万元, with 修改 returning to that step, and opens the result', () => {
    useWizard.setState({ answers: { ...company, activities: ['marketplace'], registeredCapital: 10_000_000 }, step: REVIEW_STEP })
    const { container } = render(<Wizard />)
    expect(container.textContent).toContain('确认你的回答')
    expect(container.querySelector('#answer-registeredCapital')?.textContent).toContain('1,000 万元')
    expect(container.querySelector('#answer-activities')?.textContent).toContain('商家入驻')
    tap(container, 'wizard-next')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: RESULT_URL })
    expect(attr(container, 'edit-registeredCapital', 'role')).toBe('button')
    tap(container, 'edit-registeredCapital')
    expect(useWizard.getState().step).toBe(5)
    act(() => useWizard.setState({ step: REVIEW_STEP }))
    tap(container, 'edit-platformFees')
    expect(container.textContent).toContain('小程序提供什么内容和服务？')
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
