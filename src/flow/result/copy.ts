import { copyText as copyToClipboard } from '../../platform/clipboard'

/**
 * The one place the result copies text (the result as text, a share link, a source's link):
 * the platform helper swaps this call for src/platform/clipboard.ts in one line.
 */
export function copyText(data: string): void {
  // A failure shows the text to copy by hand (CopyFallback, rendered in ResultActions).
  void copyToClipboard(data)
}
