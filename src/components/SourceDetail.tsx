import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LEVEL_LABEL, sourceById } from '../domain/sources'
import './SourceDetail.scss'

/** The rule behind a reason and the sources it cites: title, issuer, date, level, a link to copy. */
export default function SourceDetail({ rule, sources }: { rule: string; sources: readonly string[] }) {
  return (
    <View className='sources'>
      <Text className='sources__rule'>规则 {rule}</Text>
      {sources.map((id) => {
        const s = sourceById(id)
        if (s === undefined) return null
        return (
          <View key={id} className='sources__item' id={`source-${id}`}>
            <Text className='sources__title'>
              {id} {s.title}
            </Text>
            <Text className='sources__meta'>
              {s.issuer}
              {s.date !== '' ? ` · ${s.date}` : ''} · {LEVEL_LABEL[s.level]}
            </Text>
            <View
              className='sources__copy'
              ariaRole='button'
              ariaLabel={`复制 ${id} 的链接`}
              onClick={() => void Taro.setClipboardData({ data: s.link })}
            >
              复制链接
            </View>
          </View>
        )
      })}
    </View>
  )
}
