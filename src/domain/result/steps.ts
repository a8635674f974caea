/**
 * What to do next: filing and licence steps with their statutory and typical durations,
 * and the materials to prepare (reference §2, §3; S2, S5, S6, S9, S21).
 */
import { AUTHORITY_LABELS, REQUIREMENT_LABELS } from '../contract/labels'
import { aiSteps } from './ai'
import { PRE_APPROVALS, platformRuleSteps } from '../law'
import { STEP_ROWS } from '../law/next-steps'
import type { Eligibility, MaterialGroup, Profile, Requirement, Sector } from '../contract/types'
import { isNeeded, isTelecomLicense } from '../contract/types'

const names = (rs: readonly Requirement[]): string => rs.map((r) => REQUIREMENT_LABELS[r.id]).join('、')
const withOffice = (r: Requirement): string => (r.authority === undefined ? REQUIREMENT_LABELS[r.id] : `${REQUIREMENT_LABELS[r.id]}（${r.authority}）`)
const kinds = (sectors: readonly Sector[]): string => [...new Set(sectors.map((s) => PRE_APPROVALS[s]))].join('、')

export function buildNextSteps(
  p: Profile,
  requirements: readonly Requirement[],
  pre: readonly Sector[],
  eligibility: Eligibility | null,
): string[] {
  const steps: string[] = []
  const licences = requirements.filter((r) => isTelecomLicense(r.id) && isNeeded(r))
  const permits = requirements.filter((r) => !isTelecomLicense(r.id) && r.id !== 'icpFiling' && isNeeded(r))
  const open = requirements.filter((r) => r.status === 'depends')
  const consult = requirements.filter((r) => r.status === 'consult')
  const held = new Set(p.facts?.approvalsHeld ?? [])

  if (open.length > 0) {
    steps.push(`先确认这些问题，结论才能确定：${open.map((r) => `${REQUIREMENT_LABELS[r.id]}——${r.question ?? '见理由'}`).join('；')}`)
  }
  const blocked = requirements.filter((r) => isNeeded(r) && (r.blockers?.length ?? 0) > 0 && !isTelecomLicense(r.id))
  for (const r of blocked) steps.push(`${REQUIREMENT_LABELS[r.id]}：${r.blockers!.map((b) => b.text).join(' ')}`)

  const toGet = pre.filter((s) => !held.has(s))
  const got = pre.filter((s) => held.has(s))
  if (toGet.length > 0) steps.push(`先取得前置审批（${kinds(toGet)}）的主管部门批准文件，备案时一并提交。`)
  if (got.length > 0) steps.push(`备案时提交你已取得的前置审批文件（${kinds(got)}）。`)

  const toApply = permits.filter((r) => r.held !== true && (r.blockers?.length ?? 0) === 0)
  const alreadyHeld = permits.filter((r) => r.held === true)
  if (toApply.length > 0) steps.push(`同时办理行业许可：${toApply.map(withOffice).join('；')}。`)
  if (alreadyHeld.length > 0) steps.push(`备案时提交你已持有的${names(alreadyHeld)}（无需重新办理；到期前记得续期）。`)

  if (licences.length > 0 && eligibility !== null) {
    if (eligibility.problems.length > 0) {
      steps.push(`申请${names(licences)}前，先解决申请资格问题：${eligibility.problems.map((x) => x.text).join(' ')}`)
    }
    const office =
      eligibility.authority === 'consult' ? '先向工信部或属地通信管理局确认受理机关，再' : `向${AUTHORITY_LABELS[eligibility.authority]}`
    steps.push(`${office}申请${names(licences)}。${STEP_ROWS.apply.text}`)
    steps.push(STEP_ROWS.waitForLicence.text)
  }

  if (p.platforms.includes('wechat')) steps.push(STEP_ROWS.fileWechat.text)
  if (p.platforms.includes('alipay')) steps.push(STEP_ROWS.fileAlipay.text)
  steps.push(STEP_ROWS.showNumber.text)

  if (p.activities.includes('marketplace')) steps.push(STEP_ROWS.noPooling.text)
  if (p.activities.includes('redPackets')) steps.push(STEP_ROWS.redPackets.text)
  if (p.activities.includes('ugc') || p.activities.includes('dating') || p.activities.includes('messaging')) {
    steps.push(STEP_ROWS.contentSafety.text)
    if (p.platforms.includes('wechat')) steps.push(STEP_ROWS.contentSafetyWechat.text)
  }
  steps.push(...aiSteps(p), ...platformRuleSteps(p))
  for (const r of consult) {
    steps.push(`带着本结果咨询${r.authority ?? '主管部门'}（或专业律师）：${REQUIREMENT_LABELS[r.id]}。`)
  }
  if (licences.length > 0) steps.push(STEP_ROWS.afterLicence.text)
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
  const licences = requirements.some((r) => isTelecomLicense(r.id) && isNeeded(r))
  return licences ? [filing, ...LICENCE_MATERIALS] : [filing]
}
