/**
 * Nothing lost (src/store/storage.ts with the store's merge): a failed read never leads to an
 * empty state written over good data; the read's outcome is in the state hydration returns;
 * an oversized value keeps what can be read; no false alarm when nothing was lost.
 */
import type { Profile } from '@/domain/contract/types'
import { STORAGE_NOTICES } from '@/store/messages'
import { HISTORY_LIMIT } from '@/store/sanitize'
import { STORAGE_LIMIT_BYTES } from '@/store/storage'
import { failLocalStorage } from '../setup/taro-mock'

type StoreModule = typeof import('@/store')
type TaroMock = {
  setStorageSync: jest.Mock
  getStorageSync: jest.Mock
  removeStorageSync: jest.Mock
}

const KEY = 'permit-guide'
const profile: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['ownSales'], sectors: [] }
const entry = (id: string) => ({ id, savedAt: '2026-11-01T00:00:00.000Z', profile, rulesetVersion: '2026.11.0', headline: '需要：ICP 备案', statuses: { icpFiling: 'required' } })
const saved = (state: Record<string, unknown>, version = 1) => JSON.stringify({ version, state })
const GOOD = saved({ answers: { platforms: ['alipay'], operatorType: 'company' }, step: 2, history: [entry('a'), entry('b')] })

function boot(stored: unknown, prepare?: (taro: TaroMock) => void): { store: StoreModule; taro: TaroMock } {
  let store!: StoreModule
  let taro!: TaroMock
  localStorage.clear()
  jest.isolateModules(() => {
    taro = require('@tarojs/taro').default
    if (stored !== undefined) taro.setStorageSync(KEY, stored)
    taro.setStorageSync.mockClear()
    prepare?.(taro)
    store = require('@/store')
  })
  return { store, taro }
}

/** The browser refuses `times` reads (Taro's H5 getStorageSync would only return '' for them). */
const failReads = (_taro: TaroMock, times: number) => void failLocalStorage(times)
afterEach(() => jest.restoreAllMocks())
const flush = () => new Promise((r) => setTimeout(r, 0))

describe('a failed read at start-up', () => {
  it('writes nothing over the saved data, whatever the user does, and says so in the hydrated state', async () => {
    const { store, taro } = boot(GOOD, (t) => failReads(t, 2))
    const s = () => store.useWizard.getState()
    expect(s().notice).toBe(STORAGE_NOTICES.readFailed)
    expect(s().writesHeld).toBe(true)
    s().startFresh('t1')
    s().toggle('platforms', 'wechat')
    s().chooseOperator('company')
    s().saveToHistory(profile, { rulesetVersion: '2026.11.1', headline: '需要：ICP 备案', statuses: {} })
    s().removeFromHistory('a')
    s().startOver()
    s().dismissNotice()
    await flush()
    expect(taro.setStorageSync).not.toHaveBeenCalled()
    expect(taro.removeStorageSync).not.toHaveBeenCalled()
    expect(taro.getStorageSync(KEY)).toBe(GOOD)
  })

  it('is retried once, so a single failure loses nothing and shows nothing', () => {
    const { store } = boot(GOOD, (t) => failReads(t, 1))
    const s = store.useWizard.getState()
    expect(s.history.map((e) => e.id)).toEqual(['a', 'b'])
    expect([s.notice, s.writesHeld]).toEqual([null, false])
  })

  it('resumes writing after a later successful read, with the saved data back', () => {
    const { store, taro } = boot(GOOD, (t) => failReads(t, 2))
    const s = () => store.useWizard.getState()
    s().retryStorage()
    expect(s().history.map((e) => e.id)).toEqual(['a', 'b'])
    expect([s().notice, s().writesHeld]).toEqual([null, false])
    s().toggle('platforms', 'wechat')
    const written = JSON.parse(String(taro.getStorageSync(KEY)))
    expect(written.state.history.map((e: { id: string }) => e.id)).toEqual(['a', 'b'])
    expect(written.state.answers.platforms).toEqual(['alipay', 'wechat'])
  })

  it('keeps holding writes while reads keep failing', () => {
    const { store, taro } = boot(GOOD, (t) => failReads(t, 4))
    store.useWizard.getState().retryStorage()
    store.useWizard.getState().toggle('platforms', 'wechat')
    expect(store.useWizard.getState().writesHeld).toBe(true)
    expect(taro.setStorageSync).not.toHaveBeenCalled()
  })

  it('resumes writing when the user explicitly drops the saved data', () => {
    const { store, taro } = boot(GOOD, (t) => failReads(t, 2))
    store.useWizard.getState().discardStored()
    const written = JSON.parse(String(taro.getStorageSync(KEY)))
    expect(written.state).toEqual({ answers: {}, step: 0, history: [] })
    expect(store.useWizard.getState().notice).toBeNull()
  })
})

describe('what is read is kept', () => {
  it('keeps every readable field of an oversized value', () => {
    const junk = { id: 'junk', note: 'x'.repeat(STORAGE_LIMIT_BYTES + 1) }
    const big = saved({ answers: { platforms: ['alipay'], operatorType: 'company' }, step: 2, history: [entry('a'), junk, entry('b')] })
    expect(big.length).toBeGreaterThan(STORAGE_LIMIT_BYTES)
    const { store } = boot(big)
    const s = store.useWizard.getState()
    expect(s.answers).toEqual({ platforms: ['alipay'], operatorType: 'company' })
    expect(s.step).toBe(2)
    expect(s.history.map((e) => e.id)).toEqual(['a', 'b'])
    // The entry it cannot show is kept as it is, and listed as such (no loss, so no alarm).
    expect(s.unshown.map((e) => e.id)).toEqual(['junk'])
    expect(s.notice).toBeNull()
  })

  it('reads a value stored as an object rather than a string', () => {
    const { store } = boot(JSON.parse(GOOD))
    expect(store.useWizard.getState().history).toHaveLength(2)
    expect(store.useWizard.getState().notice).toBeNull()
  })

  it.each([
    ['a missing step', saved({ answers: { platforms: ['alipay'] }, history: [entry('a')] })],
    ['a history longer than its cap', saved({ answers: {}, step: 0, history: Array.from({ length: HISTORY_LIMIT + 7 }, (_, i) => entry(`e${i}`)) })],
    ['no history yet', saved({ answers: { platforms: ['alipay'] }, step: 1 })],
    ['nothing saved', undefined],
  ])('raises no alarm for %s', (_what, stored) => {
    const { store } = boot(stored)
    const s = store.useWizard.getState()
    expect([s.notice, s.writesHeld]).toEqual([null, false])
    expect(s.history.length).toBeLessThanOrEqual(HISTORY_LIMIT)
  })

  it('puts the notice in the hydrated state without writing anything at start-up', () => {
    const { store, taro } = boot('{"version":1,"state":{"answ')
    expect(store.useWizard.getState().notice).toBe(STORAGE_NOTICES.corrupt)
    expect(taro.setStorageSync).not.toHaveBeenCalled()
  })
})
