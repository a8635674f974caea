import Taro from '@tarojs/taro'

/**
 * Copying to the clipboard, on every target, with a result instead of a silent failure.
 *
 * WeChat counts the clipboard as a privacy API: unless 剪切板 is declared in the mini-program's
 * 用户隐私保护指引, `setClipboardData` fails with errno 112 ("api scope is not declared in the privacy
 * agreement"); a user who refused the privacy prompt gets errno 104. Alipay and browsers can refuse too
 * (no permission, no secure context). Every such failure resolves to `{ ok: false, message }` and is
 * announced to `onCopyFailure` listeners, so the page can show the text to select by hand
 * (src/components/CopyFallback.tsx).
 */
export type CopyResult = { ok: true } | { ok: false; message: string; code?: number }

/** What the user reads when copying failed, whatever the cause. */
export const COPY_FAILED_MESSAGE = '没能复制到剪贴板。请长按下面的文字选择并手动复制。'

export type CopyFailure = { text: string; message: string; code?: number }
type Listener = (failure: CopyFailure) => void
const listeners = new Set<Listener>()

/** Be told about every failed copy (returns the unsubscribe function). */
export function onCopyFailure(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The platform's error number, when the failure carries one (WeChat: errno 112 undeclared, 104 refused). */
function errorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { errno, errCode, error: alipayCode } = error as { errno?: unknown; errCode?: unknown; error?: unknown }
  for (const value of [errno, errCode, alipayCode]) if (typeof value === 'number') return value
  return undefined
}

/**
 * The browser's own copy, where there is one: the async clipboard (rejects when refused), else
 * `document.execCommand('copy')`, whose false result Taro's H5 `setClipboardData` ignores.
 * Returns false where neither exists (then Taro's call is tried); throws when copying failed.
 */
async function copyInBrowser(text: string): Promise<boolean> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined
  if (clipboard !== undefined && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text)
      return true
    } catch {
      // refused (no permission, no focus, not a secure context): try the older way below
    }
  }
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false
  const area = document.createElement('textarea')
  area.value = text
  area.readOnly = true
  area.style.position = 'absolute'
  area.style.left = '-10000px'
  document.body.appendChild(area)
  try {
    area.select()
    if (!document.execCommand('copy')) throw new Error('document.execCommand("copy") returned false')
  } finally {
    document.body.removeChild(area)
  }
  return true
}

export async function copyText(text: string): Promise<CopyResult> {
  try {
    if (process.env.TARO_ENV === 'h5' && (await copyInBrowser(text))) {
      void Taro.showToast({ title: '已复制', icon: 'none' })
      return { ok: true }
    }
    // Taro turns the platform's fail callback into a rejection on every mini-program target.
    await Taro.setClipboardData({ data: text })
    return { ok: true }
  } catch (error) {
    const code = errorCode(error)
    const failure: CopyFailure = code === undefined ? { text, message: COPY_FAILED_MESSAGE } : { text, message: COPY_FAILED_MESSAGE, code }
    for (const listener of [...listeners]) listener(failure)
    return code === undefined ? { ok: false, message: COPY_FAILED_MESSAGE } : { ok: false, message: COPY_FAILED_MESSAGE, code }
  }
}
