import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'

import Index, { WIZARD_URL } from '@/pages/index/index'
import { resetTaroMock } from '../setup/taro-mock'

describe('index page (H5 components in jsdom)', () => {
  beforeEach(() => resetTaroMock())

  it('says what the app answers and that nothing leaves the phone', () => {
    const { container } = render(<Index />)
    const text = container.textContent ?? ''
    expect(text).toContain('小程序资质向导')
    expect(text).toContain('告诉你的小程序需要备案、ICP 许可证还是 EDI 许可证')
    expect(text).toContain('不登录、不联网，答案只保存在本机')
  })

  it('start opens the wizard', () => {
    const { container } = render(<Index />)
    const start = container.querySelector('#start')
    expect(start).not.toBeNull()
    expect(start?.textContent).toContain('开始')
    fireEvent.click(start as Element)
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: expect.stringMatching(/^\/ask\/wizard\/index\?fresh=\w+$/) })
    expect(WIZARD_URL).toBe('/ask/wizard/index')
    expect(screen.getByText('开始')).toBeTruthy()
  })
})

describe('index page with an unfinished assessment', () => {
  beforeEach(() => resetTaroMock())

  it('offers to continue, and asks before start clears the answers', async () => {
    Taro.setStorageSync('permit-guide', JSON.stringify({ version: 1, state: { answers: { platforms: ['wechat'] }, step: 2, history: [] } }))
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
    const { container } = render(<Index />)
    // It says where the merchant left off (the wizard reopens on that step, store test).
    expect(container.querySelector('#continue')?.textContent).toContain('停在第 3 步')
    fireEvent.click(container.querySelector('#continue') as Element)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: WIZARD_URL })
    fireEvent.click(container.querySelector('#start') as Element)
    await Promise.resolve()
    expect(Taro.showModal).toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1) // cancelled: no fresh start
  })
})

describe('home page semantics (issue 12)', () => {
  beforeEach(() => resetTaroMock())
  it('has a heading, and its links are keyboard-operable buttons', () => {
    const { container } = render(<Index />)
    expect(container.querySelector('[role="heading"]')?.textContent).toBe('小程序资质向导')
    for (const id of ['open-history', 'open-sources']) {
      const el = container.querySelector(`#${id}`) as HTMLElement
      expect([id, el.getAttribute('role'), el.getAttribute('tabindex')]).toEqual([id, 'button', '0'])
    }
    fireEvent.keyDown(container.querySelector('#open-sources') as HTMLElement, { key: 'Enter' })
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/flow/sources/index' })
  })
})
