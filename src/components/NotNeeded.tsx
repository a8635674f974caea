import { Block, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Requirement } from '../domain'
import RequirementCard from './RequirementCard'
import Slots from './Slots'
import './Sections.scss'
import { aria } from './a11y'

/** What is not needed (an empty container when nothing is), collapsed to one line each (name, status, why); open it for the reasons and sources. */
export default function NotNeeded({ reqs }: { reqs: readonly Requirement[] }) {
  const [open, setOpen] = useState(false)
  // The container and its slots stay when the list is empty: a card that moves here on an inline
  // answer then fills its slot, instead of the whole section (with every slot) being sent.
  const empty = reqs.length === 0
  return (
    <View className={empty ? '' : 'section'} id='result-not-needed'>
      <Block>{!empty && <Text className='section__title'>{`通常不需要（${reqs.length} 项）`}</Text>}</Block>
      <Slots reqs={reqs} statuses={['notRequired']} render={(r) => <RequirementCard key={r.id} req={r} compact={!open} />} />
      <Block>
        {!empty && (
          <View className='link' id='toggle-not-needed' {...aria('button')} onClick={() => setOpen(!open)}>
            {open ? '收起' : '展开理由和依据'}
          </View>
        )}
      </Block>
    </View>
  )
}
