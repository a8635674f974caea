import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { onCopyFailure, type CopyFailure } from '../platform/clipboard'
import './CopyFallback.scss'
import { aria } from './a11y'

/**
 * Shown when a copy failed (src/platform/clipboard.ts): a plain message and the text itself, selectable,
 * so the user can long-press and copy it by hand. Render it once on every page that copies.
 */
export default function CopyFallback({ accept, id = 'copy-fallback' }: { accept?: (text: string) => boolean; id?: string } = {}) {
  const [failure, setFailure] = useState<CopyFailure | null>(null)
  // Where a page copies from two places (the result's actions, the filing draft), each place shows
  // the failures of its own copies, next to what was tapped.
  const accepts = useRef(accept)
  accepts.current = accept
  useEffect(() => onCopyFailure((f) => (accepts.current === undefined || accepts.current(f.text) ? setFailure(f) : undefined)), [])
  if (failure === null) return null
  return (
    <View className='notice copy-fallback' id={id} {...aria('alert')}>
      <Text className='copy-fallback__message'>{failure.message}</Text>
      <Text className='copy-fallback__text' selectable userSelect>
        {failure.text}
      </Text>
      <View className='copy-fallback__close' {...aria('button')} onClick={() => setFailure(null)}>
        关闭
      </View>
    </View>
  )
}
