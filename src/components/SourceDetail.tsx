import { View } from '@tarojs/components'
import ShowMore from './ShowMore'
import SourceItem from './SourceItem'
import './SourceDetail.scss'

/** Sources shown at once when a reason opens (the rest one more tap away: one setData within 2 KB). */
const FIRST = 3

/**
 * The source card of a reason: each source it cites. The rule's id is developer text: it names
 * the card's element (for tests and a reviewer's search, docs/rules.md), never the merchant's text.
 */
export default function SourceDetail({ rule, sources }: { rule: string; sources: readonly string[] }) {
  const key = rule.replace(/\./g, '-')
  return (
    <View className='sources' id={`rule-${key}`}>
      <ShowMore
        items={sources}
        step={FIRST}
        id={`sources-more-${key}`}
        more={(left) => `还有 ${left} 个来源`}
        render={(id) => <SourceItem key={id} id={id} />}
      />
    </View>
  )
}
