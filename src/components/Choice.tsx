import { Text, View } from '@tarojs/components'
import { control } from './a11y'
import './Choice.scss'

export interface ChoiceProps {
  /** Stable id, e.g. "opt-activities-marketplace" (part of the contract). */
  id: string
  label: string
  description?: string
  selected: boolean
  /** checkbox: several may be chosen; radio: one of a group. */
  role: 'checkbox' | 'radio'
  onTap: () => void
  /** Compact (yes/no pairs, provinces): label only, side by side. */
  compact?: boolean
}

/**
 * One answer: a real checkbox or radio on H5 (focusable, Space/Enter, aria-checked), at least
 * 44 px high everywhere; its state shown by a mark and colour, never by colour alone.
 */
export default function Choice({ id, label, description, selected, role, onTap, compact }: ChoiceProps) {
  return (
    <View
      id={id}
      className={`choice${compact === true ? ' choice--compact' : ''}${selected ? ' choice--selected selected' : ''}`}
      onClick={onTap}
      {...control(role, onTap, selected)}
    >
      {/* The box: a real checkbox or radio look in CSS (Choice.scss), its state in the classes (never colour alone: aria-checked on H5). */}
      <View className={`choice__box choice__box--${role}`} aria-hidden='true' />
      <Text className='choice__label'>{label}</Text>
      {description !== undefined && <Text className='choice__desc'>{description}</Text>}
    </View>
  )
}
