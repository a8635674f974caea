import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { REQUIREMENT_LABELS } from '../domain/labels'
import { headline } from '../domain/summary'
import type { Assessment, Profile } from '../domain/types'
import { causes, driverLabel, whatIf, type Driver } from '../domain/whatif'
import StatusChange from './StatusChange'
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
  // A platform is where the mini-program runs, not a feature to drop: never offered as a what-if.
  const list = useMemo(
    () =>
      causes(profile, assessment)
        .map((c) => ({ ...c, drivers: c.drivers.filter((d) => d.field !== 'platforms') }))
        .filter((c) => c.drivers.length > 0),
    [profile, assessment],
  )
  const result = useMemo(() => (chosen === null ? null : whatIf(profile, assessment, chosen)), [profile, assessment, chosen])
  if (list.length === 0) return null
  return (
    <View className='section' id='drivers'>
      <Text className='section__title'>如果不做某项功能会怎样？</Text>
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
                ariaLabel={`如果不做「${label}」会怎样`}
                onClick={() => setChosen(chosen !== null && keyOf(chosen) === keyOf(d) ? null : d)}
              >
                不做「{label}」？
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
              <Text className='whatif__head'>不做「{result.label}」</Text>
              <Text className='whatif__text' id='whatif-headline'>
                {headline(result.assessment)}
              </Text>
            </View>
          </View>
          {result.changes.map((c) => (
            <StatusChange key={c.id} change={c} />
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
