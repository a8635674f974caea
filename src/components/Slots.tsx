import { Block } from '@tarojs/components'
import type { ReactNode } from 'react'
import { REQUIREMENT_IDS, type Requirement, type Status } from '../domain/types'

/**
 * One fixed slot (a Block, no node of its own) per requirement id, in the engine's order
 * (REQUIREMENT_IDS), filled when that requirement has one of these statuses. The slots do not
 * change with the answers, so a card that moves between parts re-sends that card only (issue 13:
 * one tap ≤ 2 KB); a list keyed by the current requirements re-sent the list from the insertion point.
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
