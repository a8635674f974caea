import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { onCopyFailure, type CopyFailure } from '../platform/clipboard'
import './CopyFallback.scss'
import { aria } from './a11y'

/**
 * Shown when a copy failed (src/platform/clipboard.ts): a plain message and the text itself, selectable,
 * so the user can long-press and copy it by hand. Render it once on every page that copies.
 */
export default function CopyFallback() {
  const [failure, setFailure] = useState<CopyFailure | null>(null)
  useEffect(() => onCopyFailure(setFailure), [])
  if (failure === null) return null
  return (
    <View className='notice copy-fallback' id='copy-fallback' {...aria('alert')}>
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
