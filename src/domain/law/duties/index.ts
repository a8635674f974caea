/**
 * Duties that bind whatever licences an app holds, said as next steps until they become
 * requirements of their own (issue 23): settlement through licensed payment institutions (no
 * 二清), red packets through the platforms' own capability, real names and logs for user content,
 * and WeChat's content-safety interfaces. Each with the sources it rests on.
 */
import type { CiteText } from '../book'

export const DUTY_STEPS = {
  noPooling: {
    id: 'step.noPooling',
    text: '商家货款经微信支付、支付宝等持牌机构分账结算，平台不得自己归集资金（「二清」属于无证支付业务）。',
    cites: ['howtolivebetter 二清属于无证支付业务'],
  },
  redPackets: {
    id: 'step.redPackets',
    text: '红包请使用微信支付或支付宝的官方红包能力；用户充值后相互转账可能构成支付业务，须有支付牌照。',
    cites: ['howtolivebetter 支付业务须持牌'],
  },
  contentSafety: {
    id: 'step.contentSafety',
    text: '用户发布内容须落实实名和日志留存（不少于 6 个月）。',
    cites: ['howtolivebetter 实名与日志留存'],
  },
  contentSafetyWechat: {
    id: 'step.contentSafetyWechat',
    text: '在微信上，用户发布内容须接入内容安全接口（msgSecCheck、imgSecCheck、mediaCheckAsync），首次提交社交类目须经属地网信部门报备审核（约 7 个自然日）。',
    cites: ['wechat-community-filing-review 报备类目与内容安全接口'],
  },
} as const satisfies Record<string, { id: string; text: string; cites: readonly CiteText[] }>
