import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import CopyFallback from '@/components/CopyFallback'
import { COPY_FAILED_MESSAGE, copyText } from '@/platform/clipboard'
import { resetTaroMock } from '../setup/taro-mock'

const setClipboardData = Taro.setClipboardData as unknown as jest.Mock

describe('CopyFallback (H5 components in jsdom)', () => {
  beforeEach(() => resetTaroMock())
  afterEach(() => setClipboardData.mockImplementation(() => Promise.resolve({ errMsg: 'setClipboardData:ok' })))

  it('shows nothing while copying works', async () => {
    const { container } = render(<CopyFallback />)
    await act(async () => {
      await copyText('文字')
    })
    expect(container.querySelector('#copy-fallback')).toBeNull()
  })

  it('shows the plain message and the text, selectable, when copying fails; 关闭 hides it', async () => {
    setClipboardData.mockImplementation(() => Promise.reject({ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 }))
    const { container } = render(<CopyFallback />)
    await act(async () => {
      await copyText('https://example.invalid/#profile')
    })
    const box = container.querySelector('#copy-fallback')
    expect(box).not.toBeNull()
    expect(box?.textContent).toContain(COPY_FAILED_MESSAGE)
    expect(box?.textContent).toContain('https://example.invalid/#profile')
    const text = box?.querySelector('.copy-fallback__text')
    expect(text).not.toBeNull()
    // Taro's H5 <Text selectable> / userSelect: the browser lets the user select the text.
    expect(text?.getAttribute('selectable') ?? text?.getAttribute('user-select') ?? (text as HTMLElement & { selectable?: boolean }).selectable).toBeTruthy()
    fireEvent.click(box?.querySelector('.copy-fallback__close') as Element)
    expect(container.querySelector('#copy-fallback')).toBeNull()
  })
})
