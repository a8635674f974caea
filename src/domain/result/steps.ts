/**
 * What to do next: filing and licence steps with their statutory and typical durations,
 * and the materials to prepare (reference §2, §3; S2, S5, S6, S9, S21).
 */
import { AUTHORITY_LABELS, REQUIREMENT_LABELS } from '../contract/labels'
import { aiSteps } from './ai'
import { FILING_MATERIALS, FILING_STEPS, LICENCE_MATERIALS, LICENCE_STEPS, PRE_APPROVALS, handedInAtFiling, platformRuleSteps } from '../law'
import type { Eligibility, MaterialGroup, Profile, Requirement, Sector } from '../contract/types'
import { isDuty, isNeeded, isTelecomLicense } from '../contract/types'

const names = (rs: readonly Requirement[]): string => rs.map((r) => REQUIREMENT_LABELS[r.id]).join('、')
const withOffice = (r: Requirement): string => (r.authority === undefined ? REQUIREMENT_LABELS[r.id] : `${REQUIREMENT_LABELS[r.id]}（${r.authority}）`)
const kinds = (sectors: readonly Sector[]): string => [...new Set(sectors.map((s) => PRE_APPROVALS.value[s]))].join('、')

export function buildNextSteps(
  p: Profile,
  requirements: readonly Requirement[],
  pre: readonly Sector[],
  eligibility: Eligibility | null,
): string[] {
  const steps: string[] = []
  const licences = requirements.filter((r) => isTelecomLicense(r.id) && isNeeded(r))
  const permits = requirements.filter((r) => !isTelecomLicense(r.id) && r.id !== 'icpFiling' && !isDuty(r) && isNeeded(r))
  const duties = requirements.filter((r) => isDuty(r) && isNeeded(r))
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
  const atFiling = alreadyHeld.filter((r) => handedInAtFiling(r.id))
  const atCategory = alreadyHeld.filter((r) => !atFiling.includes(r))
  if (atFiling.length > 0) steps.push(`备案时提交你已持有的${names(atFiling)}（无需重新办理；到期前记得续期）。`)
  if (atCategory.length > 0) steps.push(`在平台选择服务类目时上传你已持有的${names(atCategory)}（无需重新办理；到期前记得续期）。`)

  if (licences.length > 0 && eligibility !== null) {
    if (eligibility.problems.length > 0) {
      steps.push(`申请${names(licences)}前，先解决申请资格问题：${eligibility.problems.map((x) => x.text).join(' ')}`)
    }
    const office =
      eligibility.authority === 'consult' ? '先向工信部或属地通信管理局确认受理机关，再' : `向${AUTHORITY_LABELS[eligibility.authority]}`
    steps.push(`${office}申请${names(licences)}。${LICENCE_STEPS.apply.text}`)
    steps.push(LICENCE_STEPS.waitForLicence.text)
  }

  if (p.platforms.includes('wechat')) steps.push(FILING_STEPS.fileWechat.text)
  if (p.platforms.includes('alipay')) steps.push(FILING_STEPS.fileAlipay.text)
  steps.push(FILING_STEPS.showNumber.text)

  // Duties nobody grants (contract v1.2 kind 'duty'): one line; each is its own checklist row on the result.
  if (duties.length > 0) steps.push(`上线前还要做到：${names(duties)}（逐项见结果页「上线前还要做到」）。`)
  steps.push(...aiSteps(p), ...platformRuleSteps(p))
  for (const r of consult) {
    steps.push(`带着本结果咨询${r.authority ?? '主管部门'}（或专业律师）：${REQUIREMENT_LABELS[r.id]}。`)
  }
  if (licences.length > 0) steps.push(LICENCE_STEPS.afterLicence.text)
  return steps
}

export function buildMaterials(requirements: readonly Requirement[], pre: readonly Sector[]): MaterialGroup[] {
  const base = FILING_MATERIALS.value
  const filing: MaterialGroup =
    pre.length === 0
      ? base
      : {
          title: base.title,
          anyOf: [[...base.anyOf[0], `前置审批文件（${[...new Set(pre.map((s) => PRE_APPROVALS.value[s]))].join('、')}）`]],
        }
  const licences = requirements.some((r) => isTelecomLicense(r.id) && isNeeded(r))
  return licences ? [filing, ...LICENCE_MATERIALS.value] : [filing]
}
