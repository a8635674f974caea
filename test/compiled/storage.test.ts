/**
 * Nothing lost, on the compiled WeChat output: an assessment survives a kill (the storage is
 * carried into a new launch) and resumes; a getStorageSync that throws at start-up never
 * leads to the history being written over, and a later successful read brings it back.
 */
import { STORAGE_KEY, STORAGE_NOTICES } from '../../src/store/messages'
import { example } from '../fixtures/profiles'
import { launch, type MiniProgram } from './harness'
import { walkWizard } from './walk'

jest.setTimeout(60_000)

/** A new launch of the app with the storage the killed one left behind. */
function relaunch(storage: ReadonlyMap<string, unknown>): MiniProgram {
  const mp = launch()
  for (const [k, v] of storage) mp.storage.set(k, v)
  return mp
}

const historyOf = (raw: unknown): Array<{ id: string }> => (JSON.parse(String(raw)) as { state: { history: Array<{ id: string }> } }).state.history

describe('compiled WeChat output: storage', () => {
  let left: Map<string, unknown>
  let headline: string

  beforeAll(async () => {
    const mp = launch()
    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText('小程序资质向导')
    const { page } = await walkWizard(mp, home, example(5).profile)
    await page.waitFor(() => page.byId('result-headline'))
    headline = page.byId('result-headline')?.dom.textContent ?? ''
    await page.waitFor(() => historyOf(mp.storage.get(STORAGE_KEY)).length === 1)
    left = new Map(mp.storage) // the process is killed here: only storage remains
  })

  it('resumes after a kill: home offers to continue and counts the history; the review leads to the same result', async () => {
    const mp = relaunch(left)
    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText('历史记录（1）')
    expect(home.byId('storage-notice')).toBeUndefined()
    home.tap('continue')
    await home.waitFor(() => mp.navigations.length > 0)
    const wizard = await mp.followNavigation()
    const progress = await wizard.waitFor(() => /第 (\d+) \/ (\d+) 步/.exec(wizard.text()))
    expect(progress[1]).toBe(progress[2]) // the review step, where it was left
    wizard.tap('wizard-next')
    await wizard.waitFor(() => mp.navigations.length > 1)
    const result = await mp.followNavigation()
    await result.waitFor(() => result.byId('result-headline'))
    expect(result.byId('result-headline')?.dom.textContent).toBe(headline)
    expect(result.byId('storage-notice')).toBeUndefined()
  })

  it('a throwing getStorageSync at start-up writes nothing over the saved history; a later read brings it back', async () => {
    const mp = relaunch(left)
    const good = mp.storage.get(STORAGE_KEY)
    const read = (key: string) => (mp.storage.has(key) ? mp.storage.get(key) : '')
    mp.wx.getStorageSync.mockImplementation(() => {
      throw new Error('getStorageSync:fail')
    })

    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText(STORAGE_NOTICES.readFailed)
    home.tap('start')
    await home.waitFor(() => mp.navigations.length > 0)
    const wizard = await mp.followNavigation()
    await wizard.waitForText(STORAGE_NOTICES.readFailed)
    expect(wizard.byId('storage-retry')).toBeDefined()
    wizard.tap('opt-platforms-wechat')
    await wizard.waitFor(() => /\bselected\b/.test(wizard.byId('opt-platforms-wechat')?.dom.getAttribute('class') ?? ''))
    expect(mp.wx.setStorageSync.mock.calls.filter(([k]) => k === STORAGE_KEY)).toEqual([])
    expect(mp.storage.get(STORAGE_KEY)).toBe(good)

    // Storage recovers; the user taps 重试读取: the saved state is back and saving resumes.
    mp.wx.getStorageSync.mockImplementation(read)
    wizard.tap('storage-retry')
    await wizard.waitFor(() => wizard.byId('storage-notice') === undefined)
    wizard.tap('wizard-back')
    await wizard.waitFor(() => mp.wx.setStorageSync.mock.calls.some(([k]) => k === STORAGE_KEY))
    expect(historyOf(mp.storage.get(STORAGE_KEY))).toEqual(historyOf(good))
  })
})
