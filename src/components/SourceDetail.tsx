import { Text, View } from '@tarojs/components'
import SourceItem from './SourceItem'
import './SourceDetail.scss'

/** The source card of a reason: the rule behind it and each source it cites. */
export default function SourceDetail({ rule, sources }: { rule: string; sources: readonly string[] }) {
  return (
    <View className='sources'>
      <Text className='sources__rule'>{`规则 ${rule}`}</Text>
      {sources.map((id) => (
        <SourceItem key={id} id={id} />
      ))}
    </View>
  )
}
