/**
 * The 小程序备案 form (addendum 2026-12 §9): WeChat's code lists as a dated snapshot (./wechat.ts),
 * the mapping from the answers to them (./mapping.ts) and the materials by 主体 type
 * (./materials.ts). Alipay's form: field and code lists not found (§9.6), so only a note.
 * The draft is composed in ../../../result/filing-draft.ts; docs/filing-draft.md.
 */
import type { CiteText } from '../../book'

export * from './wechat'
export * from './mapping'
export * from './materials'

/** Alipay: the filing exists and mirrors WeChat's, but its field and code lists are not public here (§9.6). */
export const ALIPAY_FORM_NOTE = {
  text: '支付宝小程序备案的服务内容和前置审批编码没有公开：这里不给支付宝的备案草稿。流程大体与微信相近（推断：主体信息、小程序信息、服务内容和前置审批、负责人人脸核验、平台审核、工信部短信核验、管局审核），按支付宝开放平台备案页面的选项填写，备注可参照微信草稿。',
  cites: ['alipay-filing-open-2023 全面开放代备案公告', 'alipay-filing-api 小程序备案接口（字段与编码未公开）'] as readonly CiteText[],
} as const
