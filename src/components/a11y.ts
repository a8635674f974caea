/**
 * Accessibility props for a tappable View, per platform. On H5 a View is a `div`: it gets a
 * real role, its state (`aria-checked`), a place in the Tab order and Space/Enter, so it works
 * like a native control.
 *
 * On WeChat and Alipay a View is a `view` in Taro's generic template, which binds only the
 * attributes it lists. config/a11y-template.ts (a Taro build plugin) adds three there, each read
 * from a short data key: `ar` (WeChat `aria-role`, Alipay `role`), `al` (`aria-label`) and `ac`
 * (`aria-checked`). So on those two these helpers send only what 读屏 cannot get from the visible
 * text, in those keys (every byte goes through setData; issue 13: a reason's text was sent twice,
 * once as its label):
 * - an answer (checkbox / radio): its role and whether it is chosen (`control`);
 * - a label that says more than the View's text (`aria`: 复制 what, whose 依据, 已备好 or not).
 * A button's text names it (and a Taro Button is a native button); headings, groups and alerts
 * have no binding. Douyin (tt) gets nothing: its template is not patched (docs/accessibility.md).
 */
import type { KeyboardEvent } from 'react'

const TARGET = process.env.TARO_ENV
// Every mini-program target (weapp, alipay, tt): only the H5 build is a browser page.
const MINI_PROGRAM = TARGET !== 'h5'
/** The targets whose `view` template binds `ar` / `al` / `ac` (config/a11y-template.ts, A11Y_KEYS). */
const BOUND = TARGET === 'weapp' || TARGET === 'alipay'

export type ControlRole = 'button' | 'checkbox' | 'radio' | 'link'

/** Spread onto a View that acts as a control (its visible text names it): `<View {...control('checkbox', tap, true)} />`. */
export function control(role: ControlRole, onActivate: () => void, checked?: boolean): Record<string, unknown> {
  if (MINI_PROGRAM) {
    // Only an answer's role and state: its text names it, but not whether it is chosen.
    if (!BOUND || (role !== 'checkbox' && role !== 'radio')) return {}
    return { ar: role, ac: checked === true ? 'true' : 'false' }
  }
  const props: Record<string, unknown> = {
    role,
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault()
        onActivate()
      }
    },
  }
  if (checked !== undefined) props['aria-checked'] = checked ? 'true' : 'false'
  return props
}

/** A group of radios or checkboxes named by its question. */
export function group(role: 'radiogroup' | 'group', labelledBy: string): Record<string, unknown> {
  return MINI_PROGRAM ? {} : { role, 'aria-labelledby': labelledBy }
}

/** A heading (h1/h2) on H5. */
export function heading(level: 1 | 2 | 3): Record<string, unknown> {
  return MINI_PROGRAM ? {} : { role: 'heading', 'aria-level': level }
}

/** A live message (errors, notices) read out when it appears. */
export function alert(): Record<string, unknown> {
  return MINI_PROGRAM ? {} : { role: 'alert' }
}

/** Enter or Space on a focused control taps it (its own onClick runs, as for a pointer). */
function tapOnKey(e: KeyboardEvent): void {
  if (e.key !== 'Enter' && e.key !== ' ' && e.key !== 'Spacebar') return
  e.preventDefault()
  ;(e.currentTarget as HTMLElement).click()
}

/**
 * A View's role and, where its text alone would not say it, a label. On H5 a `button` or
 * `checkbox` also gets a Tab stop and Enter/Space, which tap it: a role alone is a promise a
 * keyboard user cannot use (issue 25). On WeChat and Alipay only the label is sent (it carries
 * the state, e.g. 已备好：…); `where: 'h5'` keeps a label that only repeats the View's text (with
 * a hint) out of their setData.
 */
export function aria(role: 'button' | 'alert' | 'checkbox', label?: string, where: 'all' | 'h5' = 'all'): Record<string, unknown> {
  if (MINI_PROGRAM) return BOUND && label !== undefined && where === 'all' ? { al: label } : {}
  const props: Record<string, unknown> = label === undefined ? { role } : { role, 'aria-label': label }
  if (role !== 'alert') {
    props.tabIndex = 0
    props.onKeyDown = tapOnKey
  }
  return props
}
