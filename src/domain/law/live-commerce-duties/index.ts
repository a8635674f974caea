/**
 * 直播电商义务 (liveCommerceDuties): a merchant who sells in its own live streams is a 直播间运营者
 * under 《直播电商监督管理办法》 (in force 2026-02-01) (addendum 2026-12 §3.5, §0 row 27; the
 * article numbers are a secondary summary's). Presenters' age: 《网络直播营销管理办法（试行）》.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const LIVE_COMMERCE_DUTIES = book('liveCommerceDuties', {
  authority: '市场监督管理部门、网信部门',
  cites: ['samr-117 《直播电商监督管理办法》（监管部门）'],
  verified: '2026-12-06',
}, [
  {
    id: 'liveCommerce.duties',
    when: act('liveCommerce'),
    status: 'required',
    basis: LAW,
    text: '直播带货按《直播电商监督管理办法》（2026-02-01 起施行）：事先核验商品和话术是否合规，明码标价，不作虚假或引人误解的宣传（含 AI 生成内容），直播记录至少保存 3 年；主播收费推荐商品的按广告管理；AI 生成或虚拟主播须持续标识；直播营销人员须年满 16 周岁。',
    cites: [
      'samr-117 第十六条、第三十条、第三十二条、第三十四条、第三十五条、第三十七条（条款号据二手摘要）',
      'live-marketing-measures 直播营销人员年满 16 周岁',
    ],
    verified: '2026-12-06',
    effective: '2026-02-01',
  },
] as const satisfies readonly BookRow[])
