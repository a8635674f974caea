/**
 * Test double for `@tarojs/taro` in the jsdom layer (mapped in jest.config.js).
 * The Taro API is the boundary between our pages and the platform, so tests assert on these
 * recording mocks (e.g. `expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/wizard/index' })`).
 * Storage is an in-memory map; call `resetTaroMock()` between tests.
 */
import { useEffect } from 'react'

const storage = new Map<string, unknown>()
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
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
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
