/**
 * What to do next: filing and licence steps with their statutory and typical durations,
 * and the materials to prepare (reference §2, §3; S2, S5, S6, S9, S21).
 */
import { AUTHORITY_LABELS, REQUIREMENT_LABELS } from './labels'
import { aiSteps } from './ai'
import { PRE_APPROVALS, isNeeded, platformRuleSteps } from './rules'
import type { Eligibility, MaterialGroup, Profile, Requirement, RequirementId, Sector } from './types'
import { TELECOM_LICENSES } from './types'

const isTelecom = (id: RequirementId): boolean => (TELECOM_LICENSES as readonly RequirementId[]).includes(id)
const names = (rs: readonly Requirement[]): string => rs.map((r) => REQUIREMENT_LABELS[r.id]).join('、')

export function buildNextSteps(
  p: Profile,
  requirements: readonly Requirement[],
  pre: readonly Sector[],
  eligibility: Eligibility | null,
): string[] {
  const steps: string[] = []
  const licences = requirements.filter((r) => isTelecom(r.id) && isNeeded(r))
  const permits = requirements.filter((r) => !isTelecom(r.id) && r.id !== 'icpFiling' && isNeeded(r))
  const open = requirements.filter((r) => r.status === 'depends')
  const consult = requirements.filter((r) => r.status === 'consult')

  if (open.length > 0) {
    steps.push(`先确认这些问题，结论才能确定：${open.map((r) => `${REQUIREMENT_LABELS[r.id]}——${r.question ?? '见理由'}`).join('；')}`)
  }
  if (pre.length > 0) {
    const kinds = [...new Set(pre.map((s) => PRE_APPROVALS[s]))].join('、')
    steps.push(`先取得前置审批（${kinds}）的主管部门批准文件，备案时一并提交。`)
  }
  if (permits.length > 0) steps.push(`同时办理行业许可：${names(permits)}。`)

  if (licences.length > 0 && eligibility !== null) {
    if (eligibility.problems.length > 0) {
      steps.push(`申请${names(licences)}前，先解决申请资格问题：${eligibility.problems.map((x) => x.text).join(' ')}`)
    }
    steps.push(
      `在工信部政务服务平台（dxzhgl.miit.gov.cn）向${AUTHORITY_LABELS[eligibility.authority]}申请${names(licences)}：法定审查期 60 日，实际通常 1–3 个月，个别省份更久。`,
    )
    steps.push('许可证下来之前，不要上线需要许可证的功能；有代办称微信曾接受受理通知先上线，但并不稳定，不要依赖。')
  }

  if (p.platforms.includes('wechat')) {
    steps.push('在微信公众平台提交小程序备案：平台初审 1–2 个工作日，管局审核 1–20 个工作日，建议在上线前 20–30 个工作日开始。')
  }
  if (p.platforms.includes('alipay')) {
    steps.push('在支付宝开放平台或商家平台提交小程序备案，新上架的小程序须同时完成备案。')
  }
  steps.push('备案通过后，在小程序中展示备案号。')

  if (p.activities.includes('marketplace')) {
    steps.push('商家货款经微信支付、支付宝等持牌机构分账结算，平台不得自己归集资金（「二清」属于无证支付业务）。')
  }
  if (p.activities.includes('redPackets')) {
    steps.push('红包请使用微信支付或支付宝的官方红包能力；用户充值后相互转账可能构成支付业务，须有支付牌照。')
  }
  if (p.activities.includes('ugc') || p.activities.includes('dating') || p.activities.includes('messaging')) {
    steps.push('用户发布内容须接入平台内容安全接口、落实实名和日志留存（不少于 6 个月），首次提交社交类目须经属地网信部门报备审核（约 7 个自然日）。')
  }
  steps.push(...aiSteps(p), ...platformRuleSteps(p))
  if (consult.length > 0) {
    steps.push(`带着本结果咨询属地通信管理局（或专业律师）：${names(consult)}。`)
  }
  if (licences.length > 0) {
    steps.push('取得许可证后：有效期 5 年，到期前申请续期；每年 1 月 1 日至 3 月 31 日在工信部系统提交上一年度年报，未报会被列入不良名单。')
  }
  return steps
}

const FILING_MATERIALS: MaterialGroup = {
  title: '小程序备案（微信、支付宝代备案）',
  anyOf: [
    [
      '主办单位证件（营业执照；个人为身份证）',
      '主体负责人身份证件',
      '小程序负责人身份证件和手机号',
      '核验照片（在平台内拍摄）',
      '互联网信息服务承诺书（平台提供）',
      '备案真实性核验单（平台提供）',
    ],
  ],
}

const LICENCE_MATERIALS: readonly MaterialGroup[] = [
  { title: '申请表与承诺', anyOf: [['增值电信业务经营许可申请表', '依法经营电信业务承诺书']] },
  {
    title: '公司证照',
    anyOf: [['营业执照', '法定代表人身份证', '公司章程', '股权结构图（追溯到自然人或国有主体）', '主要经营管理人员身份证']],
  },
  { title: '业务与技术方案', anyOf: [['公司概况', '业务发展与实施计划', '技术方案', '网络与信息安全保障措施']] },
  { title: '人员', anyOf: [['约 3 名员工的社保缴纳记录']] },
  { title: '服务器', anyOf: [['境内服务器托管协议'], ['境内云服务器购买合同']] },
  { title: '已备案的服务', anyOf: [['已备案的域名证书或小程序', '服务页面截图（首页；EDI 还需商家入驻、下单和支付页面）']] },
]

export function buildMaterials(requirements: readonly Requirement[], pre: readonly Sector[]): MaterialGroup[] {
  const filing: MaterialGroup =
    pre.length === 0
      ? FILING_MATERIALS
      : {
          title: FILING_MATERIALS.title,
          anyOf: [[...FILING_MATERIALS.anyOf[0], `前置审批文件（${[...new Set(pre.map((s) => PRE_APPROVALS[s]))].join('、')}）`]],
        }
  const licences = requirements.some((r) => isTelecom(r.id) && isNeeded(r))
  return licences ? [filing, ...LICENCE_MATERIALS] : [filing]
}
