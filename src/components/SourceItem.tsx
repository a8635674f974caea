import { Text, View } from '@tarojs/components'
import { copyText } from '../flow/result/copy'
import { LEVEL_LABEL, sourceById } from '../domain'
import { control } from './a11y'
import './SourceDetail.scss'

/**
 * One source: its title, issuer, date and level, and its link to copy where the reference records
 * one. Used wherever a source is shown (source card, sources page). Its id stays out of the text: a
 * merchant reads the title (the id is the element's, for tests and links).
 */
export default function SourceItem({ id }: { id: string }) {
  const s = sourceById(id)
  if (s === undefined) return null
  const copy = () => copyText(s.link)
  return (
    <View className='sources__item' id={`source-${id}`}>
      <Text className='sources__title'>{s.title}</Text>
      <Text className='sources__meta'>{`${s.issuer}${s.date !== '' ? ` · ${s.date}` : ''} · ${LEVEL_LABEL[s.level]}`}</Text>
      {s.link !== '' && (
        <View className='sources__copy' onClick={copy} {...control('button', copy)}>
          复制链接
        </View>
      )}
    </View>
  )
}
