import { Block, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { aria } from './a11y'

interface Props<T> {
  items: readonly T[]
  /** How many to add per tap (and to show at first, unless `initial`). */
  step: number
  initial?: number
  render: (item: T, index: number) => ReactNode
  /** The 更多 link's id. */
  id: string
  /** The 更多 link's text, from how many are still hidden. */
  more?: (left: number) => string
}

/**
 * A long list shown a few at a time. Each 更多 tap appends the next few at the end of their own
 * container, so the tap sends those items alone: one setData within the 2 KB tap budget however
 * long the list (issue 13), where revealing the whole list at once sent up to 7 KB.
 */
export default function ShowMore<T>({ items, step, initial = step, render, id, more = (left) => `显示更多（还有 ${left} 项）` }: Props<T>) {
  const [shown, setShown] = useState(initial)
  return (
    <>
      <Block>{items.slice(0, shown).map(render)}</Block>
      <Block>
        {shown < items.length && (
          <View className='link link--small' id={id} {...aria('button')} onClick={() => setShown(shown + step)}>
            {more(items.length - shown)}
          </View>
        )}
      </Block>
    </>
  )
}
