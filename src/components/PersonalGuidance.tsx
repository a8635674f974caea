import { Text, View } from '@tarojs/components'
import { type PersonalGuidance as Guidance, type PersonalLine, sourcesText } from '../domain'
import './PersonalGuidance.scss'

function Line({ l }: { l: PersonalLine }) {
  return (
    <View className='personal__line' id={`personal-${l.id}`}>
      <Text className='personal__name'>{l.title}</Text>
      <Text className='section__line'>{l.text}</Text>
      {l.sources.length > 0 && <Text className='section__line section__muted'>{sourcesText(l.sources)}</Text>}
    </View>
  )
}

/** For a personal entity: what it may do, what needs a 个体户 or a company, and the ways out (addendum §2). */
export default function PersonalGuidance({ guidance }: { guidance: Guidance }) {
  return (
    <View className='section personal' id='personal-guidance'>
      <Text className='section__title'>以个人主体运营：能做什么、不能做什么</Text>
      {guidance.may.length > 0 && <Text className='personal__group'>个人可以做的</Text>}
      {guidance.may.map((l) => (
        <Line key={l.id} l={l} />
      ))}
      {guidance.needs.length > 0 && <Text className='personal__group'>需要个体工商户或公司的</Text>}
      {guidance.needs.map((l) => (
        <Line key={l.id} l={l} />
      ))}
      <Text className='personal__group'>出路</Text>
      {guidance.waysOut.map((l) => (
        <Line key={l.id} l={l} />
      ))}
    </View>
  )
}
