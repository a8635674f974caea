import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HOME_URL } from '../routes'
import { control } from './a11y'
import './PageNav.scss'

/** Back to the page before, or home when this page was opened directly (a shared or typed link). */
export function goBack(): void {
  const pages = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages() : []
  if (pages.length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: HOME_URL })
}
export const goHome = (): void => void Taro.reLaunch({ url: HOME_URL })

/**
 * 返回 and 首页 on H5 sub-pages: a browser page has no mini-program navigation bar with a back
 * arrow and home button. The mini-programs have theirs, so nothing is drawn there.
 */
export default function PageNav() {
  if (process.env.TARO_ENV !== 'h5') return null
  return (
    <View className='page-nav' id='page-nav'>
      <View className='page-nav__item' id='nav-back' onClick={goBack} {...control('button', goBack)}>
        ‹ 返回
      </View>
      <View className='page-nav__item' id='nav-home' onClick={goHome} {...control('button', goHome)}>
        首页
      </View>
    </View>
  )
}
