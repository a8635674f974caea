import { Block, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { copyText } from '../flow/result/copy'
import { LEVEL_LABEL, sourceById } from '../domain'
import { control } from './a11y'
import './SourceDetail.scss'

/** Where the page is a browser page: a cell that opens says so (aria-expanded); the mini-programs bind no aria (a11y.ts). */
const H5 = process.env.TARO_ENV === 'h5'

/**
 * One source: its title, issuer, date and level, and its link to copy where the reference records
 * one. Used wherever a source is shown (source card, sources page). Its id stays out of the text: a
 * merchant reads the title (the id is the element's, for tests and links).
 * `cell` (the sources page, issue 25): one cell of a WeUI list — the title, then its level and date;
 * a tap opens the issuer and 复制链接 under it.
 */
export default function SourceItem({ id, cell = false }: { id: string; cell?: boolean }) {
  const [open, setOpen] = useState(false)
  const s = sourceById(id)
  if (s === undefined) return null
  const copy = () => copyText(s.link)
  const copyLink = s.link !== '' && (
    <View className='sources__copy' onClick={copy} {...control('button', copy)}>
      复制链接
    </View>
  )
  if (cell) {
    const toggle = () => setOpen(!open)
    return (
      <View className={`sources__item sources__cell${open ? ' sources__cell--open' : ''}`} id={`source-${id}`}>
        <View className='sources__row' onClick={toggle} {...control('button', toggle)} {...(H5 ? { 'aria-expanded': open } : {})}>
          <Text className='sources__title'>{s.title}</Text>
          <Text className='sources__meta'>{`${LEVEL_LABEL[s.level]}${s.date !== '' ? ` · ${s.date}` : ''}`}</Text>
        </View>
        <Block>
          {open && (
            <View className='sources__detail'>
              <Text className='sources__meta'>{`发布：${s.issuer}`}</Text>
              {copyLink}
            </View>
          )}
        </Block>
      </View>
    )
  }
  return (
    <View className='sources__item' id={`source-${id}`}>
      <Text className='sources__title'>{s.title}</Text>
      <Text className='sources__meta'>{`${s.issuer}${s.date !== '' ? ` · ${s.date}` : ''} · ${LEVEL_LABEL[s.level]}`}</Text>
      {copyLink}
    </View>
  )
}
