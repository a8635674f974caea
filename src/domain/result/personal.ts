/**
 * Guidance for a personal entity (个人主体), addendum 2026-11b §2 and §7.8–7.10: what an
 * individual may do on the platforms, what needs a 个体工商户 or a company, and the ways out.
 *
 * Levels: the personal category list [V-sec B2]; no ordinary WeChat Pay [V B13]; personal
 * virtual payment and its conditions [V B11] (start date not found); Alipay 小程序支付 only for
 * enterprise and 个体户 accounts [V-sec B15]; a 个体户 opening 深度合成 [I]; "paid information
 * needs a company's ICP licence, WeChat does not check" [I on S1, S2]. Pure: no Taro, no React.
 */
import { CATALOGUE } from '../categories'
import { isNeeded, isUndecided } from '../contract/types'
import { ORGANISATION_ONLY, toCite } from '../law'
import { PERSONAL_VIRTUAL_PAYMENT, SELLS_VIRTUAL } from '../law/virtual-payment'
import { holds } from '../profile/condition'
import type { Assessment, Profile } from '../contract/types'

export type PersonalLineId =
  | 'categories'
  | 'closed'
  | 'wechatPay'
  | 'virtualPayment'
  | 'alipayPay'
  | 'paidInformation'
  | 'soleProprietor'
  | 'company'
  | 'sectorNeedsOrganisation'
  | 'migration'

export interface PersonalLine {
  id: PersonalLineId
  title: string
  text: string
  sources: string[]
}

export interface PersonalGuidance {
  /** What the individual may do as things stand. */
  may: PersonalLine[]
  /** What needs a 个体工商户 or a company. */
  needs: PersonalLine[]
  /** The ways out, in the order to consider them. */
  waysOut: PersonalLine[]
}

/** Personal virtual payment (B11, addendum 2026-12 §6.3): its cap, fees and exclusion, from law/virtual-payment. */
export const PERSONAL_VP = PERSONAL_VIRTUAL_PAYMENT.value

/** The top-level groups of WeChat's personal list, in catalogue order (B2). */
export function personalGroups(): string[] {
  const out: string[] = []
  for (const e of CATALOGUE) if (e.platform === 'wechat' && e.personal && !out.includes(e.path[0])) out.push(e.path[0])
  return out
}

/** The guidance, or null unless the operator is a personal entity. */
export function personalGuidance(p: Profile, a: Assessment): PersonalGuidance | null {
  if (p.operator.type !== 'individual') return null
  const wechat = p.platforms.includes('wechat')
  const alipay = p.platforms.includes('alipay')
  const may: PersonalLine[] = []
  const needs: PersonalLine[] = []
  const waysOut: PersonalLine[] = []

  if (wechat) {
    const mine = a.categories.filter((c) => c.platform === 'wechat' && c.available && c.path.length > 0)
    may.push({
      id: 'categories',
      title: '个人主体可选的微信类目',
      text:
        `个人主体只能选微信个人类目表上的约 30 个低风险类目（${personalGroups().join('、')} 下的部分类目），除律师（律师执业证）外都不需要资质。` +
        (mine.length > 0 ? `你的业务可选：${mine.map((c) => c.path.join('-')).join('、')}。` : '你选的业务在个人类目表中没有对应类目。'),
      sources: ['wechat-categories-personal', 'wechat-community-personal-categories-reply'],
    })
    const closed = a.categories.filter((c) => c.platform === 'wechat' && !c.available && c.path.length > 0)
    if (closed.length > 0) {
      needs.push({
        id: 'closed',
        title: '个人主体不能选的类目',
        text: `${closed.map((c) => c.path.join('-')).join('、')}：个人主体未开放（卖商品、电商平台、社交、资讯、文娱、医疗、金融、点餐外卖、深度合成都不对个人开放）。`,
        sources: ['wechat-categories-personal', 'wechat-community-personal-categories-reply'],
      })
    }
    needs.push({
      id: 'wechatPay',
      title: '普通微信支付',
      text: '个人认证的小程序不能申请普通微信支付：要卖实物商品或线下服务收款，须以个体工商户、公司或其他组织主体认证。',
      sources: ['cloudbase-faq-wechat-pay'],
    })
    if (holds(SELLS_VIRTUAL, p)) {
      const tool = mine.some((c) => c.path[0] === PERSONAL_VP.category)
      may.push({
        id: 'virtualPayment',
        title: '虚拟商品：个人虚拟支付',
        text:
          `${PERSONAL_VP.text}${tool ? '' : `你的类目里还没有「${PERSONAL_VP.category}」：要开通须加选一个工具类目，且服务确实属于工具。`}` +
          '超过月限额或要卖实物，须改用个体工商户或公司主体（企业虚拟支付）。',
        sources: ['wechat-virtual-payment'],
      })
    }
  }
  if (alipay) {
    needs.push({
      id: 'alipayPay',
      title: '支付宝小程序支付',
      text: '支付宝小程序支付只对企业和个体工商户支付宝账户开放，须营业执照和主体一致的已备案网站或小程序；支付宝对个人开放哪些类目、虚拟商品有何规则，均未找到。',
      sources: ['alipay-payment-admission', 'practitioner-articles'],
    })
  }
  const icp = a.requirements.find((r) => r.id === 'icpLicense')
  if (icp !== undefined && (isNeeded(icp) || isUndecided(icp))) {
    needs.push({
      id: 'paidInformation',
      title: '收费提供信息需要公司',
      text:
        '向用户收费提供信息或内容（付费阅读、会员、课程、AI 生成收费、付费发布）在法律上属于经营性互联网信息服务，须 ICP 许可证；ICP 许可证只有公司能申请，个人和个体工商户都不能。' +
        '微信开通个人虚拟支付时不检查这一点，但这不等于合法：打算收费提供内容的，建议注册公司。',
      sources: ['internet-info-services-measures', 'miit-42'],
    })
  }
  // The permits issued to organisations only: their books say who may not hold them (law/<requirement>: HOLDERS).
  const organisation = a.requirements.filter((r) => ORGANISATION_ONLY[r.id]?.excludes.includes('individual') === true)
  if (organisation.length > 0) {
    needs.push({
      id: 'sectorNeedsOrganisation',
      title: '只对机构开放的许可',
      text: `${organisation.map((r) => ORGANISATION_ONLY[r.id]?.text).join('；')}。个人不能申请，须以相应机构主体办理。`,
      sources: [...new Set(organisation.flatMap((r) => (ORGANISATION_ONLY[r.id]?.cites ?? []).map((c) => toCite(c).source)))],
    })
  }

  waysOut.push({
    id: 'soleProprietor',
    title: '注册个体工商户',
    text:
      '个体工商户在微信按「企业（个体工商户）」类型认证：可开通普通微信支付、选企业类目表中的类目（卖自己的商品，另办商品需要的许可）、开通企业虚拟支付；深度合成类目一般也可申请（推断）。' +
      '但个体工商户不能申请 ICP 或 EDI 许可证。',
    sources: ['wechat-virtual-payment', 'cloudbase-faq-wechat-pay', 'wechat-minigame-guide', 'miit-42'],
  })
  waysOut.push({
    id: 'company',
    title: '注册公司',
    text: '要做须增值电信许可证的业务（付费内容、交友、电商平台、点餐平台等），须以公司申请；省级增值电信许可要求注册资本不少于 100 万元。',
    sources: ['miit-42'],
  })
  waysOut.push({
    id: 'migration',
    title: '已有的个人小程序',
    text: '个人小程序能否变更主体或迁移到公司名下，未找到依据：先在微信公众平台查看是否支持主体变更，不行就以新主体重新注册。',
    sources: [],
  })
  return { may, needs, waysOut }
}
