import { Block, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type Blockers as BlockersPlan, REQUIREMENT_LABELS } from '../domain'
import './Sections.scss'
import { aria } from './a11y'
import { StableSlots } from './Slots'

/**
 * Why a needed licence cannot be obtained as things stand, and the ways out: first on the page.
 * `startFolded`: the block has just appeared on an inline answer; its ways wait behind a tap, so
 * the answer sends the title and the problems, not every way with its time (issue 13).
 */
export default function Blockers({ blockers, startFolded = false }: { blockers: BlockersPlan; startFolded?: boolean }) {
  // The ways name the result after each (之后需要…): when an answer changes them they fold again, so
  // the answer sends one line, not every way (one setData ≤ 2 KB). Opened for these ways only.
  const ways = blockers.ways.map((w) => w.text).join('|')
  const [openFor, setOpenFor] = useState<string | null>(startFolded ? null : ways)
  const folded = openFor !== ways
  return (
    <View className='section blockers' id='result-blockers' {...aria('alert')}>
      <Text className='section__title blockers__title'>{`先解决：现在还不能取得 ${blockers.requirements.map((id) => REQUIREMENT_LABELS[id]).join('、')}`}</Text>
      {/* Slotted (./Slots): an inline answer that adds a problem or a way sends that one alone. */}
      <StableSlots items={blockers.problems} keyOf={(p) => p.text} render={(p) => <Text className='section__line'>{p.text}</Text>} />
      {/* In a slot of its own: folding or opening the ways sends this slot, not the block's every problem. */}
      <Block>
        {folded ? (
          <View className='link link--small' id='blockers-ways' {...aria('button')} onClick={() => setOpenFor(ways)}>
            {`可以这样做（${blockers.ways.length} 种）· 查看 ›`}
          </View>
        ) : (
          <Block>
            <Text className='section__line'>可以这样做（任选其一）：</Text>
            <StableSlots
              items={blockers.ways}
              keyOf={(w) => w.kind}
              render={(w, i) => (
                <Text className='section__line blockers__way' id={`way-${w.kind}-${i}`}>
                  {`${i + 1}. ${w.text}${w.time !== undefined ? `（时间：${w.time}）` : ''}`}
                </Text>
              )}
            />
          </Block>
        )}
      </Block>
    </View>
  )
}
