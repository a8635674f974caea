/**
 * src/platform/clipboard.ts: a copy never fails silently. WeChat's undeclared privacy API (errno 112),
 * a refused privacy prompt (errno 104), Alipay's numeric `error` and a browser's plain Error all resolve
 * to { ok: false, message } and reach the failure listeners with the text to copy by hand.
 */
import Taro from '@tarojs/taro'
import { COPY_FAILED_MESSAGE, copyText, onCopyFailure, type CopyFailure } from '@/platform/clipboard'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { setClipboardData: jest.fn(), showToast: jest.fn(() => Promise.resolve()) } }))
const setClipboardData = Taro.setClipboardData as unknown as jest.Mock

describe('copyText', () => {
  let seen: CopyFailure[]
  let stop: () => void
  beforeEach(() => {
    setClipboardData.mockReset()
    seen = []
    stop = onCopyFailure((f) => seen.push(f))
  })
  afterEach(() => stop())

  it('resolves ok and tells no listener when the platform copies', async () => {
    setClipboardData.mockResolvedValue({ errMsg: 'setClipboardData:ok' })
    await expect(copyText('ICP 备案')).resolves.toEqual({ ok: true })
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'ICP 备案' })
    expect(seen).toEqual([])
  })

  it.each([
    ['WeChat, clipboard not declared in 用户隐私保护指引', { errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 }, 112],
    ['WeChat, user refused the privacy prompt', { errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 }, 104],
    ['Alipay, numeric error', { error: 11, errorMessage: '用户取消' }, 11],
    ['browser, no clipboard permission', new Error('NotAllowedError'), undefined],
    ['a bare string', 'fail', undefined]
  ])('turns a failure into a plain message and a listener call: %s', async (_label, failure, code) => {
    setClipboardData.mockRejectedValue(failure)
    const result = await copyText('https://example.invalid/#a=1')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toBe(COPY_FAILED_MESSAGE)
      expect(result.code).toBe(code)
    }
    expect(seen).toHaveLength(1)
    expect(seen[0].text).toBe('https://example.invalid/#a=1')
    expect(seen[0].message).toBe(COPY_FAILED_MESSAGE)
  })

  it('stops telling a listener once it unsubscribed', async () => {
    setClipboardData.mockRejectedValue({ errno: 112 })
    stop()
    await copyText('x')
    expect(seen).toEqual([])
  })

  it('never rejects, whatever the platform throws', async () => {
    setClipboardData.mockImplementation(() => {
      throw new TypeError('setClipboardData is not a function')
    })
    await expect(copyText('x')).resolves.toMatchObject({ ok: false })
  })
})

describe('copyText on H5 (the browser copies; Taro\'s execCommand path would hide a failure)', () => {
  const g = globalThis as unknown as { navigator?: unknown; document?: unknown }
  const saved = { env: process.env.TARO_ENV, navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator'), document: g.document }
  let seen: CopyFailure[]
  let stop: () => void

  /** A minimal document whose execCommand('copy') answers `copies`. */
  function fakeDocument(copies: boolean | 'missing') {
    const body = { appendChild: jest.fn(), removeChild: jest.fn() }
    const area = { value: '', readOnly: false, style: {} as Record<string, string>, select: jest.fn() }
    return {
      body,
      area,
      createElement: jest.fn(() => area),
      execCommand: copies === 'missing' ? undefined : jest.fn(() => copies)
    }
  }
  function setNavigator(value: unknown) {
    Object.defineProperty(globalThis, 'navigator', { value, configurable: true, writable: true })
  }

  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    setClipboardData.mockReset()
    setClipboardData.mockResolvedValue({ errMsg: 'setClipboardData:ok' })
    seen = []
    stop = onCopyFailure((f) => seen.push(f))
  })
  afterEach(() => {
    stop()
    process.env.TARO_ENV = saved.env
    if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator)
    else delete g.navigator
    g.document = saved.document
  })

  it('uses the async clipboard when it accepts, and not Taro', async () => {
    const writeText = jest.fn(() => Promise.resolve())
    setNavigator({ clipboard: { writeText } })
    g.document = fakeDocument(true)
    await expect(copyText('链接')).resolves.toEqual({ ok: true })
    expect(writeText).toHaveBeenCalledWith('链接')
    expect(setClipboardData).not.toHaveBeenCalled()
    expect(seen).toEqual([])
  })

  it('falls back to execCommand when the async clipboard refuses, and it copies', async () => {
    setNavigator({ clipboard: { writeText: jest.fn(() => Promise.reject(new Error('NotAllowedError'))) } })
    const doc = fakeDocument(true)
    g.document = doc
    await expect(copyText('文字')).resolves.toEqual({ ok: true })
    expect(doc.area.value).toBe('文字')
    expect(doc.body.removeChild).toHaveBeenCalledWith(doc.area)
    expect(seen).toEqual([])
  })

  it('reports failure when execCommand("copy") returns false (Taro would have said ok)', async () => {
    setNavigator({})
    const doc = fakeDocument(false)
    g.document = doc
    const result = await copyText('文字')
    expect(result).toMatchObject({ ok: false, message: COPY_FAILED_MESSAGE })
    expect(seen.map((f) => f.text)).toEqual(['文字'])
    expect(doc.body.removeChild).toHaveBeenCalledWith(doc.area)
    expect(setClipboardData).not.toHaveBeenCalled()
  })

  it('leaves it to Taro where the browser has neither way', async () => {
    setNavigator({})
    g.document = fakeDocument('missing')
    await expect(copyText('x')).resolves.toEqual({ ok: true })
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'x' })
  })
})
