import { Block } from '@tarojs/components'
import { useRef, type ReactNode } from 'react'
import { REQUIREMENT_IDS, type Requirement, type Status } from '../domain'

/*
 * Why slots: Taro re-sends a container's whole child list (every child, hydrated) when a child
 * is removed, or inserted anywhere but at the end; appending sends the new child only, and a
 * changed text sends that text only. So parts that come and go with an inline answer sit in
 * slots that never leave the tree (a Block has no node of its own): filling or clearing one sends
 * that slot only (issue 13: one tap ≤ 1 setData ≤ 2 KB).
 */

/**
 * One fixed slot per requirement id, in the engine's order (REQUIREMENT_IDS), filled when that
 * requirement has one of these statuses: a card that moves between parts clears one slot and fills another.
 */
export default function Slots({ reqs, statuses, render }: { reqs: readonly Requirement[]; statuses: readonly Status[]; render: (r: Requirement) => ReactNode }) {
  return (
    <>
      {REQUIREMENT_IDS.map((id) => {
        const r = reqs.find((x) => x.id === id && statuses.includes(x.status))
        return <Block key={id}>{r !== undefined && render(r)}</Block>
      })}
    </>
  )
}

/**
 * Slots for a list whose members are not known in advance (categories, problems, notes): one slot
 * per key ever shown on this page, in the order first shown. A member that goes away leaves its
 * slot empty (and gets it back if it returns); a new member gets a new slot at the end. The first
 * render is in the list's own order; later arrivals come after the members already shown.
 */
export function StableSlots<T>({ items, keyOf, render }: { items: readonly T[]; keyOf: (item: T) => string; render: (item: T, index: number) => ReactNode }) {
  const order = useRef<string[]>([])
  const byKey = new Map<string, { item: T; i: number }>()
  items.forEach((item, i) => {
    const k = keyOf(item)
    let key = k
    for (let n = 2; byKey.has(key); n++) key = `${k}#${n}` // a repeated key still gets its own slot
    byKey.set(key, { item, i })
  })
  for (const k of byKey.keys()) if (!order.current.includes(k)) order.current.push(k)
  // Its own container: a slot appended here is appended at the end of its parent (sent alone).
  return (
    <Block>
      {order.current.map((k) => {
        const found = byKey.get(k)
        return <Block key={k}>{found !== undefined && render(found.item, found.i)}</Block>
      })}
    </Block>
  )
}
