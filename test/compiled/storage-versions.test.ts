/**
 * Issue 21 on the compiled WeChat output: a state written by another version (version 0, 55
 * entries, one with a field this version does not know) is not written at start-up — opening
 * home and resuming the wizard writes nothing — and home counts the entries the history shows.
 */
import { STORAGE_KEY } from '../../src/store/messages'
import { example } from '../fixtures/profiles'
import { launch } from './harness'

jest.setTimeout(60_000)

const profile = example(2).profile
const entry = (i: number) => ({
  id: `v${i}`,
  savedAt: new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString(),
  profile,
  rulesetVersion: '2026.11.0',
  headline: '需要：ICP 备案',
  statuses: { icpFiling: 'required' },
  ...(i === 1 ? { origin: { app: 'v3' } } : {}),
})
const OLD = JSON.stringify({ version: 0, state: { answers: { platforms: ['wechat'], operatorType: 'company' }, step: 2, history: Array.from({ length: 55 }, (_, i) => entry(i)) } })

describe('compiled WeChat output: another version’s state', () => {
  it('is not written at start-up; home counts what the history page shows; 继续 opens the saved step', async () => {
    const mp = launch()
    mp.storage.set(STORAGE_KEY, OLD)
    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText('历史记录（50）')
    home.tap('continue')
    await home.waitFor(() => mp.navigations.length > 0)
    const wizard = await mp.followNavigation()
    const progress = await wizard.waitFor(() => /第 (\d+) \/ (\d+) 步/.exec(wizard.text()))
    expect(progress[1]).toBe('3')
    await new Promise((r) => setTimeout(r, 200))
    expect(mp.wx.setStorageSync.mock.calls.filter(([k]) => k === STORAGE_KEY)).toEqual([])
    expect(mp.storage.get(STORAGE_KEY)).toBe(OLD)
  })
})
