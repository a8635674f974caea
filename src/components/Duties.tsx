import { Block, Text, View } from '@tarojs/components'
import { memo, useState } from 'react'
import { type DutyItem, type Requirement, statusLabel } from '../domain'
import Reasons from './Reasons'
import Slots from './Slots'
import { aria, control } from './a11y'
import './Status.scss'
import './Duties.scss'

interface Props {
  /** plan.duties: every duty that applies, the law's first, then the platforms'. */
  duties: readonly DutyItem[]
  /** The assessment's requirements (a duty's reasons are read from its requirement). */
  reqs: readonly Requirement[]
  /** Ticked items (materials and duties share the history entry's `done`). */
  done: readonly string[]
  onToggle: (tick: string) => void
}

/** The order the rows come in within a group: required, likely, then what is still open. */
const RANKS: ReadonlyArray<readonly Requirement['status'][]> = [['required'], ['likely'], ['depends', 'consult']]

/**
 * 上线前还要做到 (issue 23, contract v1.2 kind 'duty'): one line per duty — its name and status,
 * ticked like a material (saved with the history entry) — with its reasons a tap away, folded so
 * a tap sends one row's reasons only. The row is `req-<id>` with `status-<status>` (contract ids).
 * Platform duties sit under 平台要求. Each row has a fixed slot (Slots), so a duty an inline answer
 * brings or takes away sends its own slot, not the list. Two nodes per row (result-nodes budget).
 */
export default function Duties({ duties, reqs, done, onToggle }: Props) {
  const byId = new Map(duties.map((d) => [d.id, d]))
  const law = reqs.filter((r) => byId.get(r.id)?.platform === false)
  const platform = reqs.filter((r) => byId.get(r.id)?.platform === true)
  const ticked = duties.filter((d) => done.includes(d.tick)).length
  const row = (r: Requirement) => {
    const d = byId.get(r.id)
    return d === undefined ? null : <DutyRow key={d.id} duty={d} req={r} ticked={done.includes(d.tick)} onToggle={onToggle} />
  }
  const empty = duties.length === 0
  // The container and its slots stay when empty (as NotNeeded): a duty an answer brings fills its slot.
  return (
    // The title is the section's own text (.section--head), no node of its own (result-nodes budget).
    <View className={empty ? '' : 'section section--head duties'} id='result-duties'>
      {empty ? '' : `上线前还要做到 · 已做 ${ticked} / ${duties.length}`}
      {RANKS.map((statuses) => (
        <Slots key={statuses[0]} reqs={law} statuses={statuses} render={row} />
      ))}
      <Block>
        {platform.length > 0 && (
          <Text className='duties__group' id='duties-platform'>
            平台要求
          </Text>
        )}
      </Block>
      {RANKS.map((statuses) => (
        <Slots key={statuses[0]} reqs={platform} statuses={statuses} render={row} />
      ))}
    </View>
  )
}

interface RowProps {
  duty: DutyItem
  req: Requirement
  ticked: boolean
  onToggle: (tick: string) => void
}

/** One duty: the line to tick, and 依据 to unfold its office, question and reasons. Re-renders only when its own tick changes. */
const DutyRow = memo(function DutyRow({ duty, req, ticked, onToggle }: RowProps) {
  const [open, setOpen] = useState(false)
  const tick = () => onToggle(duty.tick)
  const unfold = () => setOpen(!open)
  // A duty that waits on an answer says which, on its line: nothing to unfold to read it.
  const line = `${duty.label} · ${statusLabel(duty)}${duty.question !== undefined ? `\n取决于：${duty.question}` : ''}`
  return (
    <Block>
      <View id={`req-${duty.id}`} className={`duty status-${duty.status}${ticked ? ' duty--done' : ''}`} onClick={tick} {...control('checkbox', tick, ticked)}>
        {line}
      </View>
      <View
        id={`duty-open-${duty.id}`}
        className='duty__open'
        onClick={unfold}
        {...control('button', unfold)}
        {...aria('button', `${duty.label}：${open ? '收起依据' : '查看依据'}`)}
      >
        {open ? '收起' : '依据 ›'}
      </View>
      <Block>{open && <DutyDetail duty={duty} req={req} />}</Block>
    </Block>
  )
})

/** What a duty rests on: who checks it, then its reasons with their citations (tap one for its sources). */
function DutyDetail({ duty, req }: { duty: DutyItem; req: Requirement }) {
  return (
    <View className='duty__detail' id={`duty-detail-${duty.id}`}>
      {duty.authority !== undefined && <Text className='duty__office'>{`监督：${duty.authority}`}</Text>}
      <Reasons reasons={req.reasons} moreId={`duty-more-${duty.id}`} />
    </View>
  )
}
