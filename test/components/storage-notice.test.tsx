/**
 * Storage notices appear on the page the user is on: home (from peek, without the store),
 * the result, the history and the wizard (from the store's state). While saving is held after
 * a failed read, the notice offers to read again or to drop the saved data after asking.
 */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import History from '@/flow/history/index'
import Result from '@/flow/result/index'
import Wizard from '@/ask/wizard/index'
import Index from '@/pages/index/index'
import { STORAGE_NOTICES } from '@/store/messages'
import { useWizard } from '@/store'
import { failLocalStorage, resetTaroMock } from '../setup/taro-mock'

/** The browser refuses `times` reads (Taro's H5 getStorageSync would only return '' for them). */
const failReads = (times: number) => void failLocalStorage(times)
afterEach(() => jest.restoreAllMocks())
const noticeText = (c: HTMLElement) => c.querySelector('#storage-notice')?.textContent ?? null

beforeEach(() => {
  resetTaroMock()
  useWizard.setState({ answers: {}, step: 0, history: [], notice: null, writesHeld: false })
})

describe('home page', () => {
  it('says when the saved data cannot be read, and nothing otherwise', () => {
    failReads(4) // the first render and the on-show peek both read, each with one retry
    const failed = render(<Index />)
    expect(noticeText(failed.container)).toContain(STORAGE_NOTICES.readFailed)
    failed.unmount()
    Taro.setStorageSync('permit-guide', '{"version":1,"sta')
    expect(noticeText(render(<Index />).container)).toContain(STORAGE_NOTICES.corrupt)
  })

  it('shows no notice for good data', () => {
    Taro.setStorageSync('permit-guide', JSON.stringify({ version: 1, state: { answers: {}, step: 0, history: [] } }))
    expect(render(<Index />).container.querySelector('#storage-notice')).toBeNull()
  })
})

describe.each([
  ['history', History],
  ['result', Result],
  ['wizard', Wizard],
])('%s page', (_name, Page) => {
  it('shows the store notice and closes it on tap', () => {
    act(() => useWizard.setState({ notice: STORAGE_NOTICES.saveFailed }))
    const { container } = render(<Page />)
    expect(noticeText(container)).toContain(STORAGE_NOTICES.saveFailed)
    act(() => fireEvent.click(container.querySelector('#storage-notice-text') as Element))
    expect(container.querySelector('#storage-notice')).toBeNull()
  })

  it('offers retry and, after asking, clear-and-start-over while saving is held', async () => {
    act(() => useWizard.setState({ notice: STORAGE_NOTICES.readFailed, writesHeld: true }))
    const { container } = render(<Page />)
    expect(container.querySelector('#storage-retry')).not.toBeNull()
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
    fireEvent.click(container.querySelector('#storage-discard') as Element)
    await act(async () => {})
    expect(useWizard.getState().writesHeld).toBe(true)
    fireEvent.click(container.querySelector('#storage-discard') as Element)
    await act(async () => {})
    expect(Taro.showModal).toHaveBeenCalledTimes(2)
    expect(useWizard.getState().writesHeld).toBe(false)
    expect(container.querySelector('#storage-notice')).toBeNull()
  })
})
