/**
 * Keyboard access on H5 (issue 25), in jsdom over Taro's H5 React components. The proof that
 * Chromium honours it is the e2e walk (test/e2e: keyboard only, and Tab on every merchant screen);
 * this pins the props and that one key press runs a handler once.
 */
import { fireEvent, render } from '@testing-library/react'
import { View } from '@tarojs/components'

import ActionButton from '@/components/ActionButton'
import { aria } from '@/components/a11y'

describe('ActionButton (a Taro Button a keyboard can use)', () => {
  it('is a Tab stop with the button role, its id and its other props kept', () => {
    const { container } = render(
      <ActionButton id='wizard-next' type='primary' className='wizard__next' onClick={() => undefined}>
        下一步
      </ActionButton>,
    )
    const el = container.querySelector('#wizard-next') as HTMLElement
    expect(el.tagName.toLowerCase()).toBe('taro-button-core')
    expect([el.getAttribute('role'), el.getAttribute('tabindex'), el.className]).toEqual(['button', '0', expect.stringContaining('wizard__next')])
    expect(el.textContent).toBe('下一步')
  })

  it('Enter and Space run its handler once each; other keys and a tap as before', () => {
    const onClick = jest.fn()
    const { container } = render(
      <ActionButton id='result-copy' onClick={onClick}>
        复制结果文字
      </ActionButton>,
    )
    const el = container.querySelector('#result-copy') as HTMLElement
    fireEvent.keyDown(el, { key: 'Enter' })
    expect(onClick).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(el, { key: ' ' })
    expect(onClick).toHaveBeenCalledTimes(2)
    fireEvent.keyDown(el, { key: 'a' })
    fireEvent.keyDown(el, { key: 'Tab' })
    expect(onClick).toHaveBeenCalledTimes(2)
    fireEvent.click(el)
    expect(onClick).toHaveBeenCalledTimes(3)
  })

  it('adds nothing on the mini-programs (weapp, alipay, tt: no role, tabIndex or key handler in their setData)', () => {
    const env = process.env.TARO_ENV
    try {
      for (const target of ['weapp', 'alipay', 'tt'] as const) {
        process.env.TARO_ENV = target
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-var-requires
          const a11y = require('@/components/a11y') as typeof import('@/components/a11y')
          expect([target, a11y.control('button', () => undefined), a11y.aria('button', '复制')]).toEqual([target, {}, {}])
        })
      }
    } finally {
      process.env.TARO_ENV = env
    }
  })
})

describe('aria(): a View with a control role is a Tab stop that Enter/Space tap', () => {
  it('button and checkbox get tabIndex 0 and tap on Enter/Space; an alert gets neither', () => {
    const onClick = jest.fn()
    const { container } = render(
      <View>
        <View id='toggle-notes' {...aria('button')} onClick={onClick}>
          说明
        </View>
        <View id='check' {...aria('checkbox', '未备好：营业执照')} onClick={onClick}>
          营业执照
        </View>
        <View id='err' {...aria('alert')}>
          出错了
        </View>
      </View>,
    )
    const button = container.querySelector('#toggle-notes') as HTMLElement
    const check = container.querySelector('#check') as HTMLElement
    const err = container.querySelector('#err') as HTMLElement
    expect([button.getAttribute('role'), button.getAttribute('tabindex')]).toEqual(['button', '0'])
    expect([check.getAttribute('role'), check.getAttribute('tabindex'), check.getAttribute('aria-label')]).toEqual(['checkbox', '0', '未备好：营业执照'])
    expect([err.getAttribute('role'), err.getAttribute('tabindex')]).toEqual(['alert', null])
    fireEvent.keyDown(button, { key: 'Enter' })
    fireEvent.keyDown(check, { key: ' ' })
    expect(onClick).toHaveBeenCalledTimes(2)
    fireEvent.keyDown(button, { key: 'Escape' })
    expect(onClick).toHaveBeenCalledTimes(2)
  })
})
