/**
 * 广告标识与一键关闭 (adDuties): paid promotion shown in the mini-program (addendum 2026-12 §4,
 * §0 row 28). The law: 《广告法》第十四条、第四十四条; 《互联网广告管理办法》第九条; 《电子商务法》第四十条.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { anyActivity } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const AD_DUTIES = book('adDuties', {
  authority: '市场监督管理部门',
  cites: ['advertising-law 第六条（广告监督管理部门）'],
  verified: '2026-12-06',
}, [
  {
    id: 'ads.label',
    when: anyActivity('ads', 'paidListings'),
    status: 'required',
    basis: LAW,
    text: '付费推广（第三方广告、付费置顶和竞价排名、带购买链接的测评）须显著标明「广告」，让用户一眼能认出；弹窗广告须能一键关闭。',
    cites: ['advertising-law 第十四条、第四十四条', 'samr-72 第九条', 'ecommerce-law 第四十条（竞价排名标明「广告」）'],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
