import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Requirement } from '../domain/types'
import RequirementCard from './RequirementCard'
import './Sections.scss'

/** What is not needed, collapsed to one line each (name, status, why); open it for the reasons and sources. */
export default function NotNeeded({ reqs }: { reqs: readonly Requirement[] }) {
  const [open, setOpen] = useState(false)
  if (reqs.length === 0) return null
  return (
    <View className='section' id='result-not-needed'>
      <Text className='section__title'>通常不需要（{reqs.length} 项）</Text>
      {reqs.map((r) => (
        <RequirementCard key={r.id} req={r} compact={!open} />
      ))}
      <View className='link' id='toggle-not-needed' ariaRole='button' onClick={() => setOpen(!open)}>
        {open ? '收起' : '展开理由和依据'}
      </View>
    </View>
  )
}
