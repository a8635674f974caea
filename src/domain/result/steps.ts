/**
 * What to do next: filing and licence steps with their statutory and typical durations,
 * and the materials to prepare (reference §2, §3; S2, S5, S6, S9, S21).
 */
import { AUTHORITY_LABELS, REQUIREMENT_LABELS } from '../contract/labels'
import { aiSteps } from './ai'
import { FILING_MATERIALS, FILING_STEPS, LICENCE_MATERIALS, LICENCE_STEPS, OFFICES, PRE_APPROVALS, handedInAtFiling, platformRuleSteps, preApprovalKinds } from '../law'
import type { Eligibility, MaterialGroup, Profile, Requirement, Sector } from '../contract/types'
import { KIND_OF, PLAN_ORDER, isDuty, isNeeded, isTelecomLicense } from '../contract/types'

const names = (rs: readonly Requirement[]): string => rs.map((r) => REQUIREMENT_LABELS[r.id]).join('、')
const kinds = (sectors: readonly Sector[]): string => [...new Set(sectors.map((s) => PRE_APPROVALS.value[s]))].join('、')

/** Where each platform takes the filing. */
export const WHERE_FILING = { wechat: '微信公众平台（mp.weixin.qq.com）', alipay: '支付宝开放平台', douyin: '抖音开放平台开发者后台（developer.open-douyin.com）' } as const

/**
 * The one order of the plan — the cards, the steps of 完整办理说明, the copied text and the image: by
 * status (required, likely, depends/consult, notRequired: PLAN_ORDER, the contract's order), and
 * within a status what must come first first: a permit that is a 前置审批 of the filing before the
 * filing, the filing before the rest. Stable otherwise (the engine's order).
 */
export function orderRequirements(rs: readonly Requirement[]): Requirement[] {
  // A 前置审批 first, then the telecom licences (applied for before the filing: LICENCE_STEPS), then the filing.
  const phase = (r: Requirement): number =>
    r.held !== true && handedInAtFiling(r.id) ? 0 : isTelecomLicense(r.id) ? 1 : r.id === 'icpFiling' ? 2 : 3
  return rs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => PLAN_ORDER[a.r.status] - PLAN_ORDER[b.r.status] || phase(a.r) - phase(b.r) || a.i - b.i)
    .map((x) => x.r)
}

/** The duties' checklist order: the plan's order, the law's duties before the platforms' own (basis 'platform' only). */
export function orderDuties(rs: readonly Requirement[]): Requirement[] {
  const ordered = orderRequirements(rs.filter(isDuty))
  const platformOnly = (r: Requirement) => !r.basis.includes('law')
  return [...ordered.filter((r) => !platformOnly(r)), ...ordered.filter(platformOnly)]
}

/**
 * What to do about one requirement, in one line: the card's action and the step of 完整办理说明
 * say the same words. Never "apply" for what cannot be had (a blocker says what to do instead),
 * never "向待确认…申请".
 */
export function actionOf(p: Profile, r: Requirement): string {
  const label = REQUIREMENT_LABELS[r.id]
  const kind = preApprovalKinds(r.id).join('、')
  if (r.held === true) {
    return `${kind !== '' ? '备案时提交' : '在平台选择服务类目时上传'}你已持有的${label}${kind !== '' ? `（前置审批：${kind}）` : ''}，无需重新办理；到期前记得续期。`
  }
  if (r.id === 'icpFiling') {
    const where = p.platforms.map((x) => WHERE_FILING[x]).join('；')
    if (r.blockers?.some((b) => b.code === 'categoryUnavailable') === true) {
      return `先解决类目问题（见页首「先解决」：平台不开放所需类目），再在${where}提交小程序备案。`
    }
    return `在${where}提交小程序备案，通过后在小程序里展示备案号。`
  }
  if ((r.blockers?.length ?? 0) > 0 && !isTelecomLicense(r.id)) return r.blockers!.map((b) => b.text).join(' ')
  const verb = KIND_OF[r.id] === 'filing' ? '办理' : '申请'
  const pre = kind !== '' ? `这是备案的前置审批（${kind}）：备案前取得，备案时提交。` : ''
  return r.authority !== undefined ? `向${r.authority}${verb}${label}。${pre}` : `办理${label}。${pre}`
}

/**
 * 完整办理说明 (the contract's nextSteps): what is still open, then one step per licence and filing in
 * the plan's order (orderRequirements: the cards' order) with the card's own action, then the duties
 * in one line and the notes. Each thing is said once.
 */
export function buildNextSteps(
  p: Profile,
  requirements: readonly Requirement[],
  pre: readonly Sector[],
  eligibility: Eligibility | null,
): string[] {
  const steps: string[] = []
  const ordered = orderRequirements(requirements.filter((r) => isNeeded(r) && !isDuty(r)))
  const licences = ordered.filter((r) => isTelecomLicense(r.id))
  const open = requirements.filter((r) => r.status === 'depends')
  const consult = requirements.filter((r) => r.status === 'consult')
  const duties = requirements.filter((r) => isDuty(r) && isNeeded(r))
  const held = new Set(p.facts?.approvalsHeld ?? [])

  if (open.length > 0) {
    // The questions themselves are asked once, under 待确认 (and in the copied text under each verdict).
    steps.push(`先确认这些问题，结论才能确定：${names(open)}（问题见「待确认」）。`)
  }
  // A 前置审批 whose permit has no step of its own (every sector's permit usually has one).
  const covered = new Set(ordered.flatMap((r) => OFFICES[r.id].sectors ?? []))
  const loose = pre.filter((s) => !covered.has(s))
  const toGet = loose.filter((s) => !held.has(s))
  const got = loose.filter((s) => held.has(s))
  if (toGet.length > 0) steps.push(`先取得前置审批（${kinds(toGet)}）的主管部门批准文件，备案时一并提交。`)
  if (got.length > 0) steps.push(`备案时提交你已取得的前置审批文件（${kinds(got)}）。`)

  // What cannot be had as things stand comes first (the page's 先解决 block above the cards), said once.
  const blocked = ordered.filter((r) => r.held !== true && !isTelecomLicense(r.id) && r.id !== 'icpFiling' && (r.blockers?.length ?? 0) > 0)
  for (const r of blocked) steps.push(`${REQUIREMENT_LABELS[r.id]}：${actionOf(p, r)}`)

  for (const r of ordered) {
    if (blocked.includes(r)) continue
    if (isTelecomLicense(r.id)) {
      // The telecom licences are applied for together: one step, at the first of them.
      if (r !== licences[0] || eligibility === null) continue
      // A service closed to foreign investment is said on its own permit's step (blocked above), not again here.
      const problems = eligibility.problems.filter((x) => x.code !== 'foreignInvestmentProhibited')
      if (problems.length > 0) steps.push(`申请${names(licences)}前，先解决申请资格问题：${problems.map((x) => x.text).join(' ')}`)
      const office =
        eligibility.authority === 'consult' ? '先向工信部或属地通信管理局确认受理机关，再' : `向${AUTHORITY_LABELS[eligibility.authority]}`
      steps.push(`${office}申请${names(licences)}。${LICENCE_STEPS.apply.text}`)
      steps.push(LICENCE_STEPS.waitForLicence.text)
    } else if (r.id === 'icpFiling') {
      // The card's action in full: where, how long, then the number shown.
      if (r.blockers?.some((b) => b.code === 'categoryUnavailable') === true) steps.push(actionOf(p, r))
      if (p.platforms.includes('wechat')) steps.push(FILING_STEPS.fileWechat.text)
      if (p.platforms.includes('alipay')) steps.push(FILING_STEPS.fileAlipay.text)
      if (p.platforms.includes('douyin')) steps.push(FILING_STEPS.fileDouyin.text)
      steps.push(FILING_STEPS.showNumber.text)
    } else {
      steps.push(actionOf(p, r))
    }
  }

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
