/**
 * Accessibility props for a tappable View, per platform. On H5 a View is a `div`: it gets a
 * real role, its state (`aria-checked`), a place in the Tab order and Space/Enter, so it works
 * like a native control. weapp/alipay templates drop `role`/`aria-*` (see docs/accessibility.md):
 * there the component's own `ariaRole`/`ariaLabel` are passed, and size and text do the rest.
 */
import type { KeyboardEvent } from 'react'

const MINI_PROGRAM = process.env.TARO_ENV === 'weapp' || process.env.TARO_ENV === 'alipay'

export type ControlRole = 'button' | 'checkbox' | 'radio' | 'link'

/** Spread onto a View that acts as a control: `<View {...control('checkbox', '微信', true, tap)} />`. */
export function control(role: ControlRole, label: string, onActivate: () => void, checked?: boolean): Record<string, unknown> {
  if (MINI_PROGRAM) {
    const state = checked === undefined ? '' : checked ? '，已选' : '，未选'
    return { ariaRole: role, ariaLabel: `${label}${state}` }
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
  return MINI_PROGRAM ? { ariaRole: 'alert' } : { role: 'alert' }
}
