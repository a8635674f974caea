import { View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import StoreNotice from '../../components/StoreNotice'
import { headline } from '../../domain'
import { resultPath, useResultView } from '../../hooks/useResultView'
import { HOME_URL, WIZARD_URL } from '../../routes'
import ResultPlan from './ResultPlan'
import '../../components/Sections.scss'
import './index.scss'
import { aria } from '../../components/a11y'

/** The result page only composes: the view (own answers, a share link or a history entry) comes from useResultView. */
export default function Result() {
  const view = useResultView(useRouter().params)
  useShareAppMessage(() =>
    view.kind === 'error'
      ? { title: '小程序资质向导', path: HOME_URL }
      : { title: `我的小程序${headline(view.assessment)}`, path: resultPath(view.profile) },
  )
  return (
    <View className='result'>
      <StoreNotice />
      {view.kind === 'error' ? (
        <View>
          <View className='result__error' id='result-error' {...aria('alert')}>
            {view.message}
          </View>
          <ActionButton id='result-restart' type='primary' onClick={() => void Taro.redirectTo({ url: WIZARD_URL })}>
            开始评估
          </ActionButton>
        </View>
      ) : (
        <ResultPlan view={view} />
      )}
    </View>
  )
}
