/**
 * Douyin (抖音小程序, issue 26): what its 《小程序限制经营类目》 says it does not accept (暂不接入),
 * as dated data, and which answers fall under it. Only this page is read here: Douyin's open
 * category list is not, so no open Douyin category path is ever named (every Douyin result says it
 * is unverified, as Alipay's do). Since 2025-05 the 主营类目 decides which capabilities open.
 */
import type { Category, Profile } from '../contract/types'
import { act, all, any, anyActivity, fact, holds, sec, type Condition } from '../profile/condition'

/** The day the restricted list was read (the page carries no date of its own). */
export const DOUYIN_CATALOGUE_DATE = '2026-12-06'

/** A category Douyin does not accept (3.1 暂不接入类目): its path, the page's own scope text. */
interface Restricted {
  path: readonly string[]
  scope: string
}

/** The 暂不接入 rows the wizard's answers can reach (the page lists more: 学前教育, 彩票, 投票, 抽奖, 虚拟货币 …). */
export const DOUYIN_RESTRICTED = {
  marketplace: { path: ['电商', '电商平台'], scope: '电商业务经营及实物商品的售卖交易等平台型服务' },
  ownShop: { path: ['电商', '商家自营'], scope: '电商业务经营及实物商品的售卖交易等服务' },
  games: { path: ['游戏', '游戏', '游戏'], scope: '游戏站、游戏盒子等内容' },
  k12: { path: ['教育', '教育', 'K12学科教育'], scope: 'K12 学科教育（中小学语文、数学、英语、物理、化学、历史、地理、生物）' },
} as const satisfies Record<string, Restricted>

export const DOUYIN_CITES = ['douyin-restricted-categories 3.1 暂不接入类目'] as const

/** What no Douyin result can say: the open list is unread, and the 主营类目 rule. */
export const DOUYIN_UNVERIFIED_NOTE =
  '抖音的开放类目表这里没有收录（未核实）：提交时按抖音开发者后台的类目选择；自 2025-05 起，获取手机号、位置、直播组件等能力按「主营类目」开放，主营类目请选与主要业务一致的类目。'

/** Which answers fall under each restricted category, in the rulebook's condition language. */
const FALLS_UNDER: ReadonlyArray<[Restricted, Condition]> = [
  [DOUYIN_RESTRICTED.marketplace, act('marketplace')],
  [DOUYIN_RESTRICTED.ownShop, anyActivity('ownSales', 'liveCommerce')],
  [DOUYIN_RESTRICTED.games, sec('games')],
  [DOUYIN_RESTRICTED.k12, any(sec('k12Tutoring'), all(sec('education'), fact('k9Academic')))],
]

/** The restricted categories this profile's answers fall under. */
export function douyinRestricted(p: Profile): Restricted[] {
  return FALLS_UNDER.filter(([, when]) => holds(when, p)).map(([r]) => r)
}

/** Douyin's categories for a profile: each restricted one closed, then the note that the open list is unread. */
export function douyinCategories(p: Profile): Category[] {
  const closed = douyinRestricted(p).map(
    (r): Category => ({
      platform: 'douyin',
      path: [...r.path],
      qualifications: [],
      available: false,
      note: `抖音《小程序限制经营类目》把「${r.path.join('-')}」（${r.scope}）列为暂不接入：提审会被驳回，上线后也会被下架。`,
      catalogue: DOUYIN_CATALOGUE_DATE,
    }),
  )
  return [...closed, { platform: 'douyin', path: [], qualifications: [], available: false, note: DOUYIN_UNVERIFIED_NOTE, catalogue: DOUYIN_CATALOGUE_DATE }]
}
