import { Text, View } from '@tarojs/components'
import { RULESET_DATE, RULESET_VERSION, SOURCES } from '../../domain'
import '../../components/Sections.scss'
// After Sections.scss, as on the result page, so the extracted CSS keeps one order.
import PageNav from '../../components/PageNav'
import SourceItem from '../../components/SourceItem'
// Last of the styled components, as on the result page, so the extracted CSS keeps one order.
import CopyFallback from '../../components/CopyFallback'
import { heading } from '../../components/a11y'
import './index.scss'

/**
 * The ruleset version and review date, then the bundled sources as one WeUI list (issue 25): a
 * cell per source with its title, level and date; a tap opens its issuer and link.
 */
export default function Sources() {
  return (
    <View className='sources-page'>
      <PageNav />
      <Text className='sources-page__title' {...heading(1)}>
        法规与来源
      </Text>
      <CopyFallback />
      <View className='section'>
        <Text className='section__title' {...heading(2)}>规则版本 {RULESET_VERSION}</Text>
        <Text className='section__line section__muted'>最近核对：{RULESET_DATE}。规则全部打包在小程序内，不联网。</Text>
      </View>
      <Text className='sources-page__group' {...heading(2)}>
        {`依据的法规、平台规则与资料（${SOURCES.length} 项）· 点按查看发布机关和链接`}
      </Text>
      <View className='sources-page__list'>
        {SOURCES.map((s) => (
          <SourceItem key={s.id} id={s.id} cell />
        ))}
      </View>
    </View>
  )
}
