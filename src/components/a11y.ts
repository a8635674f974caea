/**
 * Accessibility props for a tappable View, per platform. On H5 a View is a `div`: it gets a
 * real role, its state (`aria-checked`), a place in the Tab order and Space/Enter, so it works
 * like a native control. The weapp/alipay templates Taro 4.2 generates bind no `role`, `aria-*`,
 * `ariaRole` or `ariaLabel` at all (dist/weapp/base.wxml has none; docs/accessibility.md), so
 * there these helpers return nothing: the props would only add bytes to every setData
 * (issue 13: a reason's text was sent twice, once as its label). Size and visible text do the rest.
 */
import type { KeyboardEvent } from 'react'

// Every mini-program target (weapp, alipay, tt): only the H5 build is a browser page.
const MINI_PROGRAM = process.env.TARO_ENV !== 'h5'

export type ControlRole = 'button' | 'checkbox' | 'radio' | 'link'

/** Spread onto a View that acts as a control (its visible text names it): `<View {...control('checkbox', tap, true)} />`. */
export function control(role: ControlRole, onActivate: () => void, checked?: boolean): Record<string, unknown> {
  if (MINI_PROGRAM) return {}
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
 * A View's role and, where its text alone would not say it, a label (H5 only, as above). A
 * `button` or `checkbox` also gets a Tab stop and Enter/Space, which tap it: a role alone is a
 * promise a keyboard user cannot use (issue 25).
 */
export function aria(role: 'button' | 'alert' | 'checkbox', label?: string): Record<string, unknown> {
  if (MINI_PROGRAM) return {}
  const props: Record<string, unknown> = label === undefined ? { role } : { role, 'aria-label': label }
  if (role !== 'alert') {
    props.tabIndex = 0
    props.onKeyDown = tapOnKey
  }
  return props
}
