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

export async function copyText(text: string): Promise<CopyResult> {
  try {
    // Taro turns the platform's fail callback into a rejection on every target.
    await Taro.setClipboardData({ data: text })
    return { ok: true }
  } catch (error) {
    const code = errorCode(error)
    const failure: CopyFailure = code === undefined ? { text, message: COPY_FAILED_MESSAGE } : { text, message: COPY_FAILED_MESSAGE, code }
    for (const listener of [...listeners]) listener(failure)
    return code === undefined ? { ok: false, message: COPY_FAILED_MESSAGE } : { ok: false, message: COPY_FAILED_MESSAGE, code }
  }
}
