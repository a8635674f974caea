import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { REQUIREMENT_LABELS, STATUS_LABELS } from '../domain/labels'
import { headline } from '../domain/summary'
import type { Assessment, Profile } from '../domain/types'
import { causes, driverLabel, whatIf, type Driver } from '../domain/whatif'
import './Sections.scss'

const keyOf = (d: Driver) => `${d.field}-${String(d.value)}`

interface Props {
  profile: Profile
  assessment: Assessment
  /** Take the changed answers (own result only). */
  onApply?: (p: Profile) => void
}

/** What drives each licence, with a one-tap "without X?" that shows both results side by side. */
export default function WhatIf({ profile, assessment, onApply }: Props) {
  const [chosen, setChosen] = useState<Driver | null>(null)
  const list = useMemo(() => causes(profile, assessment), [profile, assessment])
  const result = useMemo(() => (chosen === null ? null : whatIf(profile, assessment, chosen)), [profile, assessment, chosen])
  if (list.length === 0) return null
  return (
    <View className='section' id='drivers'>
      <Text className='section__title'>是什么让它成为必须？</Text>
      {list.map((c) => (
        <View key={c.requirement} className='drivers__row'>
          <Text className='section__line'>{REQUIREMENT_LABELS[c.requirement]}，因为：</Text>
          {c.drivers.map((d) => {
            const label = driverLabel(d)
            return (
              <View
                key={keyOf(d)}
                id={`whatif-${keyOf(d)}`}
                className={`chip${chosen !== null && keyOf(chosen) === keyOf(d) ? ' chip--on' : ''}`}
                ariaRole='button'
                ariaLabel={`如果没有${label}会怎样`}
                onClick={() => setChosen(chosen !== null && keyOf(chosen) === keyOf(d) ? null : d)}
              >
                没有「{label}」会怎样？
              </View>
            )
          })}
        </View>
      ))}
      {result !== null && (
        <View className='whatif' id='whatif-panel'>
          <View className='whatif__cols'>
            <View className='whatif__col'>
              <Text className='whatif__head'>现在</Text>
              <Text className='whatif__text'>{headline(assessment)}</Text>
            </View>
            <View className='whatif__col'>
              <Text className='whatif__head'>没有「{result.label}」</Text>
              <Text className='whatif__text' id='whatif-headline'>
                {headline(result.assessment)}
              </Text>
            </View>
          </View>
          {result.changes.map((c) => (
            <Text key={c.id} className='section__line'>
              {REQUIREMENT_LABELS[c.id]}：{c.from === null ? '不涉及' : STATUS_LABELS[c.from]} → {c.to === null ? '不涉及' : STATUS_LABELS[c.to]}
            </Text>
          ))}
          {onApply !== undefined && (
            <View className='link' id='whatif-apply' ariaRole='button' onClick={() => onApply(result.profile)}>
              按这个改动修改我的回答
            </View>
          )}
        </View>
      )}
    </View>
  )
}
