import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { summaryText } from '../../domain'
import { shareLink, type ResultView } from '../../hooks/useResultView'
import { HISTORY_URL, SOURCES_URL, WIZARD_URL } from '../../routes'
import { REVIEW_STEP, useWizard } from '../../store'
import ActionButton from '../../components/ActionButton'
import CopyFallback from '../../components/CopyFallback'
import { draftCopyTexts } from '../../components/FilingDraft'
import { copyText } from './copy'
import { exportImage } from './exportImage'
import { control } from '../../components/a11y'

type Shown = Exclude<ResultView, { kind: 'error' }>

/** Edit or adopt the answers, copy as text (with the answers), share, export an image, start over. */
export default function ResultActions({ view }: { view: Shown }) {
  const { loadProfile, startOver, goTo } = useWizard.getState()
  const edit = () => {
    if (view.kind !== 'own') loadProfile(view.profile)
    else goTo(REVIEW_STEP)
    void Taro.redirectTo({ url: WIZARD_URL })
  }
  const restart = () => {
    startOver()
    void Taro.redirectTo({ url: WIZARD_URL })
  }
  const openHistory = () => void Taro.navigateTo({ url: HISTORY_URL })
  const openSources = () => void Taro.navigateTo({ url: SOURCES_URL })
  const web = typeof window !== 'undefined' && window.location !== undefined ? window.location : undefined
  return (
    <View className='result__actions'>
      {/* The filing draft shows its own copy failures (FilingDraft.tsx). */}
      <CopyFallback accept={(t) => !draftCopyTexts(view.assessment.filingDrafts).has(t)} />
      {view.kind === 'shared' ? (
        <ActionButton id='result-adopt' type='primary' onClick={edit}>
          用这些回答开始我的评估
        </ActionButton>
      ) : (
        <ActionButton id='result-edit' type='primary' onClick={edit}>
          修改回答
        </ActionButton>
      )}
      <ActionButton id='result-copy' onClick={() => copyText(summaryText(view.assessment, view.profile))}>
        复制结果文字
      </ActionButton>
      <ActionButton id='result-image' onClick={() => void exportImage(view.assessment, view.plan)}>
        {process.env.TARO_ENV === 'h5' ? '下载结果图片' : '生成结果图片'}
      </ActionButton>
      {process.env.TARO_ENV === 'h5' ? (
        <ActionButton id='result-share' onClick={() => copyText(shareLink(view.profile, web))}>
          复制分享链接
        </ActionButton>
      ) : (
        <Button id='result-share' openType='share'>
          分享给同事
        </Button>
      )}
      <ActionButton id='result-restart' onClick={restart}>
        重新开始
      </ActionButton>
      <View className='result__links'>
        <View className='link' id='open-history' onClick={openHistory} {...control('button', openHistory)}>
          历史记录
        </View>
        <View className='link' id='open-sources' onClick={openSources} {...control('button', openSources)}>
          法规与来源
        </View>
      </View>
    </View>
  )
}
