import { Block, Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { CATEGORIES_HEADING, type Category, LATEST_PAGE, PLATFORM_LABELS, PLATFORMS, qualificationsText, sayOnce } from '../domain'
import { aria } from './a11y'
import { StableSlots } from './Slots'
import './Sections.scss'

/**
 * A category as text, in two parts: what to choose and upload (`all`: every alternative set of
 * documents, else the first), then the note. Rendered as an array, two text nodes of one Text, so
 * an answer that narrows the documents re-sends the first part only.
 */
const catParts = (c: Category, all = true): [string, string] =>
  c.path.length === 0
    ? [`${PLATFORM_LABELS[c.platform]}：${c.note ?? ''}`, '']
    : [
        `${PLATFORM_LABELS[c.platform]}「${c.path.join(' › ')}」：${c.qualifications.length === 0 ? '' : '上传 '}${
          all || c.qualifications.length < 2 ? qualificationsText(c.qualifications) : `以下任选一组，第一组：${c.qualifications[0].join(' + ')}`
        }${c.available ? '' : '（你的主体类型不能选择）'}`,
        c.note !== undefined ? `。${c.note}` : '',
      ]

/** A search result before it is opened: the category and how much it asks for. */
const foundText = (c: Category) => {
  const q = c.qualifications
  const asks = q.length === 0 ? '无需额外资质' : q.length === 1 ? `需 ${q[0].length} 项资质` : `资质 ${q.length} 选 1`
  return `${PLATFORM_LABELS[c.platform]}「${c.path.join(' › ')}」：${asks}${c.available ? '' : '（你的主体类型不能选择）'} · 查看 ›`
}

interface Props {
  categories: readonly Category[]
  /** Category keyword search (the categories catalogue); absent: no search box. */
  search?: (query: string) => readonly Category[]
}

/** The platform service categories to choose, with the documents to upload; a keyword search for others. */
export default function Categories({ categories, search }: Props) {
  const [query, setQuery] = useState('')
  const [opened, setOpened] = useState<string | null>(null)
  // A category with several alternative sets of documents shows the first; the others one tap away.
  const [unfolded, setUnfolded] = useState<string | null>(null)
  const shown = useMemo(() => sayOnce(categories), [categories])
  const found = useMemo(() => (search !== undefined && query.trim() !== '' ? search(query.trim()).slice(0, 5) : []), [search, query])
  if (categories.length === 0 && search === undefined) return null
  return (
    <View className='section' id='result-categories'>
      <Text className='section__title'>
        {categories.length > 0
          ? `${CATEGORIES_HEADING}（类目表 ${[...new Set(categories.map((c) => c.catalogue))].join('、')}，${LATEST_PAGE}）`
          : CATEGORIES_HEADING}
      </Text>
      {PLATFORMS.map((platform) => (
        <StableSlots
          key={platform}
          items={shown.filter((c) => c.platform === platform)}
          keyOf={(c) => (c.path.length > 0 ? c.path.join('/') : (c.note ?? ''))}
          render={(c, n) => {
            const id = `cat-${platform}-${n}`
            const all = unfolded === id
            return (
              <Block>
                <Text className='section__line' id={id}>
                  {catParts(c, all)}
                </Text>
                {/* In a slot of its own: an answer that narrows the documents to one set removes the link alone. */}
                <Block>
                  {c.qualifications.length > 1 && (
                    <View className='link link--small' id={`${id}-more`} {...aria('button')} onClick={() => setUnfolded(all ? null : id)}>
                      {all ? '只看第一组' : `另有 ${c.qualifications.length - 1} 组资质可选 ›`}
                    </View>
                  )}
                </Block>
              </Block>
            )
          }}
        />
      ))}
      {search !== undefined && (
        <>
          <Input
            id='category-search'
            className='catsearch__input'
            placeholder='搜索其他类目，如：食品、教育'
            onInput={(e) => setQuery(e.detail.value)}
          />
          {/* Results in a container of their own, one short line each (the category and how much it
              asks for), its documents on a tap: a keystroke then re-sends a few short lines, not
              the whole section (10 KB) nor every result's documents (up to 3 KB for "AI"). */}
          <Block>
            {found.map((c, i) => {
              const key = `${c.platform}-${c.path.join('/')}`
              return (
                <View key={key} id={`cat-found-${i}`} className='section__line'>
                  <View className='link link--small' id={`cat-found-${i}-open`} {...aria('button')} onClick={() => setOpened(opened === key ? null : key)}>
                    {foundText(c)}
                  </View>
                  <Block>{opened === key && <Text className='section__line'>{catParts(c)[0]}</Text>}</Block>
                </View>
              )
            })}
          </Block>
          <Block>{query.trim() !== '' && found.length === 0 && <Text className='section__line section__muted'>没有找到相关类目。</Text>}</Block>
        </>
      )}
    </View>
  )
}
