/**
 * Can this operator apply for the telecom licences the assessment requires, and what blocks
 * each needed permit? 《电信业务经营许可管理办法》 (工信部令第42号) 第六条 and 《电信条例》 第九条,
 * with the parameters of ../law/telecom, each licence's cap (../law/icp, edi, sp) and the bans (reference §4, addendum §3,
 * addendum 2026-11b §4). Foreign capital is capped per licence and per B25 service (EDI
 * e-commerce is open to 100 %); the bar is the 电信业务经营失信名单, not "3 years without violation".
 *
 * 'unsure' answers (contract v1.1): `eligible` is null whenever a fact it depends on is unknown
 * or 'unsure', and the notes say what to check and where.
 */
import { answerOf, holds } from '../profile/condition'
import { formatWan } from '../profile/capital'
import { REQUIREMENT_LABELS } from '../contract/labels'
import { provinceName } from '../profile/provinces'
import {
  B25_SERVICES, CAPITAL, DISHONEST_LIST, EDI_CAPS, FOREIGN_BANS, ICP_CAPS, ORGANISATION_ONLY, PILOT_ZONES, RULES, SP_CAP, toCite,
  type CapRow, type CiteText,
} from '../law'
import type { SourceId } from '../law/sources'
import type { Eligibility, EligibilityOpenFact, EligibilityProblem, EligibilityProblemCode, OperatorType, Profile, Requirement, RequirementId, TelecomLicense } from '../contract/types'
import { isNeeded, isTelecomLicense } from '../contract/types'

export const CAPITAL_ONE_PROVINCE = CAPITAL.oneProvince.value
export const CAPITAL_CROSS_PROVINCE = CAPITAL.crossProvince.value

/** The EDI rows that are 经营类电子商务 (../law/edi: `ecommerce`), whose licence is open to 100 % foreign capital. */
const ECOMMERCE_ROWS: ReadonlySet<string> = new Set(RULES.filter((r) => r.ecommerce === true).map((r) => r.id))

const NOT_A_COMPANY: Record<Exclude<OperatorType, 'company'>, string> = {
  individual: '个人',
  soleProprietor: '个体工商户',
  publicInstitution: '机关、事业单位和社会组织',
}

const ids = (cites: readonly CiteText[]): SourceId[] => [...new Set(cites.map((c) => toCite(c).source))]

/** Where to look up the 电信业务经营失信名单, which is not the courts' 失信被执行人名单. */
export const DISHONEST_LOOKUP = DISHONEST_LIST.value

export type PilotState = 'in' | 'out' | 'unknown'

/** Is the operator in a 2024 pilot zone? By zone, not by province; the boundary is inference [I]. */
export function pilotStatus(p: Profile): { state: PilotState; note?: string } {
  const o = p.operator
  const answer = answerOf(o.pilotZone)
  const zones = '北京（全市）、上海（浦东新区含临港新片区）、海南、深圳（仅深圳市）'
  if (answer === 'unsure') {
    return { state: 'unknown', note: `是否在 2024 年增值电信开放试点区不确定：试点区只有${zones}，按营业执照上的注册地判断 [推断]。请对照注册地址确认。` }
  }
  if (answer !== 'yes') return { state: 'out' }
  if (o.province === undefined) {
    return { state: 'unknown', note: `你说注册在试点区，但没有选注册省份，无法核对：试点区只有${zones} [推断]。` }
  }
  const zone = PILOT_ZONES.value.get(o.province)
  if (zone === undefined) {
    return {
      state: 'out',
      note: `你说注册在试点区，但${provinceName(o.province) ?? '所选省份'}没有 2024 年增值电信开放试点区（只有${zones}），试点声明不适用，按一般外资上限判断。`,
    }
  }
  return {
    state: 'in',
    note: `按试点区判断：${zone.zone}，范围理解为${zone.area} [推断，边界原文未核实]；外资企业须另行取得工信部《电信业务经营试点批复》。`,
  }
}

interface CapChoice {
  /** The cap outside a pilot zone and inside one. */
  out: CapRow
  in: CapRow
  /** The B25 services that keep the ICP cap at 50 % in a zone. */
  closed: string[]
}

function capsFor(req: Requirement & { id: TelecomLicense }, p: Profile): CapChoice {
  if (req.id === 'ediLicense') {
    // E-commerce or not is what the EDI rows that fired say (one truth: ../law/edi).
    const ecommerce = req.reasons.some((x) => ECOMMERCE_ROWS.has(x.rule))
    return ecommerce ? { out: EDI_CAPS.ecommerce, in: EDI_CAPS.ecommerce, closed: [] } : { out: EDI_CAPS.other, in: EDI_CAPS.pilot, closed: [] }
  }
  if (req.id === 'spLicense') return { out: SP_CAP, in: SP_CAP, closed: [] }
  // The cap follows every B25 service provided, whatever each costs, never the platform.
  const services = B25_SERVICES.filter((s) => holds(s.when, p))
  const closed = services.filter((s) => !s.pilotOpen).map((s) => s.service)
  const opened = services.length > 0 && closed.length === 0
  return { out: ICP_CAPS.standard, in: opened ? ICP_CAPS.pilot : ICP_CAPS.standard, closed }
}

export interface EligibilityResult {
  eligibility: Eligibility | null
  /** Why each needed permit cannot be obtained as things stand (Requirement.blockers). */
  blockers: Map<RequirementId, Array<{ code: EligibilityProblemCode; text: string }>>
}

export function assessEligibility(p: Profile, requirements: readonly Requirement[]): EligibilityResult {
  const o = p.operator
  const foreign = o.foreignShare ?? 0
  const blockers: EligibilityResult['blockers'] = new Map()
  const block = (id: RequirementId, code: EligibilityProblemCode, text: string) => {
    const list = blockers.get(id) ?? []
    list.push({ code, text })
    blockers.set(id, list)
  }
  const problems: EligibilityProblem[] = []

  // A permit issued to organisations only blocks an operator type that cannot hold it.
  for (const r of requirements) {
    const holders = ORGANISATION_ONLY[r.id]
    if (holders === undefined || !isNeeded(r) || !holders.excludes.includes(o.type)) continue
    block(r.id, 'organisationOnly', `${holders.text}；${NOT_A_COMPANY[o.type as Exclude<OperatorType, 'company'>] ?? '这类主体'}不能申请。`)
  }

  // Foreign-investment bans apply to the content permit itself, telecom licence or not.
  if (foreign > 0) {
    for (const r of requirements) {
      const ban = FOREIGN_BANS[r.id]
      if (ban === undefined || !isNeeded(r)) continue
      const text = `${ban.text}（外资 ${foreign}%）须改由无外资的主体经营，或不开展该业务。`
      block(r.id, 'foreignInvestmentProhibited', text)
      problems.push({ code: 'foreignInvestmentProhibited', text, sources: ids(ban.cites) })
    }
  }

  const needed = requirements.filter((r): r is Requirement & { id: TelecomLicense } => isTelecomLicense(r.id) && isNeeded(r))
  if (needed.length === 0) return { eligibility: null, blockers }
  const blockAll = (code: EligibilityProblemCode, text: string) => needed.forEach((r) => block(r.id, code, text))

  const multi = answerOf(o.multiProvince)
  const capitalRequired = multi === 'yes' || multi === 'unsure' ? CAPITAL_CROSS_PROVINCE : CAPITAL_ONE_PROVINCE
  const notes: string[] = []
  const open: EligibilityOpenFact[] = []
  const waitOn = (f: EligibilityOpenFact) => {
    if (!open.includes(f)) open.push(f)
  }
  const paidIn = '（代办机构称认缴即可 [从业者观点]；2024 年《公司法》要求有限公司在 5 年内缴足 [推断]）'

  if (o.type !== 'company') {
    const text = `${NOT_A_COMPANY[o.type]}不能申请增值电信业务经营许可证：申请者须为依法设立的公司（令第42号 第六条第一项）。先设立公司，再以公司名义申请并办理备案。`
    problems.push({ code: 'notACompany', text, sources: ['miit-42', 'telecom-regulations'] })
    blockAll('notACompany', text)
  }

  if (o.type === 'company') {
    const cap = o.registeredCapital
    if (cap === undefined) {
      waitOn('registeredCapital')
      notes.push(`需要注册资本至少 ${formatWan(capitalRequired)}（${multi === 'yes' ? '跨省经营' : '省内经营'}）；请对照营业执照填写注册资本。`)
    } else {
      const floor = multi === 'yes' ? CAPITAL_CROSS_PROVINCE : CAPITAL_ONE_PROVINCE
      if (cap < floor) {
        const scope = multi === 'yes' ? '跨省经营' : '省内经营'
        const text = `注册资本 ${formatWan(cap)} 低于${scope}的最低限额 ${formatWan(floor)}（令第42号 第六条第四项），须先增资到 ${formatWan(floor)} 以上${paidIn}。`
        problems.push({ code: 'capitalTooLow', text, sources: ['miit-42'] })
        blockAll('capitalTooLow', text)
      } else if (multi === 'unsure' && cap < CAPITAL_CROSS_PROVINCE) {
        waitOn('multiProvince')
        notes.push(
          `注册资本 ${formatWan(cap)} 够在一个省内经营（最低 ${formatWan(CAPITAL_ONE_PROVINCE)}），不够跨省经营（最低 ${formatWan(CAPITAL_CROSS_PROVINCE)}）：在多个省有分支、服务器或人员的，通常须向工信部申请跨地区许可。请确认后再判断。`,
        )
      }
    }
    if (multi === 'unsure') {
      notes.push(`是否跨省经营不确定，按跨省的 ${formatWan(CAPITAL_CROSS_PROVINCE)} 计；只在一个省内经营的，${formatWan(CAPITAL_ONE_PROVINCE)} 即可。`)
    }
  }

  const pilot = pilotStatus(p)
  if (pilot.note !== undefined) notes.push(pilot.note)
  for (const req of needed) {
    const caps = capsFor(req, p)
    const inZone = pilot.state === 'in'
    const cap = inZone ? caps.in : caps.out
    const label = REQUIREMENT_LABELS[req.id]
    const why = inZone && caps.closed.length > 0 ? `试点区内也不放开：${caps.closed.join('；')}。` : ''
    if (pilot.state === 'unknown' && caps.in.percent !== caps.out.percent && foreign > caps.out.percent && foreign <= caps.in.percent) {
      waitOn('pilotZone')
      notes.push(`${label}：外资 ${foreign}% 只有在试点区内才可以（${caps.in.text}）；在试点区外上限 ${caps.out.percent}%。请先确认注册地。`)
    } else if (foreign > cap.percent) {
      const text = `${label}：外资占 ${foreign}% 超过上限 ${cap.percent}%。${cap.text}${why}须把外资股比降到 ${cap.percent}% 以下，或只开展外资可做的业务。`
      problems.push({ code: 'foreignShareTooHigh', text, sources: ids(cap.cites) })
      block(req.id, 'foreignShareTooHigh', text)
    } else if (foreign > 0) {
      notes.push(`${label}：外资 ${foreign}% 在上限 ${cap.percent}% 以内。${cap.text}`)
    }
  }

  const dishonest = answerOf(o.dishonestListed)
  if (dishonest === 'yes') {
    const text = '公司及其主要投资者、主要经营管理人员不得被列入电信业务经营失信名单（令第42号 第六条第六项）；须先移出失信名单再申请。'
    problems.push({ code: 'dishonestListed', text, sources: ['miit-42'] })
    blockAll('dishonestListed', text)
  } else if (dishonest === 'unsure') {
    waitOn('dishonestListed')
    notes.push(DISHONEST_LOOKUP)
  }

  // A foreign share over 50 % in a zone rests on the pilot: MIIT's 试点批复 is still to be obtained.
  const underPilot = pilot.state === 'in' && foreign > 50
  const authority: Eligibility['authority'] =
    underPilot ? 'miit' : foreign > 0 || multi === 'unsure' ? 'consult' : multi === 'yes' ? 'miit' : 'province'
  if (underPilot) {
    notes.push('试点区的外资企业向工业和信息化部申请《电信业务经营试点批复》，并须符合试点条件。')
  } else if (foreign > 0) {
    notes.push('外资企业应向工信部还是省通信管理局申请，2022 年新规后尚未核实，请先咨询工信部或属地通信管理局。')
  } else if (authority === 'province') {
    notes.push(
      `在一个省内经营的公司通常向注册地省通信管理局申请；若业务定位全国，或在多省有分支、服务器、人员，可能需要工信部跨地区许可（注册资本 ${formatWan(CAPITAL_CROSS_PROVINCE)}），请与省通管局确认。`,
    )
  }

  const eligible = problems.length > 0 ? false : open.length > 0 ? null : true
  const eligibility: Eligibility = { licenses: needed.map((r) => r.id), capitalRequired, authority, eligible, problems, notes }
  if (eligible === null) eligibility.open = open
  if (underPilot) eligibility.pilotApproval = true
  return { eligibility, blockers }
}

export function checkEligibility(p: Profile, requirements: readonly Requirement[]): Eligibility | null {
  return assessEligibility(p, requirements).eligibility
}
