import { Text, View } from '@tarojs/components'
import ActionButton from './ActionButton'
import { alert, control } from './a11y'

export interface StorageNoticeProps {
  /** The notice to show; nothing is rendered for null. */
  message: string | null
  /** Tapping the message closes it (absent: it stays, e.g. while saving is held). */
  onDismiss?: () => void
  /** Offered while saving is held after a failed read. */
  onRetry?: () => void
  onDiscard?: () => void
}

/**
 * A storage problem, shown on the page the user is on. Presentational only — it imports
 * neither the store nor zustand, so the home page (main package) can use it too;
 * flow pages use the connected `StoreNotice`.
 */
export default function StorageNotice({ message, onDismiss, onRetry, onDiscard }: StorageNoticeProps) {
  if (message === null) return null
  return (
    <View className='notice' id='storage-notice' {...alert()}>
      {onDismiss !== undefined ? (
        <Text id='storage-notice-text' onClick={onDismiss} {...control('button', onDismiss)}>
          {message}（点此关闭）
        </Text>
      ) : (
        <Text id='storage-notice-text'>{message}</Text>
      )}
      {onRetry !== undefined && (
        <ActionButton id='storage-retry' size='mini' onClick={onRetry}>
          重试读取
        </ActionButton>
      )}
      {onDiscard !== undefined && (
        <ActionButton id='storage-discard' size='mini' onClick={onDiscard}>
          清除并重新开始
        </ActionButton>
      )}
    </View>
  )
}
