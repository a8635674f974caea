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

  it('on the mini-programs: no Tab stop or key handler; WeChat and Alipay get an answer\'s role and state and a label, in the keys their templates bind', () => {
    const env = process.env.TARO_ENV
    const none = () => undefined
    try {
      for (const target of ['weapp', 'alipay', 'tt'] as const) {
        process.env.TARO_ENV = target
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-var-requires
          const a11y = require('@/components/a11y') as typeof import('@/components/a11y')
          const sent = [
            a11y.control('button', none),
            a11y.control('checkbox', none, true),
            a11y.control('radio', none, false),
            a11y.aria('button'),
            a11y.aria('button', '复制备案主体'),
            a11y.aria('checkbox', '已备好：营业执照'),
            a11y.aria('button', '理由（点按查看依据）', 'h5'),
            a11y.group('radiogroup', 'label-x'),
            a11y.heading(1),
            a11y.alert(),
          ]
          // config/a11y-template.ts binds ar / al / ac on view (WeChat aria-role / aria-label / aria-checked,
          // Alipay role / aria-label / aria-checked); test/compiled/a11y-bindings.test.ts reads them back
          // from the built WeChat app. Douyin's template is not patched, so nothing there.
          const bound = [{}, { ar: 'checkbox', ac: 'true' }, { ar: 'radio', ac: 'false' }, {}, { al: '复制备案主体' }, { al: '已备好：营业执照' }, {}, {}, {}, {}]
          expect([target, sent]).toEqual([target, target === 'tt' ? sent.map(() => ({})) : bound])
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

  it("a label kept off the mini-programs ('h5') is on H5 as any other", () => {
    expect(aria('button', '理由（点按查看依据）', 'h5')).toEqual(expect.objectContaining({ role: 'button', 'aria-label': '理由（点按查看依据）', tabIndex: 0 }))
  })
})
