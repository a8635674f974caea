/**
 * Can this operator apply for the telecom licences the assessment requires?
 * 《电信业务经营许可管理办法》 (工信部令第42号) Art. 6 and 《电信条例》 Art. 9, with the
 * foreign-investment caps of reference §4 (S11–S13, addendum §3). The old articles' two
 * wrong claims are not repeated here: foreign capital is capped per licence (EDI e-commerce
 * is open to 100 %), and the bar is the 失信名单, not "3 years without violation".
 */
import type { SourceId } from './sources'
import type {
  Eligibility,
  EligibilityProblem,
  OperatorType,
  Profile,
  Requirement,
  RequirementId,
  TelecomLicense,
} from './types'
import { TELECOM_LICENSES } from './types'
import { REQUIREMENT_LABELS, formatYuan } from './labels'
import { RULES, isNeeded } from './rules'

export const CAPITAL_ONE_PROVINCE = 1_000_000
export const CAPITAL_CROSS_PROVINCE = 10_000_000

/** 2024 pilot zones (S13): Beijing, Shanghai (Lingang, Pudong), Hainan, Shenzhen. */
export const PILOT_PROVINCES: ReadonlyMap<string, string> = new Map([
  ['110000', '北京市服务业扩大开放综合示范区'],
  ['310000', '上海自贸试验区临港新片区、浦东社会主义现代化建设引领区'],
  ['460000', '海南自由贸易港'],
  ['440000', '深圳中国特色社会主义先行示范区'],
])

const NOT_A_COMPANY: Record<Exclude<OperatorType, 'company'>, string> = {
  individual: '个人',
  soleProprietor: '个体工商户',
  publicInstitution: '机关、事业单位和社会组织',
}

/**
 * B25 triggers the 2024 pilot opens (信息发布平台和递送服务), as rule ids of rules.ts.
 * Everything else that makes an ICP licence needed — communities, dating and instant
 * messaging, live shows, games — stays capped at 50 % (reference §4.4; addendum §3).
 */
const PILOT_OPEN_B25_RULES: ReadonlySet<string> = new Set(['b25.paidContent', 'b25.paidListings', 'b25.ads', 'b25.classifieds'])
/** Content the pilot excludes from 信息发布平台和递送服务 even in the zones. */
const PILOT_EXCLUDED_SECTORS = ['news', 'publishing', 'audiovisual', 'culture'] as const
/** Rules that make an ICP licence needed (required or likely), not those that only say it may be. */
const DEMANDING_B25_RULES: ReadonlySet<string> = new Set(
  RULES.filter((r) => r.requirement === 'icpLicense' && isNeeded(r)).map((r) => r.id),
)

interface Cap {
  percent: number
  text: string
  sources: SourceId[]
}

function inPilot(p: Profile): boolean {
  const province = p.operator.province
  return p.operator.pilotZone === true && (province === undefined || PILOT_PROVINCES.has(province))
}

function foreignCap(license: TelecomLicense, p: Profile, req: Requirement): Cap {
  const pilot = inPilot(p)
  if (license === 'ediLicense') {
    if (p.activities.includes('marketplace')) {
      return { percent: 100, text: '经营类电子商务（EDI）自 2015-06-19 起全国放开外资股比，可达 100%。', sources: ['S11'] }
    }
    return pilot
      ? { percent: 100, text: '试点区内 EDI 全部放开外资股比（须取得工信部试点批复）。', sources: ['S13'] }
      : { percent: 50, text: '电子商务以外的 EDI 业务外资股比不超过 50%（2024 年试点区除外）。', sources: ['S13', 'A3'] }
  }
  if (license === 'icpLicense') {
    // Only what makes the licence needed decides the cap: a 'depends' reason beside it does not.
    const drivers = req.reasons.map((r) => r.rule).filter((id) => DEMANDING_B25_RULES.has(id))
    const opened =
      drivers.length > 0 &&
      drivers.every((id) => PILOT_OPEN_B25_RULES.has(id)) &&
      !PILOT_EXCLUDED_SECTORS.some((s) => p.sectors.includes(s))
    if (pilot && opened) {
      return { percent: 100, text: '试点区内信息发布平台和递送服务放开外资股比（须取得工信部试点批复）。', sources: ['S13'] }
    }
    return {
      percent: 50,
      text: pilot
        ? 'ICP 许可证外资股比不超过 50%：2024 年试点只放开信息发布平台和递送服务、信息保护和处理服务，社区、搜索、即时通讯等不在其内。'
        : 'ICP 许可证（B25）外资股比不超过 50%；只有 2024 年试点区内的部分业务放开。',
      sources: ['S12', 'S13', 'A3'],
    }
  }
  return { percent: 50, text: 'SP 证（B25 不含互联网）外资股比不超过 50%。', sources: ['S12', 'A3'] }
}

export function checkEligibility(p: Profile, requirements: readonly Requirement[]): Eligibility | null {
  const needed = requirements.filter(
    (r): r is Requirement & { id: TelecomLicense } =>
      (TELECOM_LICENSES as readonly RequirementId[]).includes(r.id) && isNeeded(r),
  )
  if (needed.length === 0) return null

  const o = p.operator
  const multi = o.multiProvince === true
  const capitalRequired = multi ? CAPITAL_CROSS_PROVINCE : CAPITAL_ONE_PROVINCE
  const scope = multi ? '跨省经营' : '省内经营'
  const foreign = o.foreignShare ?? 0
  const problems: EligibilityProblem[] = []
  const notes: string[] = []

  if (o.type !== 'company') {
    problems.push({
      code: 'notACompany',
      text: `${NOT_A_COMPANY[o.type]}不能申请增值电信业务经营许可证：申请者须为依法设立的公司。先设立公司，再以公司名义申请并办理备案。`,
      sources: ['S2', 'S3'],
    })
  }
  if (o.type === 'company' && o.registeredCapital !== undefined && o.registeredCapital < capitalRequired) {
    problems.push({
      code: 'capitalTooLow',
      text: `注册资本 ${formatYuan(o.registeredCapital)} 低于${scope}的最低限额 ${formatYuan(capitalRequired)}，须先增资到 ${formatYuan(capitalRequired)} 以上（认缴即可，但须在 5 年内实缴）。`,
      sources: ['S2'],
    })
  }
  for (const req of needed) {
    const cap = foreignCap(req.id, p, req)
    if (foreign > cap.percent) {
      problems.push({
        code: 'foreignShareTooHigh',
        text: `${REQUIREMENT_LABELS[req.id]}：外资占 ${foreign}% 超过上限 ${cap.percent}%。${cap.text}须把外资股比降到 ${cap.percent}% 以下，或只开展外资可做的业务。`,
        sources: cap.sources,
      })
    } else if (foreign > 0) {
      notes.push(`${REQUIREMENT_LABELS[req.id]}：外资 ${foreign}% 在上限 ${cap.percent}% 以内。${cap.text}`)
    }
  }
  if (o.dishonestListed === true) {
    problems.push({
      code: 'dishonestListed',
      text: '公司及其主要投资者、主要经营管理人员不得被列入电信业务经营失信名单；须先移出失信名单再申请。',
      sources: ['S2'],
    })
  }

  if (o.type === 'company' && o.registeredCapital === undefined) {
    notes.push(`需要注册资本至少 ${formatYuan(capitalRequired)}（${scope}）；请对照营业执照确认。`)
  }
  if (o.pilotZone === true && o.province !== undefined && !PILOT_PROVINCES.has(o.province)) {
    notes.push('所选省份不在 2024 年增值电信开放试点范围（北京、上海临港/浦东、海南、深圳）内，按一般外资上限判断。')
  }
  if (inPilot(p) && foreign > 50) {
    notes.push('试点区的外资企业须另行取得工信部《电信业务经营试点批复》并符合试点条件。')
  }

  const authority: Eligibility['authority'] = foreign > 0 ? 'consult' : multi ? 'miit' : 'province'
  if (authority === 'consult') {
    notes.push('外资企业应向工信部还是省通信管理局申请，2022 年新规后尚未核实，请先咨询工信部或属地通信管理局。')
  } else if (authority === 'province') {
    notes.push('在一个省内经营的公司通常向注册地省通信管理局申请；若业务定位全国，或在多省有分支、服务器、人员，可能需要工信部跨地区许可（注册资本 1000 万元），请与省通管局确认。')
  }

  const eligible = problems.length > 0 ? false : o.registeredCapital === undefined ? null : true
  return { licenses: needed.map((r) => r.id), capitalRequired, authority, eligible, problems, notes }
}
