import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { type Assessment, causes, type Driver, driverLabel, headline, HEADLINE_NAMES, isDuty, type Profile, REQUIREMENT_LABELS, whatIf } from '../domain'
import StatusChange from './StatusChange'
import { StableSlots } from './Slots'
import './Sections.scss'
import { aria } from './a11y'

const isFeature = (d: Driver) => d.field === 'activities' || d.field === 'sectors' || d.field === 'recruitsForOthers'
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
  // Only features and sectors: a platform is where it runs, and an answer about fees is not a feature to drop.
  // Each feature once, whichever licences it drives (the panel shows what changes).
  const { drivers, names } = useMemo(() => {
    const found: Driver[] = []
    const licences: string[] = []
    for (const c of causes(profile, assessment)) {
      const own = c.drivers.filter(isFeature)
      if (own.length > 0) licences.push(REQUIREMENT_LABELS[c.requirement])
      for (const d of own) if (!found.some((x) => keyOf(x) === keyOf(d))) found.push(d)
    }
    return { drivers: found, names: licences }
  }, [profile, assessment])
  const result = useMemo(() => (chosen === null ? null : whatIf(profile, assessment, chosen)), [profile, assessment, chosen])
  if (drivers.length === 0) return null
  return (
    <View className='section' id='drivers'>
      <Text className='section__title'>{names.length > HEADLINE_NAMES ? '不做这些功能会怎样？' : `${names.join('、')}：不做这些功能会怎样？`}</Text>
      {/* Fixed slots: a feature an answer adds or removes sends its own chip, not the chips after it. */}
      <StableSlots items={drivers} keyOf={keyOf} render={(d) => {
        const label = driverLabel(d)
        return (
          <View
            key={keyOf(d)}
            id={`whatif-${keyOf(d)}`}
            className={`chip${chosen !== null && keyOf(chosen) === keyOf(d) ? ' chip--on' : ''}`}
            {...aria('button', `如果不做「${label}」会怎样`)}
            onClick={() => setChosen(chosen !== null && keyOf(chosen) === keyOf(d) ? null : d)}
          >
            {`不做「${label}」？`}
          </View>
        )
      }}
      />
      {result !== null && (
        <View className='whatif' id='whatif-panel'>
          <View className='whatif__cols'>
            <View className='whatif__col'>
              <Text className='whatif__head'>现在</Text>
              <Text className='whatif__text'>{headline(assessment, HEADLINE_NAMES)}</Text>
            </View>
            <View className='whatif__col'>
              <Text className='whatif__head'>不做「{result.label}」</Text>
              <Text className='whatif__text' id='whatif-headline'>
                {headline(result.assessment, HEADLINE_NAMES)}
              </Text>
            </View>
          </View>
          {/* The licences and filings that change: a duty binds whatever is dropped, and its row says so (one setData ≤ 2 KB). */}
          {result.changes.filter((c) => !isDuty(c)).map((c) => (
            <StatusChange key={c.id} change={c} />
          ))}
          {onApply !== undefined && (
            <View className='link' id='whatif-apply' {...aria('button')} onClick={() => onApply(result.profile)}>
              按这个改动修改我的回答
            </View>
          )}
        </View>
      )}
    </View>
  )
}
