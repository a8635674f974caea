import Taro from '@tarojs/taro'
import { useWizard } from '../store'
import StorageNotice from './StorageNotice'

/**
 * The store's storage notice, for the flow pages (wizard, result, history). While saving is
 * held after a failed read it offers to read again or — after asking — to drop the saved
 * data and start over; otherwise tapping it closes it.
 */
export default function StoreNotice() {
  const notice = useWizard((s) => s.notice)
  const held = useWizard((s) => s.writesHeld)
  const { dismissNotice, retryStorage, discardStored } = useWizard.getState()
  if (!held) return <StorageNotice message={notice} onDismiss={dismissNotice} />
  const discard = () =>
    void Taro.showModal({
      title: '清除并重新开始？',
      content: '本机保存的答案和历史记录将被清空，无法恢复。',
      confirmText: '清除',
    }).then((r) => {
      if (r.confirm) discardStored()
    })
  return <StorageNotice message={notice} onRetry={retryStorage} onDiscard={discard} />
}
