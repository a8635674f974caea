import { Text, View } from '@tarojs/components'
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
}

/** One tappable answer: at least 44 px high, its state shown by colour and mark, not by :active. */
export default function Choice({ id, label, description, selected, role, onTap }: ChoiceProps) {
  return (
    <View
      id={id}
      className={`choice${selected ? ' choice--selected selected' : ''}`}
      ariaRole={role}
      ariaLabel={`${label}${selected ? '，已选' : '，未选'}`}
      onClick={onTap}
    >
      <Text className='choice__label'>
        {selected ? '✓ ' : ''}
        {label}
      </Text>
      {description !== undefined && <Text className='choice__desc'>{description}</Text>}
    </View>
  )
}

