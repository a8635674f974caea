/**
 * What the three telecom (VATS) licences share — ICP (./../icp), EDI (../edi) and SP (../sp):
 * who may apply and where, the pilot zones, how long it takes and what to hand in.
 * The law: 《电信业务经营许可管理办法》（工信部令第42号）第三条、第六条; 《电信条例》第九条、第十三条;
 * 工信部通信函〔2024〕107号 (the opening pilot). Each licence's foreign cap sits in its own folder.
 * ../../engine/eligibility.ts reads these; every value carries its articles and the day it was checked.
 */
import type { MaterialGroup } from '../../contract/types'
import type { CiteText, Office, Param, Procedure } from '../book'

/** The office: the provincial communications administration, or MIIT across provinces. */
export const TELECOM_OFFICE: Office = {
  authority: '省通信管理局（跨省经营：工业和信息化部）',
  cites: ['telecom-regulations 《电信条例》第九条', 'miit-42 令第42号 第三条'],
  verified: '2026-11-22',
}

/** Only a company may apply (令第42号 第六条第一项). */
export const COMPANY_ONLY: Param<true> = { value: true, cites: ['miit-42 令第42号 第六条第一项', 'telecom-regulations 《电信条例》第十三条'], verified: '2026-11-22', since: '2017-09-01' }

/** Registered capital, in yuan: within one province, and across provinces (令第42号 第六条第四项). */
export const CAPITAL: { oneProvince: Param<number>; crossProvince: Param<number> } = {
  oneProvince: { value: 1_000_000, cites: ['miit-42 令第42号 第六条第四项（省内 100 万元）'], verified: '2026-11-22', since: '2017-09-01' },
  crossProvince: { value: 10_000_000, cites: ['miit-42 令第42号 第六条第四项（跨地区 1000 万元）'], verified: '2026-11-22', since: '2017-09-01' },
}

/**
 * The bar is the 电信业务经营失信名单 (令第42号 第六条第六项), kept by the telecom authorities —
 * not "3 years without violation" (an older rule the seed articles repeated), and not the courts'
 * 失信被执行人名单.
 */
export const DISHONEST_LIST: Param<string> = {
  value:
    '请核查公司、主要投资者和主要经营管理人员是否在电信业务经营失信名单上：该名单由电信管理机构（工信部和省通信管理局）列入和公布，可在工信部电信业务市场综合管理信息系统（dxzhgl.miit.gov.cn）查询或向属地通信管理局确认；它不是法院的失信被执行人名单（中国执行信息公开网），两者不要混淆。',
  cites: ['miit-42 令第42号 第六条第六项'],
  verified: '2026-11-22',
  since: '2017-09-01',
}

const PILOT: CiteText = 'vats-pilot-notice-2024 工信部通信函〔2024〕107号（开放范围）'

/** The 2024 pilot zones by province, with the boundary the engine assumes ([I]: addendum 2026-11b §4.1). */
export const PILOT_ZONES: Param<ReadonlyMap<string, { zone: string; area: string }>> = {
  value: new Map([
    ['110000', { zone: '北京市服务业扩大开放综合示范区', area: '北京市全域' }],
    ['310000', { zone: '上海自贸试验区临港新片区、浦东社会主义现代化建设引领区', area: '仅浦东新区（含临港新片区）；上海其他区不在内' }],
    ['460000', { zone: '海南自由贸易港', area: '海南岛全岛（三沙等岛屿未核实）' }],
    ['440000', { zone: '深圳中国特色社会主义先行示范区', area: '仅深圳市；广州及广东其他城市不在内' }],
  ]),
  cites: [PILOT, 'vats-pilot-notice-2024 试点通告与 2024-10-23 启动'],
  verified: '2026-11-24',
  since: '2024-04-08',
}

/** Times: review (令第42号: 60 日), what practitioners report (1–3 个月), validity (5 年). */
export const LICENCE_TIMES = {
  statutory: { value: '60 日', cites: ['miit-42 令第42号 审查期限（60 日）'], verified: '2026-11-22' },
  typical: { value: '1–3 个月', cites: ['practitioner-articles 从业者报告的办理周期'], verified: '2026-11-22' },
  validity: { value: '5 年', cites: ['howtolivebetter 有效期 5 年'], verified: '2026-11-22' },
} as const satisfies Record<string, Param<string>>

/** How a telecom licence is obtained (the plan's step for ICP, EDI and SP). */
export const LICENCE_PROCEDURE: Procedure = {
  where: '工信部政务服务平台 dxzhgl.miit.gov.cn',
  statutory: `受理后 ${LICENCE_TIMES.statutory.value}内作出决定`,
  typical: `通常 ${LICENCE_TIMES.typical.value}，个别省份更久（从业者经验）`,
  validity: `${LICENCE_TIMES.validity.value}，到期前续期；每年 1 月 1 日至 3 月 31 日提交上一年度年报`,
  cites: ['miit-42 审查期限（60 日）', 'howtolivebetter 有效期 5 年', 'practitioner-articles 办理周期'],
  verified: '2026-11-22',
}

/** What to hand in for a licence (reference §3: agency lists, consistent across sources [V-sec S2; P S21]). */
export const LICENCE_MATERIALS: Param<readonly MaterialGroup[]> = {
  value: [
    { title: '申请表与承诺', anyOf: [['增值电信业务经营许可申请表', '依法经营电信业务承诺书']] },
    {
      title: '公司证照',
      anyOf: [['营业执照', '法定代表人身份证', '公司章程', '股权结构图（追溯到自然人或国有主体）', '主要经营管理人员身份证']],
    },
    { title: '业务与技术方案', anyOf: [['公司概况', '业务发展与实施计划', '技术方案', '网络与信息安全保障措施']] },
    { title: '人员', anyOf: [['约 3 名员工的社保缴纳记录']] },
    { title: '服务器', anyOf: [['境内服务器托管协议'], ['境内云服务器购买合同']] },
    { title: '已备案的服务', anyOf: [['已备案的域名证书或小程序', '服务页面截图（首页；EDI 还需商家入驻、下单和支付页面）']] },
  ],
  cites: ['miit-42 申请材料清单（代办机构整理，各源一致）', 'practitioner-articles 从业者整理的申请材料'],
  verified: '2026-11-22',
}

/** The next steps of a licence, with the sources they rest on. */
export const LICENCE_STEPS = {
  apply: {
    id: 'step.apply',
    text: `在工信部政务服务平台（dxzhgl.miit.gov.cn）申请：法定审查期 ${LICENCE_TIMES.statutory.value}，实际通常 ${LICENCE_TIMES.typical.value}，个别省份更久。`,
    cites: ['miit-42 令第42号 审查期限（60 日）', 'practitioner-articles 从业者报告的办理周期'],
  },
  waitForLicence: {
    id: 'step.waitForLicence',
    text: '许可证下来之前，不要上线需要许可证的功能；有代办称微信曾接受受理通知先上线，但并不稳定，不要依赖。',
    cites: ['practitioner-articles 从业者报告（受理通知先上线）'],
  },
  afterLicence: {
    id: 'step.afterLicence',
    text: `取得许可证后：有效期 ${LICENCE_TIMES.validity.value}，到期前申请续期；每年第一季度（3 月 31 日前，具体开放日期以当年通知为准，2025 年为 1 月 10 日起）在工信部系统提交上一年度年报，未报会被列入不良名单。`,
    cites: ['chongqing-ca-annual-report-notice-2025 年报通知（一季度、3 月 31 日前）', 'howtolivebetter 有效期 5 年'],
  },
} as const satisfies Record<string, { id: string; text: string; cites: readonly CiteText[] }>

/** A foreign-ownership cap of one licence (each licence's folder holds its own). */
export interface CapRow {
  id: string
  percent: number
  text: string
  cites: readonly CiteText[]
  /** The day the cap took effect. */
  since?: string
}

export const PILOT_CITE = PILOT
