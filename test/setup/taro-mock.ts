/**
 * Test double for `@tarojs/taro` in the jsdom layer (mapped in jest.config.js).
 * The Taro API is the boundary between our pages and the platform, so tests assert on these
 * recording mocks (e.g. `expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/wizard/index' })`).
 * Storage is an in-memory map; call `resetTaroMock()` between tests.
 */
import { useEffect } from 'react'

/**
 * Storage as Taro's H5 build keeps it (the components layer runs as H5): in jsdom's localStorage,
 * each value in Taro's envelope `{"data": …}`. Like the real one, getStorageSync never throws — a
 * failed read returns '' — and setStorageSync lets the browser's error through. To fail a read
 * here, make `localStorage.getItem` throw (`failLocalStorage`), as the browser walks do.
 */
function h5Get(key: string): unknown {
  let item: unknown
  try {
    item = JSON.parse(localStorage.getItem(key) || '')
  } catch {
    // as Taro's H5 getItem: anything unreadable is ''
  }
  return typeof item === 'object' && item !== null && Object.prototype.hasOwnProperty.call(item, 'data') ? (item as { data: unknown }).data : ''
}
const storage = {
  has: (key: string) => h5Get(key) !== '',
  get: (key: string) => h5Get(key),
  set: (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify({ data: value })),
  delete: (key: string) => localStorage.removeItem(key),
  clear: () => localStorage.clear(),
}
let routerParams: Record<string, string> = {}

const resolved = <T>(value: T) => jest.fn((_opts?: unknown) => Promise.resolve(value))

const Taro = {
  navigateTo: resolved({ errMsg: 'navigateTo:ok' }),
  redirectTo: resolved({ errMsg: 'redirectTo:ok' }),
  reLaunch: resolved({ errMsg: 'reLaunch:ok' }),
  navigateBack: resolved({ errMsg: 'navigateBack:ok' }),
  switchTab: resolved({ errMsg: 'switchTab:ok' }),
  showToast: resolved({ errMsg: 'showToast:ok' }),
  showModal: resolved({ errMsg: 'showModal:ok', confirm: true, cancel: false }),
  setClipboardData: resolved({ errMsg: 'setClipboardData:ok' }),
  setStorageSync: jest.fn((key: string, value: unknown) => { storage.set(key, value) }),
  getStorageSync: jest.fn((key: string) => storage.get(key)),
  removeStorageSync: jest.fn((key: string) => { storage.delete(key) }),
  clearStorageSync: jest.fn(() => { storage.clear() }),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB', ALIPAY: 'ALIPAY' },
  request: jest.fn(() => { throw new Error('the app must not make network requests (Taro.request called)') })
}

/** Clear recorded calls and storage, and set the params useRouter() returns. */
export function resetTaroMock(params: Record<string, string> = {}) {
  storage.clear()
  routerParams = params
  for (const value of Object.values(Taro)) {
    if (typeof value === 'function' && 'mockClear' in value) (value as jest.Mock).mockClear()
  }
}

export const taroStorage = storage

/** Make jsdom's localStorage throw on `getItem` (and `setItem` when asked) for the next `times` calls of each. */
export function failLocalStorage(times: number, which: { get?: boolean; set?: boolean } = { get: true }): jest.SpyInstance[] {
  const spies: jest.SpyInstance[] = []
  const fail = (method: 'getItem' | 'setItem') => {
    const spy = jest.spyOn(Storage.prototype, method)
    for (let i = 0; i < times; i++) {
      spy.mockImplementationOnce(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      })
    }
    spies.push(spy)
  }
  if (which.get === true) fail('getItem')
  if (which.set === true) fail('setItem')
  return spies
}

export function useLoad(fn: (params: Record<string, string>) => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => { fn(routerParams) }, [])
}
export function useDidShow(fn: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => { fn() }, [])
}
export function useDidHide(_fn: () => void) {}
export function useReady(fn: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => { fn() }, [])
}
export function useUnload(fn: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => () => fn(), [])
}
/** The last handler a page registered, so tests can read the share card it would give. */
type ShareHandler = () => { title?: string; path?: string }
const share: { handler: ShareHandler | null } = { handler: null }
export const lastShare = share
export function useShareAppMessage(fn: ShareHandler) {
  share.handler = fn
}
export function useRouter() {
  return { params: routerParams, path: '' }
}
export function getCurrentInstance() {
  return { router: { params: routerParams, path: '' }, page: null, app: null }
}

export const { navigateTo, redirectTo, reLaunch, navigateBack, switchTab, showToast, showModal, setClipboardData, setStorageSync, getStorageSync, removeStorageSync, clearStorageSync, getEnv, ENV_TYPE } = Taro

export default Taro
