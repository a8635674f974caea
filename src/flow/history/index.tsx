import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import '../../components/Sections.scss'
// After Sections.scss, as on the sources page, so the extracted CSS keeps one order.
import PageNav from '../../components/PageNav'
import StoreNotice from '../../components/StoreNotice'
import { alert, control, heading } from '../../components/a11y'
import { autoName, RULESET_VERSION } from '../../domain'
import { RESULT_URL } from '../../routes'
import { useWizard, type HistoryEntry } from '../../store'
import { historyNames } from './names'
import './index.scss'

/** The name a row shows: the merchant's own, else one made from the answers (e.g. 食品 · 自营 + 储值). */
export const entryName = (e: HistoryEntry): string => e.name ?? autoName(e.profile)

/**
 * Saved assessments, each named from its answers (the name can be changed): open (re-evaluated
 * under the bundled rules), rename, or delete — with 撤销 until the next delete.
 */
export default function History() {
  const history = useWizard((s) => s.history)
  const unshown = useWizard((s) => s.unshown)
  const names = historyNames(history)
  const { removeFromHistory, restoreHistory, renameHistory } = useWizard.getState()
  const [removed, setRemoved] = useState<{ entry: HistoryEntry; index: number } | null>(null)
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null)

  const remove = (e: HistoryEntry, index: number) => {
    removeFromHistory(e.id)
    setRemoved({ entry: e, index })
  }
  const undo = () => {
    if (removed === null) return
    restoreHistory(removed.entry, removed.index)
    setRemoved(null)
  }
  const saveName = () => {
    if (editing === null) return
    renameHistory(editing.id, editing.text)
    setEditing(null)
  }

  return (
    <View className='history'>
      <PageNav />
      <Text className='history__title' {...heading(1)}>
        历史记录
      </Text>
      <StoreNotice />
      {removed !== null && (
        <View className='history__undo' id='history-undo' {...alert()}>
          <Text>已删除「{entryName(removed.entry)}」</Text>
          <View className='link' id='undo-delete' onClick={undo} {...control('button', undo)}>
            撤销
          </View>
        </View>
      )}
      {history.length === 0 && unshown.length === 0 && (
        <Text className='section__line' id='history-empty'>
          还没有保存的评估。完成一次评估后，结果会自动保存在本机。
        </Text>
      )}
      {history.map((e, index) => {
        const name = names[index]
        const open = () => void Taro.navigateTo({ url: `${RESULT_URL}?h=${e.id}` })
        return (
          <View key={e.id} className='section' id={`history-${e.id}`}>
            {editing?.id === e.id ? (
              <View className='history__rename'>
                <Input
                  id={`name-${e.id}`}
                  className='history__input'
                  value={editing.text}
                  maxlength={40}
                  placeholder={autoName(e.profile)}
                  ariaLabel='记录名称'
                  onInput={(ev) => setEditing({ id: e.id, text: String(ev.detail.value) })}
                  onConfirm={saveName}
                />
                <View className='link' id={`save-name-${e.id}`} onClick={saveName} {...control('button', saveName)}>
                  保存
                </View>
              </View>
            ) : (
              <Text className='history__name' id={`name-text-${e.id}`} {...heading(2)}>
                {name}
              </Text>
            )}
            <Text className='section__line'>{e.headline}</Text>
            <Text className='section__line section__muted'>
              {e.savedAt.slice(0, 10)} · 规则 {e.rulesetVersion}
              {e.rulesetVersion !== RULESET_VERSION ? '（规则已更新，打开后重新评估）' : ''}
            </Text>
            <View className='history__actions'>
              <View className='link' id={`open-${e.id}`} onClick={open} {...control('button', open)}>
                打开
              </View>
              <View
                className='link'
                id={`rename-${e.id}`}
                onClick={() => setEditing({ id: e.id, text: name })}
                {...control('button', () => setEditing({ id: e.id, text: name }))}
              >
                改名
              </View>
              <View
                className='link history__delete'
                id={`delete-${e.id}`}
                onClick={() => remove(e, index)}
                {...control('button', () => remove(e, index))}
              >
                删除
              </View>
            </View>
          </View>
        )
      })}
      {unshown.map((e) => (
        <View key={e.id} className='section' id={`history-unshown-${e.id}`}>
          <Text className='history__name' {...heading(2)}>
            无法显示的记录
          </Text>
          <Text className='section__line section__muted'>
            {e.savedAt !== undefined ? `${e.savedAt.slice(0, 10)} · ` : ''}由较新版本的小程序保存（或已损坏），当前版本无法显示，已原样保留。
          </Text>
        </View>
      ))}
    </View>
  )
}
