/**
 * `platformGates` (contract v1, kept) derived from the categories: one gate per category with
 * a path, named "<top>-<second>[-<third>]" as v1's gates were. Entries without a path (no
 * category exists for an activity) are not gates.
 */
import type { Category, PlatformGate } from '../contract/types'
import { findEntry, pathKey } from './catalogue'

/** Where each platform's categories come from (ids in the bundled sources list). */
const GATE_SOURCES = {
  wechat: ['wechat-categories'],
  wechatPersonal: ['wechat-categories-personal'],
  alipay: ['alipay-restricted-categories', 'practitioner-articles'],
} as const

export function platformGatesFrom(categories: readonly Category[]): PlatformGate[] {
  const out: PlatformGate[] = []
  for (const c of categories) {
    if (c.path.length === 0) continue
    const entry = findEntry(c.platform, c.path)
    const sources =
      c.platform === 'alipay' ? GATE_SOURCES.alipay : entry !== undefined && !entry.nonPersonal ? GATE_SOURCES.wechatPersonal : GATE_SOURCES.wechat
    const gate: PlatformGate = {
      platform: c.platform,
      category: c.path.join('-'),
      qualifications: c.qualifications.map((q) => [...q]),
      rule: `category.${c.platform}.${pathKey(c.path)}`,
      sources: [...sources],
    }
    if (c.note !== undefined) gate.note = c.note
    out.push(gate)
  }
  return out
}
