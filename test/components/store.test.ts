/**
 * The store: answers, step and history persisted through the Taro storage adapter, with a
 * version; damaged, foreign or oversized storage never crashes the app, keeps what can be
 * read and says so once.
 */
import type { Profile } from '@/domain/contract/types'
import { HISTORY_LIMIT } from '@/store/sanitize'

type StoreModule = typeof import('@/store')
type TaroMock = { setStorageSync: (k: string, v: unknown) => void; getStorageSync: (k: string) => unknown }

/** Start the app afresh with `stored` under the store's key (a new module registry each time). */
function boot(stored?: unknown, prepare?: (taro: TaroMock) => void): { store: StoreModule; taro: TaroMock } {
  let store!: StoreModule
  let taro!: TaroMock
  localStorage.clear()
  jest.isolateModules(() => {
    taro = require('@tarojs/taro').default
    if (stored !== undefined) taro.setStorageSync('permit-guide', stored)
    prepare?.(taro)
    store = require('@/store')
  })
  return { store, taro }
}

const profile: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['ownSales'], sectors: [] }
const entry = (id: string) => ({ id, savedAt: '2026-11-01T00:00:00.000Z', profile, rulesetVersion: '2026.11.0', headline: '需要：ICP 备案', statuses: { icpFiling: 'required' } })

describe('store persistence', () => {
  it('restores answers, step and history saved before, with no notice', () => {
    const saved = JSON.stringify({ version: 1, state: { answers: { platforms: ['alipay'], operatorType: 'company' }, step: 3, history: [entry('a')] } })
    const { store } = boot(saved)
    const s = store.useWizard.getState()
    expect(s.answers).toEqual({ platforms: ['alipay'], operatorType: 'company' })
    expect(s.step).toBe(3)
    expect(s.history.map((e) => e.id)).toEqual(['a'])
    expect(s.notice).toBeNull()
  })

  it('writes only answers, step and history, with its version, after every change', () => {
    const { store, taro } = boot()
    store.useWizard.getState().toggle('activities', 'marketplace')
    const written = JSON.parse(String(taro.getStorageSync('permit-guide')))
    expect(written).toEqual({ version: store.PERSIST_VERSION, state: { answers: { activities: ['marketplace'] }, step: 0, history: [] } })
  })

  it.each([
    ['broken JSON', '{"version":1,"state":{"answ', /损坏/],
    ['a foreign shape', JSON.stringify([1, 2, 3]), /无法识别/],
  ])('starts cleanly from %s and tells the user once', (_what, stored, message) => {
    const { store } = boot(stored)
    const s = store.useWizard.getState()
    expect(s.answers).toEqual({})
    expect(s.notice).toMatch(message)
    s.dismissNotice()
    expect(store.useWizard.getState().notice).toBeNull()
  })

  it('keeps what can be read from a partly damaged or future-version store', () => {
    const saved = JSON.stringify({
      version: 7,
      state: {
        answers: { platforms: ['wechat', 'baidu'], operatorType: 'robot', registeredCapital: -3, foreignShare: 20, sectors: ['food'] },
        step: 99,
        history: [entry('good'), { id: 'bad', profile: { schemaVersion: 1 } }, 'junk'],
      },
    })
    const { store } = boot(saved)
    const s = store.useWizard.getState()
    expect(s.answers).toEqual({ platforms: ['wechat'], foreignShare: 20, sectors: ['food'] })
    expect(s.step).toBe(store.REVIEW_STEP)
    expect(s.history.map((e) => e.id)).toEqual(['good'])
    expect(s.notice).toMatch(/保留能读取的部分/)
  })

  it('starts fresh once per token, so reopening the same url keeps the answers', () => {
    const { store } = boot()
    const s = () => store.useWizard.getState()
    s().toggle('platforms', 'wechat')
    s().startFresh('t1')
    expect(s().answers).toEqual({})
    s().toggle('platforms', 'alipay')
    s().startFresh('t1')
    expect(s().answers).toEqual({ platforms: ['alipay'] })
  })

  it('caps the history and does not repeat the last entry', () => {
    const { store } = boot()
    const { saveToHistory } = store.useWizard.getState()
    const result = { rulesetVersion: '2026.11.1', headline: '需要：ICP 备案', statuses: { icpFiling: 'required' as const } }
    for (let capital = 0; capital < HISTORY_LIMIT + 5; capital++) {
      const p: Profile = { ...profile, operator: { type: 'company', registeredCapital: capital } }
      saveToHistory(p, result)
      saveToHistory(p, result)
    }
    const h = store.useWizard.getState().history
    expect(h).toHaveLength(HISTORY_LIMIT)
    expect(h[0].profile.operator.registeredCapital).toBe(HISTORY_LIMIT + 4)
    expect(JSON.stringify(h[0]).length).toBeLessThan(1000)
  })

  it('tells the user when saving fails, and keeps working', async () => {
    const { store, taro } = boot()
    ;(taro.setStorageSync as jest.Mock).mockImplementationOnce(() => {
      throw new Error('quota')
    })
    store.useWizard.getState().toggle('platforms', 'wechat')
    await Promise.resolve()
    const s = store.useWizard.getState()
    expect(s.answers.platforms).toEqual(['wechat'])
    expect(s.notice).toMatch(/保存到本机失败/)
  })
})
