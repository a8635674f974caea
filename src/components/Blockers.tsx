import { Text, View } from '@tarojs/components'
import { REQUIREMENT_LABELS } from '../domain/labels'
import type { Blockers as BlockersPlan } from '../domain/plan'
import './Sections.scss'
import { aria } from './a11y'
import { StableSlots } from './Slots'


/** Why a needed licence cannot be obtained as things stand, and the ways out: first on the page. */
export default function Blockers({ blockers }: { blockers: BlockersPlan }) {
  return (
    <View className='section blockers' id='result-blockers' {...aria('alert')}>
      <Text className='section__title blockers__title'>{`先解决：现在还不能取得 ${blockers.requirements.map((id) => REQUIREMENT_LABELS[id]).join('、')}`}</Text>
      {/* Slotted (./Slots): an inline answer that adds a problem or a way sends that one alone. */}
      <StableSlots items={blockers.problems} keyOf={(p) => p.text} render={(p) => <Text className='section__line'>{p.text}</Text>} />
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
    </View>
  )
}
