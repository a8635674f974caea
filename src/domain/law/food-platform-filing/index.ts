/**
 * 网络食品交易第三方平台备案 (foodPlatformFiling): a platform on which other businesses sell food
 * or take food orders (外卖) (addendum 2026-12 §3.1, §0 row 20).
 * The law: 《网络食品安全违法行为查处办法》第八条. A food seller's own-site filing with the county
 * (§0 row 21) is left out: whether a mini-program is a 自建网站 is unsettled (§12.8).
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act, all, sec } from '../../profile/condition'
import { LAW, book, type BookRow, type Procedure } from '../book'

export const FOOD_PLATFORM_FILING = book('foodPlatformFiling', {
  authority: '省级市场监督管理部门',
  cites: ['cfda-27 第八条'],
  verified: '2026-12-06',
}, [
  {
    id: 'foodPlatform.marketplace',
    when: all(act('marketplace'), sec('food')),
    status: 'required',
    basis: LAW,
    text: '其他商家在你的小程序里卖食品或接外卖订单，你是网络食品交易第三方平台：取得 ICP 备案或许可后 30 个工作日内，向省级市场监督管理部门备案（网络餐饮服务第三方平台同样向省级备案）。',
    cites: ['cfda-27 第八条（通信主管部门批准后 30 个工作日内，省级备案）', 'practitioner-online-catering-filing 网络餐饮服务第三方平台备案'],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])

export const PROCEDURE: Procedure = {
  statutory: '取得 ICP 备案或许可后 30 个工作日内备案',
  cites: ['cfda-27 第八条'],
  verified: '2026-12-06',
}
