/**
 * ICP 备案 (icpFiling) and 前置审批.
 * The law: 《互联网信息服务管理办法》第四条、第五条; MIIT's 2023 app-filing notice; WeChat's and Alipay's filing rules.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { ALWAYS, anySector, holds, on, type Condition } from '../../profile/condition'
import { SECTORS, type MaterialGroup, type Profile, type Sector } from '../../contract/types'
import { LAW, PLATFORM, book, type BookRow, type CiteText, type Param, type Procedure } from '../book'
import { PAID_PUBLICATIONS } from '../online-publishing'

export const FILING = book('icpFiling', { authority: '主办者住所地省通信管理局（经微信或支付宝代备案）', cites: ['miit-app-filing-notice-2023 备案通知', 'wechat-filing-notice-2023 微信备案通知'] , verified: '2026-11-24' }, [
  {
    id: 'filing.all',
    when: ALWAYS,
    status: 'required',
    basis: LAW,
    text: '工信部 2023-08-04 通知要求境内提供互联网信息服务的 App 和小程序都要备案，公司、个体户和个人都一样；未备案的不得上架或接入。',
    cites: ['miit-app-filing-notice-2023 移动互联网应用程序备案通知（2023-08-04）', 'internet-info-services-measures 国务院令第292号 第四条'],
    verified: '2026-11-22',
  },
  {
    id: 'filing.preApproval',
    when: anySector(
      'news',
      'publishing',
      'games',
      'education',
      'k12Tutoring',
      'medicalInstitution',
      'internetHospital',
      'healthInfo',
      'drugInfo',
      'medicalDevices',
      'culture',
      'audiovisual',
      'rideHailing',
      'finance',
      'religion',
    ),
    status: 'required',
    basis: LAW,
    text: '你的行业属于前置审批范围：先取得主管部门的审批文件，备案时一并提交，缺少文件的备案会被驳回。',
    cites: ['internet-info-services-measures 国务院令第292号 第五条', 'mii-33 《非经营性互联网信息服务备案管理办法》第十一条（文化、广播电影电视节目），见小程序备案指引'],
    wechat: { text: '微信小程序备案按「前置审批类型」要求上传对应的审批文件。', cites: ['wechat-filing-api 前置审批类型（queryIcpNrlxTypes）'] },
    verified: '2026-11-24',
  },
  {
    // Paid 出版物 without the 网络文学 sector: 网络出版 all the same (law/online-publishing), so its licence is the 前置审批 「出版」.
    id: 'filing.preApproval.publications',
    when: PAID_PUBLICATIONS,
    status: 'required',
    basis: LAW,
    text: '你的付费内容是出版物（原创文学、电子书、期刊等），属于网络出版：网络出版服务许可证就是备案的前置审批（出版），先取得许可证，备案时在前置审批中选「出版」并上传，缺少的备案会被驳回。',
    cites: ['internet-info-services-measures 国务院令第292号 第五条（出版）', 'online-publishing-provisions 《网络出版服务管理规定》第二条'],
    wechat: { text: '微信小程序备案的前置审批类型「出版」（第 2 项）须填写审批号并上传许可证。', cites: ['wechat-filing-api 前置审批类型（queryIcpNrlxTypes：2 出版）'] },
    fact: 'publications',
    verified: '2026-12-06',
  },
  {
    id: 'filing.wechat',
    when: on('wechat'),
    status: 'required',
    basis: PLATFORM,
    text: '微信自 2023-09-01 起要求未上架的小程序先备案后上架，已上架的须在 2024-03-31 前备案，否则清退。',
    cites: ['wechat-filing-notice-2023 关于开展微信小程序备案的通知'],
    verified: '2026-11-22',
  },
  {
    id: 'filing.alipay',
    when: on('alipay'),
    status: 'required',
    basis: PLATFORM,
    text: '支付宝自 2023-11-22 起向全部小程序开放代备案，新上架的小程序须同时完成备案。',
    cites: ['alipay-filing-open-2023 全面开放代备案公告（2023-11-22）'],
    verified: '2026-11-22',
  },
  {
    id: 'filing.douyin',
    when: on('douyin'),
    status: 'required',
    basis: PLATFORM,
    text: '抖音小程序在抖音开放平台开发者后台提交 ICP 备案（平台代备案：填写主体、负责人、服务内容和前置审批，负责人人证核验），备案通过后才能发布。',
    cites: ['douyin-filing-api 小程序备案（提交备案信息、服务内容类型、前置审批类型、人证核验）'],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])

// ── 前置审批: sectors whose regulator must approve before filing ───────────────────────
/** Sector → what the approval is (《互联网信息服务管理办法》第五条; WeChat's filing API list, S18). */
export const PRE_APPROVALS: Param<Readonly<Partial<Record<Sector, string>>>> = {
  value: {
    news: '新闻',
    publishing: '出版',
    games: '出版（游戏内容审核）',
    education: '教育',
    k12Tutoring: '校外培训',
    medicalInstitution: '医疗保健',
    internetHospital: '医疗保健',
    healthInfo: '医疗保健',
    drugInfo: '药品和医疗器械',
    medicalDevices: '药品和医疗器械',
    culture: '文化',
    audiovisual: '广播电影电视节目',
    rideHailing: '网络预约车',
    finance: '互联网金融',
    religion: '宗教',
  },
  cites: ['internet-info-services-measures 国务院令第292号 第五条', 'wechat-filing-api 前置审批类型（queryIcpNrlxTypes）'],
  verified: '2026-11-24',
}

/**
 * A 前置审批 reached without choosing its sector: paid content that is a publication is 网络出版
 * (law/online-publishing), so 「出版」 is on the filing form. Retail of physical books is not here:
 * the 出版物经营许可证 is no item of the form's list (addendum 2026-12 §9.2: a self-operated goods
 * shop files 「以上都不涉及」), and is shown when choosing the category.
 */
export const PRE_APPROVAL_TRIGGERS: Param<Readonly<Partial<Record<Sector, Condition>>>> = {
  value: { publishing: PAID_PUBLICATIONS },
  cites: ['internet-info-services-measures 国务院令第292号 第五条（出版）', 'online-publishing-provisions 《网络出版服务管理规定》第二条'],
  verified: '2026-12-06',
}

/** The 前置审批 types this profile must obtain before filing (by the sector whose approval each is). */
export function preApprovalSectors(p: Profile): Sector[] {
  return SECTORS.filter((s) => {
    if (PRE_APPROVALS.value[s] === undefined) return false
    const trigger = PRE_APPROVAL_TRIGGERS.value[s]
    return p.sectors.includes(s) || (trigger !== undefined && holds(trigger, p))
  })
}

/** Times: WeChat's review (platform 1–2, bureau 1–20 working days) and when to start (S6). */
export const FILING_TIMES = {
  review: { value: '平台初审 1–2 个工作日，管局审核 1–20 个工作日', cites: ['wechat-filing-guide 小程序备案指引（审核时限）'], verified: '2026-11-22' },
  lead: { value: '建议在上线前 20–30 个工作日开始', cites: ['wechat-filing-guide 小程序备案指引（提前准备）'], verified: '2026-11-22' },
} as const satisfies Record<string, Param<string>>

/** How filing goes (the plan's step): the platform's and the bureau's review, and when to start. */
export const FILING_PROCEDURE: Procedure = {
  typical: `${FILING_TIMES.review.value}；${FILING_TIMES.lead.value}`,
  cites: ['miit-app-filing-notice-2023 移动互联网应用程序备案通知', 'wechat-filing-guide 小程序备案指引（审核时限）', 'alipay-filing-open-2023 全面开放代备案公告'],
  verified: '2026-11-22',
}

/** What to hand in (WeChat's filing guide, S6; Alipay's is the same in substance, S7). */
export const FILING_MATERIALS: Param<MaterialGroup> = {
  value: {
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
  },
  cites: ['wechat-filing-guide 小程序备案指引（备案材料）'],
  verified: '2026-11-22',
}

/** The next steps of filing, with the sources they rest on. */
export const FILING_STEPS = {
  fileWechat: {
    id: 'step.fileWechat',
    text: `在微信公众平台提交小程序备案：${FILING_TIMES.review.value}，${FILING_TIMES.lead.value}。`,
    cites: ['wechat-filing-guide 小程序备案指引'],
  },
  fileAlipay: {
    id: 'step.fileAlipay',
    text: '在支付宝开放平台或商家平台提交小程序备案，新上架的小程序须同时完成备案。',
    cites: ['alipay-filing-open-2023 全面开放代备案公告'],
  },
  fileDouyin: {
    id: 'step.fileDouyin',
    text: '在抖音开放平台开发者后台提交小程序备案（负责人须完成人证核验），通过后再发布。',
    cites: ['douyin-filing-api 小程序备案接口'],
  },
  showNumber: { id: 'step.showNumber', text: '备案通过后，在小程序中展示备案号。', cites: ['howtolivebetter 未展示备案号的罚则'] },
} as const satisfies Record<string, { id: string; text: string; cites: readonly CiteText[] }>
