/**
 * Foreign investment, as rows: the B25 services an app provides (each with whether the 2024
 * pilot opens it), the caps per licence, the foreign-investment bans on content permits, and
 * the pilot zones. Read by ../eligibility.ts and ../evaluate.ts.
 *
 * Reference §4 and §4.4 (S11–S15), addendum §3 (A3: negative list items 16–17), addendum
 * 2026-11b §4.1 (B16: the zones and their boundaries, which are inference [I]).
 */
import { act, all, anyActivity, anySector, flag, fact, sec, type Condition } from './condition'
import type { RequirementId } from '../contract/types'
import type { CiteText } from './shared'

/** One B25 service the app provides, whatever it costs (the cap follows the service, not the price). */
export interface B25Service {
  id: string
  when: Condition
  /** The catalogue's name for it. */
  service: string
  /** Opened to 100 % foreign in the 2024 pilot zones (only ① and ⑤ are). */
  pilotOpen: boolean
  cites: readonly CiteText[]
}

const PILOT: CiteText = 'S13 工信部通信函〔2024〕107号（开放范围）'
const NEG_LIST_17: CiteText = 'A3 负面清单 第十七条'
const NEG_LIST_16: CiteText = 'A3 负面清单 第十六条'
const FTZ_BANS: CiteText = 'S15 自贸区负面清单 禁止投资项'
const NEG_LIST_2019: CiteText = 'S12 负面清单（2019）增值电信条目'
const B25_1: CiteText = 'S4 目录 B25 第①项'
const NOT_NAMED = '2024 年试点未放开（只放开信息发布平台和递送服务、信息保护和处理服务）'

export const B25_SERVICES: readonly B25Service[] = [
  {
    id: 'svc.publishing',
    when: anyActivity('paidContent', 'paidListings', 'classifieds', 'ads'),
    service: '信息发布平台和递送服务',
    pilotOpen: true,
    cites: [B25_1, PILOT],
  },
  {
    id: 'svc.recruitment',
    when: all(sec('recruitment'), flag('recruitsForOthers')),
    service: '信息发布平台和递送服务（招聘信息）',
    pilotOpen: true,
    cites: [B25_1, PILOT],
  },
  { id: 'svc.community', when: anyActivity('ugc', 'dating'), service: `信息社区平台服务：${NOT_NAMED}`, pilotOpen: false, cites: ['S4 目录 B25 第③项', PILOT] },
  { id: 'svc.im', when: anyActivity('messaging', 'dating'), service: `信息即时交互服务：${NOT_NAMED}`, pilotOpen: false, cites: ['S4 目录 B25 第④项', PILOT] },
  { id: 'svc.search', when: act('search'), service: `信息搜索查询服务：${NOT_NAMED}`, pilotOpen: false, cites: ['S4 目录 B25 第②项', PILOT] },
  {
    id: 'svc.liveShow',
    when: act('liveEntertainment'),
    service: '娱乐直播（网络表演，属互联网文化经营，试点明确排除）',
    pilotOpen: false,
    cites: [PILOT, NEG_LIST_17],
  },
  {
    id: 'svc.games',
    when: sec('games'),
    service: '网络游戏（属互联网文化经营，试点明确排除）',
    pilotOpen: false,
    cites: [PILOT, NEG_LIST_17],
  },
  {
    id: 'svc.excludedContent',
    when: anySector('news', 'publishing', 'audiovisual', 'culture'),
    service: '新闻、出版、视听或文化内容（试点明确排除）',
    pilotOpen: false,
    cites: [PILOT],
  },
  { id: 'svc.saas', when: act('saas'), service: `网页制作等服务（SaaS）：${NOT_NAMED}`, pilotOpen: false, cites: [PILOT] },
  { id: 'svc.ai', when: act('aiGenerated'), service: `AI 生成内容服务：${NOT_NAMED}`, pilotOpen: false, cites: [PILOT] },
]

/** EDI activities that are 经营类电子商务 (third-party trading platforms): open to 100 % since 2015. */
export const ECOMMERCE_EDI: Condition = {
  any: [act('marketplace'), all(sec('rideHailing'), fact('ownDrivers', 'no')), all(sec('recruitment'), flag('recruitsForOthers'), fact('commission'))],
}

export interface CapRow {
  id: string
  license: RequirementId
  percent: number
  text: string
  cites: readonly CiteText[]
}

export const CAPS = {
  ediEcommerce: {
    id: 'cap.edi.ecommerce',
    license: 'ediLicense',
    percent: 100,
    text: '经营类电子商务（第三方交易平台的 EDI）自 2015-06-19 起全国放开外资股比，可达 100%。',
    cites: ['S11 工信部通〔2015〕196号'],
  },
  ediPilot: {
    id: 'cap.edi.pilot',
    license: 'ediLicense',
    percent: 100,
    text: '试点区内 EDI（B21）全部放开外资股比，须取得工信部《电信业务经营试点批复》。',
    cites: [PILOT],
  },
  ediOther: {
    id: 'cap.edi.other',
    license: 'ediLicense',
    percent: 50,
    text: '电子商务以外的 EDI 业务外资股比不超过 50%（2024 年试点区除外）。',
    cites: ['S13 试点前 B21 其余业务仍限 50%', NEG_LIST_16],
  },
  icpPilot: {
    id: 'cap.icp.pilot',
    license: 'icpLicense',
    percent: 100,
    text: '试点区内信息发布平台和递送服务、信息保护和处理服务放开外资股比，须取得工信部《电信业务经营试点批复》。',
    cites: [PILOT],
  },
  icp: {
    id: 'cap.icp',
    license: 'icpLicense',
    percent: 50,
    text: 'ICP 许可证（B25）外资股比不超过 50%；只有 2024 年试点区内的信息发布平台和递送服务、信息保护和处理服务放开。',
    cites: [NEG_LIST_2019, NEG_LIST_16, PILOT],
  },
  sp: {
    id: 'cap.sp',
    license: 'spLicense',
    percent: 50,
    text: 'SP 证（B25 不含互联网信息服务）外资股比不超过 50%。',
    cites: [NEG_LIST_2019, NEG_LIST_16],
  },
} as const satisfies Record<string, CapRow>

/** Permits closed to foreign investment (negative list item 17): any foreign share blocks them. */
export const FOREIGN_BANS: Readonly<Partial<Record<RequirementId, { text: string; cites: readonly CiteText[] }>>> = {
  internetNewsLicense: {
    text: '互联网新闻信息服务禁止外商投资：有外资的公司不能取得互联网新闻信息服务许可证。',
    cites: [NEG_LIST_17, FTZ_BANS],
  },
  onlinePublishingLicense: {
    text: '网络出版服务禁止外商投资：有外资的公司不能取得网络出版服务许可证。',
    cites: [NEG_LIST_17, FTZ_BANS],
  },
  audiovisualLicense: {
    text: '网络视听节目服务禁止外商投资：有外资的公司不能取得信息网络传播视听节目许可证。',
    cites: [NEG_LIST_17, FTZ_BANS],
  },
  networkCultureLicense: {
    text: '互联网文化经营（音乐除外）禁止外商投资：有外资的公司不能取得网络文化经营许可证，只经营网络音乐的除外。',
    cites: ['A3 负面清单 第十七条（音乐除外）', FTZ_BANS],
  },
}

/** The 2024 pilot zones by province, with the boundary the engine assumes ([I]: addendum 2026-11b §4.1). */
export const PILOT_ZONES: ReadonlyMap<string, { zone: string; area: string }> = new Map([
  ['110000', { zone: '北京市服务业扩大开放综合示范区', area: '北京市全域' }],
  ['310000', { zone: '上海自贸试验区临港新片区、浦东社会主义现代化建设引领区', area: '仅浦东新区（含临港新片区）；上海其他区不在内' }],
  ['460000', { zone: '海南自由贸易港', area: '海南岛全岛（三沙等岛屿未核实）' }],
  ['440000', { zone: '深圳中国特色社会主义先行示范区', area: '仅深圳市；广州及广东其他城市不在内' }],
])
export const PILOT_ZONE_CITES: readonly CiteText[] = [PILOT, 'B16 试点通告与 2024-10-23 启动']
