/**
 * WeChat 小程序虚拟支付 (addendum 2026-11b §3): a platform rule, not law (basis 'platform').
 *
 * Why not a requirement: requirements are permits with an office (contract v1.1's
 * RequirementId); a payment channel the platform imposes is neither, and a new RequirementId
 * would be a contract change. So these rows are their own small table with the rulebook's
 * row shape minus `requirement`; the engine puts what fires in `Assessment.platformRules`
 * (added to the output, see ../../engine/evaluate.ts) and one next step per row (../../result/steps.ts).
 *
 * Who: companies, 事业单位 and 个体工商户 take the enterprise route; a 个人 (personal entity) the
 * personal route, open under conditions (工具 category, 认证 + 备案, ¥100,000 a month, its fees;
 * addendum 2026-12 §6.3, person.md [V E33]): PERSONAL_VIRTUAL_PAYMENT, read by ../../result/personal.ts too.
 *
 * Levels: the scope "虚拟商品…购买和支付均需接入小程序虚拟支付" and the terminals are [V B11];
 * the 2026-04-01 deadline is a developer's summary [P B12]; "physical goods keep ordinary WeChat
 * Pay" is [I]; fees conflict (12 % vs 15 % on iOS) and company rates were not found.
 * Alipay: no virtual-goods rule was found (addendum §3), so no row names Alipay.
 */
import { act, all, any, anyActivity, not, on, op, type Condition, holds } from '../../profile/condition'
import type { Basis, Platform, Profile, Status } from '../../contract/types'
import { AI_CREDITS_QUESTION, AI_PAID_HINT } from '../ai'
import { PLATFORM, sells, toCite, type CiteText, type Param } from '../book'

/** Said with every platform rule: WeChat can change it at any time. */
export const PLATFORM_RULE_NOTE = '平台规则，可能变化'

export interface PlatformRuleRow {
  id: string
  platform: Platform
  when: Condition
  status: Status
  basis: readonly Basis[]
  /** One line: what the rule is. */
  title: string
  /** Why it applies here, in the merchant's words (zh-CN). */
  text: string
  /** For 'depends': the question that decides it. */
  question?: string
  cites: readonly CiteText[]
  /** The next step it adds to the assessment, if any. */
  step?: string
  verified: string
}

/** What the engine outputs for a platform rule that fired (Assessment.platformRules). */
export interface PlatformRuleResult {
  rule: string
  platform: Platform
  status: Status
  basis: Basis[]
  title: string
  text: string
  question?: string
  sources: string[]
  /** Always PLATFORM_RULE_NOTE: a platform rule may change. */
  note: string
}

const VP_SCOPE: CiteText = 'wechat-virtual-payment 虚拟支付（企业/个体户）：虚拟商品须接入小程序虚拟支付'
const VP_IOS: CiteText = 'wechat-virtual-payment 虚拟支付 iOS 端接入（微信 ≥8.0.68、iOS ≥15、最低 1 元、仅 App Store 退款）'
const VP_NOTICE: CiteText = 'wechat-virtual-payment-dev-post-2026 2026-02-27 通知摘要（2026-04-01 前全端接入）'

const VP_PERSONAL: CiteText = 'wechat-virtual-payment 虚拟支付（个人）person.md：实名、工具类目、认证并备案、每月 10 万元、技术服务费、不支持需电信业务资质的服务'

/** WeChat's personal route (person.md; addendum 2026-12 §6.3): its conditions, cap and fees, defined once. */
export const PERSONAL_VIRTUAL_PAYMENT: Param<{ monthlyCapYuan: number; category: string; text: string }> = {
  value: {
    monthlyCapYuan: 100_000,
    category: '工具',
    text:
      '个人主体可开通「虚拟支付：个人」：要求身份证实名、服务类目含「工具」、小程序已认证并备案；各端合计每月不超过 10 万元；' +
      '技术服务费 Android 等非 iOS 端 1%，iOS 端 12%（苹果佣金；新闻报道为 15%，两者冲突）；审核约 5 分钟；开放日期未找到。' +
      '不支持需要电信业务资质的服务（如电子邮件、信息发布平台、信息搜索查询）。',
  },
  cites: [VP_PERSONAL],
  verified: '2026-12-06',
}

/** Items WeChat counts as virtual goods: paid content, courses, unlocks, memberships, tipping. */
export const SELLS_VIRTUAL = anyActivity('paidContent', 'liveEntertainment')

const IOS_TEXT = 'iOS 端经苹果支付（微信 8.0.68 及以上、iOS 15 及以上，单笔最低 1 元，退款只能走 App Store）'

export const VIRTUAL_PAYMENT_RULES = [
  {
    id: 'wechat.virtualPayment',
    platform: 'wechat',
    when: all(on('wechat'), not(op('individual')), SELLS_VIRTUAL),
    status: 'required',
    basis: PLATFORM,
    title: '虚拟商品须用小程序虚拟支付（全部终端）',
    text: `微信规定：在小程序内交付和使用的虚拟商品（付费内容、线上课程和录播课、订阅会员、解锁功能、点数、打赏、虚拟礼物等）的购买和支付都须接入小程序虚拟支付（线下课程、到店服务和实物商品不是虚拟商品），Android、iOS、鸿蒙和 Windows 全部终端都一样；${IOS_TEXT}。据开发者转述的 2026-02-27 通知，须在 2026-04-01 前全端接入，违规处理从警告到终止服务（通知原文未找到）。`,
    cites: [VP_SCOPE, VP_IOS, VP_NOTICE],
    step: `开通并接入微信小程序虚拟支付：在小程序内交付和使用的虚拟商品（付费内容、线上课程和录播课、解锁内容的会员、点数、打赏）走虚拟支付，不走普通微信支付；线下课程、到店服务和实物商品不是虚拟商品，照常用普通微信支付；${IOS_TEXT}；费率按微信后台为准（${PLATFORM_RULE_NOTE}）。`,
    verified: '2026-11-24',
  },
  {
    // Addendum 2026-12 §6.3: the personal route, open under conditions (person.md).
    id: 'wechat.virtualPayment.personal',
    platform: 'wechat',
    when: all(on('wechat'), op('individual'), SELLS_VIRTUAL),
    status: 'required',
    basis: PLATFORM,
    title: '个人主体：虚拟商品须用「虚拟支付：个人」（有条件开放）',
    text: `微信规定：在小程序内交付和使用的虚拟商品（付费内容、线上课程、订阅会员、解锁功能、点数、打赏等）的购买和支付都须接入小程序虚拟支付。${PERSONAL_VIRTUAL_PAYMENT.value.text}${IOS_TEXT}。`,
    cites: [VP_PERSONAL, VP_IOS],
    step: `开通「虚拟支付：个人」：先加选「${PERSONAL_VIRTUAL_PAYMENT.value.category}」类目，完成小程序认证和备案；在小程序内交付和使用的虚拟商品都走虚拟支付；各端合计每月不超过 10 万元，超过限额或要卖实物、线下服务，须改用个体工商户或公司主体（${PLATFORM_RULE_NOTE}）。`,
    verified: '2026-12-06',
  },
  {
    id: 'wechat.virtualPayment.paidListings',
    platform: 'wechat',
    when: all(on('wechat'), act('paidListings'), not(SELLS_VIRTUAL)),
    status: 'likely',
    basis: PLATFORM,
    title: '付费发布、置顶很可能也要走虚拟支付',
    text: '微信把「付费功能」列为虚拟商品；向用户收取的发布、置顶、会员费属于付费功能，很可能也须接入小程序虚拟支付（推断，微信未逐项列明）。',
    cites: [VP_SCOPE],
    step: `向用户收取的发布、置顶、会员费很可能要走小程序虚拟支付：提审前在微信后台或开放社区确认（${PLATFORM_RULE_NOTE}）。`,
    verified: '2026-11-24',
  },
  {
    id: 'wechat.virtualPayment.aiCredits',
    platform: 'wechat',
    when: all(on('wechat'), act('aiGenerated'), act('storedValue'), not(SELLS_VIRTUAL)),
    status: 'depends',
    basis: PLATFORM,
    title: 'AI 点数、次数若单独售卖，须用虚拟支付',
    text: `用户充值的余额或点数如果用来购买 AI 生成次数等虚拟服务，就是虚拟商品，须接入小程序虚拟支付，而且属于有偿提供信息（ICP 许可证很可能需要）：${AI_PAID_HINT}只用来买你自己的实物商品或线下服务的，继续用普通微信支付。`,
    question: AI_CREDITS_QUESTION,
    cites: [VP_SCOPE],
    verified: '2026-11-24',
  },
  {
    id: 'wechat.ordinaryPay.physical',
    platform: 'wechat',
    when: all(on('wechat'), sells, any(SELLS_VIRTUAL, act('paidListings')), not(op('individual'))),
    status: 'notRequired',
    basis: PLATFORM,
    title: '实物商品和线下服务继续用普通微信支付',
    text: '虚拟支付只管虚拟商品：你卖的实物商品和线下服务继续用普通微信支付（虚拟支付文档只限于虚拟商品，此为推断）。',
    cites: [VP_SCOPE],
    verified: '2026-11-24',
  },
] as const satisfies readonly PlatformRuleRow[]

export type PlatformRuleId = (typeof VIRTUAL_PAYMENT_RULES)[number]['id']

const READ: readonly PlatformRuleRow[] = VIRTUAL_PAYMENT_RULES

/** The platform rules that fire for a profile, in table order. */
export function platformRules(p: Profile): PlatformRuleResult[] {
  return READ.filter((r) => holds(r.when, p)).map((r) => {
    const out: PlatformRuleResult = {
      rule: r.id,
      platform: r.platform,
      status: r.status,
      basis: [...r.basis],
      title: r.title,
      text: r.text,
      sources: [...new Set(r.cites.map((c) => toCite(c).source))],
      note: PLATFORM_RULE_NOTE,
    }
    if (r.question !== undefined) out.question = r.question
    return out
  })
}

/** The next steps of the platform rules that fire (../steps.ts adds them). */
export function platformRuleSteps(p: Profile): string[] {
  return READ.filter((r) => r.step !== undefined && holds(r.when, p)).map((r) => r.step as string)
}
