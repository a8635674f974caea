/**
 * From the answers to WeChat's 小程序备案 form: which 服务内容 types fit, which 前置审批 types the
 * engine's verdicts call for, and which 主体性质 an operator files as (addendum 2026-12 §9.3
 * "Suggested mapping", §9.4, §9.5).
 *
 * Every row names its types by NAME (./wechat.ts looks the codes up in the snapshot), so a code that
 * is not in the snapshot cannot be written here. The choice of service types is the merchant's and
 * the bureau judges it with the 备注 [I, §9.3]: the rows say what fits best and what else fits, and a
 * row whose fit is only inference or practice says so (`note`, with its level).
 */
import type { Activity, OperatorType, RequirementId, Sector } from '../../../contract/types'
import { act, all, any, anyActivity, anySector, not, sec, type Condition } from '../../../profile/condition'
import type { CiteText } from '../../book'
import type { PreApprovalName, ServiceKey, SubjectName } from './wechat'

/** How sure a row is, as in the reference: V verified, V-sec via a copy, P practice, I inference. */
export type Level = 'V' | 'V-sec' | 'P' | 'I'

// ── 服务内容: one row per answer (or combination) that points at a service type ─────────────────
export interface ServiceRow {
  id: string
  when: Condition
  /** The best fit. */
  pick: ServiceKey
  /** What else fits; the merchant may choose one of these instead. */
  alternatives?: readonly ServiceKey[]
  /**
   * 1: a sector's own type (医院, 打车/出租车 …); 2: what the service does (零售批发, 网络社交 …);
   * 3: a general type (工具), used when nothing more specific is left. The draft puts lower first.
   */
  rank: 1 | 2 | 3
  /** Said beside the code where the fit is practice or inference. */
  note?: string
  level: Level
  cites: readonly CiteText[]
}

const SUGGESTED: CiteText = 'wechat-filing-lists-capture 服务内容类型（附录 2026-12 §9.3 建议对应表）'
const GUIDE: CiteText = 'wechat-filing-service-content-guide 服务内容选择指引'
const BOTH = [SUGGESTED, GUIDE] as const

/** The rows, most specific first within each rank (the order breaks ties). */
export const SERVICE_ROWS: readonly ServiceRow[] = [
  // rank 1: a sector's own type
  { id: 'service.rideHailing', when: sec('rideHailing'), pick: '交通运输-打车/出租车', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.religion', when: sec('religion'), pick: '其他-宗教信息', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.medicalInstitution', when: anySector('medicalInstitution', 'internetHospital'), pick: '医疗服务-医院', alternatives: ['医疗服务-健康护理'], rank: 1, level: 'I', cites: BOTH },
  { id: 'service.drugInfo', when: sec('drugInfo'), pick: '医疗服务-医药', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.medicalDevices', when: sec('medicalDevices'), pick: '医疗服务-医疗器械', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.healthInfo', when: sec('healthInfo'), pick: '医疗服务-健康护理', rank: 1, level: 'I', cites: BOTH },
  {
    id: 'service.finance',
    when: sec('finance'),
    pick: '金融业-保险',
    alternatives: [
      '金融业-银行',
      '金融业-信托',
      '金融业-公募基金',
      '金融业-私募基金',
      '金融业-证券/期货',
      '金融业-非金融机构自营小额贷款',
      '金融业-融资担保',
      '金融业-商业保理',
      '金融业-汽车金融/融资租赁',
      '金融业-征信业务',
      '金融业-新三板信息服务平台',
      '金融业-股票信息服务平台（港股/美股）',
      '金融业-股票信息服务平台',
      '金融业-外币兑换',
      '金融业-实物黄金买卖',
      '金融业-消费金融',
      '金融业-收单商户服务',
      '金融业-区域性股权交易市场',
    ],
    rank: 1,
    note: '金融业下分 19 项，按你持牌的业务选（列表第一项「保险」只是默认位置）。',
    level: 'I',
    cites: BOTH,
  },
  { id: 'service.games', when: sec('games'), pick: '休闲娱乐-游戏', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.publishing', when: sec('publishing'), pick: '休闲娱乐-网络图书', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.audiovisual', when: sec('audiovisual'), pick: '休闲娱乐-视频', alternatives: ['休闲娱乐-音乐、电台、有声读物'], rank: 1, level: 'I', cites: BOTH },
  { id: 'service.culture', when: sec('culture'), pick: '休闲娱乐-音乐、电台、有声读物', alternatives: ['休闲娱乐-院线影城、演出', '休闲娱乐-文化场馆'], rank: 1, level: 'I', cites: BOTH },
  {
    id: 'service.news',
    when: sec('news'),
    pick: '政务服务-时政信息',
    alternatives: ['其他-咨询广场'],
    rank: 1,
    note: '服务内容没有「新闻」项，时政信息列在「政务服务」下；非政务主体选它是否合适由管局判断 [推断]。',
    level: 'I',
    cites: BOTH,
  },
  { id: 'service.k12Tutoring', when: sec('k12Tutoring'), pick: '教育-培训机构', alternatives: ['教育-儿童教育'], rank: 1, level: 'I', cites: BOTH },
  { id: 'service.education', when: sec('education'), pick: '教育-培训机构', alternatives: ['教育-儿童教育', '教育-学校', '教育-其他'], rank: 1, level: 'I', cites: BOTH },
  { id: 'service.recruitment', when: sec('recruitment'), pick: '生活服务-招聘', rank: 1, level: 'I', cites: BOTH },
  { id: 'service.realEstate', when: sec('realEstate'), pick: '生活服务-房地产', rank: 1, level: 'I', cites: BOTH },
  {
    id: 'service.food',
    when: all(sec('food'), anyActivity('ownSales', 'marketplace', 'showcase', 'leadForm', 'coupons', 'storedValue', 'membershipDiscount', 'points')),
    pick: '餐饮-点餐',
    alternatives: ['餐饮-外卖', '餐饮-其他'],
    rank: 1,
    level: 'I',
    cites: BOTH,
  },
  // rank 2: what the service does
  { id: 'service.iotControl', when: act('iotControl'), pick: '生活服务-共享服务', alternatives: ['汽车服务-充电', '仓储和邮政业-快递柜', '批发和零售业-自主售卖'], rank: 2, level: 'I', cites: BOTH },
  { id: 'service.smsForOthers', when: act('smsForOthers'), pick: '信息传输、软件和信息技术服务业-电信业务', alternatives: ['信息传输、软件和信息技术服务业-多方通信'], rank: 2, level: 'I', cites: BOTH },
  { id: 'service.marketplace', when: act('marketplace'), pick: '批发和零售业-零售批发', alternatives: ['批发和零售业-百货商场/购物中心'], rank: 2, level: 'I', cites: BOTH },
  {
    id: 'service.sales',
    when: any(anyActivity('ownSales', 'liveCommerce'), anySector('alcohol', 'books')),
    pick: '批发和零售业-零售批发',
    alternatives: ['批发和零售业-自主售卖'],
    rank: 2,
    level: 'I',
    cites: BOTH,
  },
  {
    id: 'service.social',
    when: anyActivity('ugc', 'dating', 'messaging', 'liveEntertainment', 'classifieds', 'paidListings'),
    pick: '休闲娱乐-网络社交',
    rank: 2,
    note: '网络社交含社区/论坛、直播、婚恋等；有的管局会问「电子公告服务」前置审批 [推断]，见下方说明。',
    level: 'I',
    cites: BOTH,
  },
  {
    id: 'service.paidContent',
    when: all(act('paidContent'), not(anySector('publishing', 'audiovisual', 'culture', 'education', 'k12Tutoring'))),
    pick: '休闲娱乐-网络图书',
    alternatives: ['休闲娱乐-视频', '休闲娱乐-音乐、电台、有声读物', '教育-培训机构'],
    rank: 2,
    level: 'I',
    cites: BOTH,
  },
  { id: 'service.saas', when: act('saas'), pick: '信息传输、软件和信息技术服务业-软件开发', alternatives: ['生活服务-工具'], rank: 2, level: 'I', cites: BOTH },
  { id: 'service.ai', when: act('aiGenerated'), pick: '生活服务-工具', alternatives: ['信息传输、软件和信息技术服务业-软件开发'], rank: 2, level: 'I', cites: BOTH },
  // rank 3: a general type
  { id: 'service.tool', when: anyActivity('leadForm', 'freeContent', 'search', 'showcase'), pick: '生活服务-工具', alternatives: ['其他-咨询广场', '生活服务-其他'], rank: 3, level: 'I', cites: BOTH },
]

/** When no row fits (e.g. only coupons or points were ticked): the general type, said as such. */
export const FALLBACK_SERVICE: ServiceRow = {
  id: 'service.fallback',
  when: { all: [] },
  pick: '生活服务-工具',
  alternatives: ['生活服务-其他'],
  rank: 3,
  note: '答案里没有能对应具体服务内容的业务：先按「工具」填，按实际经营内容改选。',
  level: 'I',
  cites: BOTH,
}

// ── 前置审批: from the engine's pre-approval sectors and the permits it finds needed ────────────
export interface PreApprovalMapping {
  name: PreApprovalName
  /** Said beside the code where the type is the bureau's practice or an inference. */
  note?: string
  level: Level
}

const RIDE_NOTE = '微信文档示例中网络预约车的编码是 11，实际接口返回的是 12：以名称「网络预约车」为准。'

/**
 * A sector of the engine's `preApprovals` (law/filing PRE_APPROVALS) → the form's type. Every
 * sector there has a row here (test/domain/filing-draft.test.ts).
 */
export const PRE_APPROVAL_BY_SECTOR: Readonly<Partial<Record<Sector, PreApprovalMapping>>> = {
  news: { name: '新闻', level: 'V-sec' },
  publishing: { name: '出版', level: 'V-sec' },
  games: { name: '出版', note: '游戏按「出版」（版号或内容审核）申报是推断 [推断]。', level: 'I' },
  education: { name: '教育', note: '非学科类培训是否按「教育」前置审批由管局判断 [推断]。', level: 'I' },
  k12Tutoring: { name: '校外培训', level: 'V-sec' },
  medicalInstitution: { name: '医疗保健', level: 'V-sec' },
  internetHospital: { name: '医疗保健', level: 'V-sec' },
  healthInfo: { name: '医疗保健', note: '健康科普只在内容属医疗时才涉及「医疗保健」 [推断]。', level: 'I' },
  drugInfo: { name: '药品和医疗器械', level: 'V-sec' },
  medicalDevices: { name: '药品和医疗器械', level: 'V-sec' },
  culture: { name: '文化', level: 'V-sec' },
  audiovisual: { name: '广播电影电视节目', level: 'V-sec' },
  rideHailing: { name: '网络预约车', note: RIDE_NOTE, level: 'V-sec' },
  finance: { name: '互联网金融', level: 'V-sec' },
  religion: { name: '宗教', level: 'V-sec' },
}

/**
 * A permit the engine finds required or likely whatever the sectors (e.g. 网络文化经营许可证 for
 * entertainment live streaming, 视听许可 for recorded paid courses) → the form's type it is filed under.
 */
export const PRE_APPROVAL_BY_REQUIREMENT: Readonly<Partial<Record<RequirementId, PreApprovalMapping>>> = {
  internetNewsLicense: { name: '新闻', level: 'V-sec' },
  onlinePublishingLicense: { name: '出版', level: 'V-sec' },
  gameApproval: { name: '出版', note: '游戏按「出版」（版号或内容审核）申报是推断 [推断]。', level: 'I' },
  networkCultureLicense: { name: '文化', level: 'V-sec' },
  audiovisualLicense: { name: '广播电影电视节目', level: 'V-sec' },
  medicalInstitutionLicense: { name: '医疗保健', level: 'V-sec' },
  drugInfoCertificate: { name: '药品和医疗器械', level: 'V-sec' },
  rideHailingPermit: { name: '网络预约车', note: RIDE_NOTE, level: 'V-sec' },
  financeLicense: { name: '互联网金融', level: 'V-sec' },
  schoolPermit: { name: '校外培训', level: 'V-sec' },
  religionPermit: { name: '宗教', level: 'V-sec' },
}

export const PRE_APPROVAL_CITES: readonly CiteText[] = [
  'wechat-filing-lists-capture 前置审批类型（queryIcpNrlxTypes）',
  'wechat-filing-sdk-field-notes nrlx_details：不得重复；不涉及时填「以上都不涉及」；其他类型须填审批号并上传文件',
  'internet-info-services-measures 国务院令第292号 第五条',
]

/**
 * Activities where a bureau may ask about 电子公告服务 (BBS, community): practice and inference
 * only, and the special approval's current status is unknown (§9.2 [I]), so the draft never ticks
 * it; it says so beside the service type instead.
 */
export const BULLETIN_ACTIVITIES: readonly Activity[] = ['ugc', 'classifieds', 'paidListings', 'dating', 'liveEntertainment']
export const BULLETIN_NOTE =
  '社区、论坛、信息发布类小程序，部分管局会问「电子公告服务」前置审批 [推断]：该专项审批现状未确认，没有审批文件不要勾选，在备注写清楚用户发布什么、如何审核。'

// ── 备注 hints: sector words in the mini-program's name (E42, practice) ──────────────────────────
/** Words in a name that make a bureau ask about a 前置审批 type (E42 names 医, 药, 教育, 金融). */
export const NAME_WORDS: ReadonlyArray<{ word: string; type: PreApprovalName }> = [
  { word: '新闻', type: '新闻' },
  { word: '资讯', type: '新闻' },
  { word: '出版', type: '出版' },
  { word: '小说', type: '出版' },
  { word: '教育', type: '教育' },
  { word: '培训', type: '教育' },
  { word: '学堂', type: '教育' },
  { word: '医', type: '医疗保健' },
  { word: '健康', type: '医疗保健' },
  { word: '诊', type: '医疗保健' },
  { word: '药', type: '药品和医疗器械' },
  { word: '器械', type: '药品和医疗器械' },
  { word: '文化', type: '文化' },
  { word: '视频', type: '广播电影电视节目' },
  { word: '影视', type: '广播电影电视节目' },
  { word: '电台', type: '广播电影电视节目' },
  { word: '网约车', type: '网络预约车' },
  { word: '打车', type: '网络预约车' },
  { word: '金融', type: '互联网金融' },
  { word: '理财', type: '互联网金融' },
  { word: '贷', type: '互联网金融' },
  { word: '保险', type: '互联网金融' },
  { word: '基金', type: '互联网金融' },
  { word: '支付', type: '互联网金融' },
  { word: '宗教', type: '宗教' },
  { word: '佛', type: '宗教' },
]

export const NAME_HINT_CITES: readonly CiteText[] = ['filing-remarks-practice 含行业关键词的名称：情况说明或《不涉及前置审批的承诺书》作为「其他附件」上传']

// ── 主体性质: the operator types of the wizard → the form's subject types ────────────────────────
export interface SubjectMapping {
  /** The form's types this operator may file as; more than one: the merchant picks by certificate. */
  names: readonly SubjectName[]
  note?: string
  level: Level
}

/**
 * The wizard's operator types → 主体性质. An operator type without a row gets a plain note and no
 * guess (filing-draft.ts).
 */
export const SUBJECT_BY_OPERATOR: Readonly<Partial<Record<OperatorType, SubjectMapping>>> = {
  company: { names: ['企业'], level: 'V-sec' },
  soleProprietor: { names: ['企业'], note: '个体工商户以「企业」性质、用营业执照备案（证件类型写作「营业执照（个人或企业）」）[推断]。', level: 'I' },
  individual: { names: ['个人'], level: 'V-sec' },
  publicInstitution: {
    names: ['事业单位', '政府机关', '社会团体', '民办非企业单位', '基金会', '群众性团体组织'],
    note: '「机关、事业单位或社会组织」在备案表里分成几种主体性质：按你的登记证书选一种。',
    level: 'V-sec',
  },
}

export const SUBJECT_CITES: readonly CiteText[] = [
  'wechat-filing-lists-capture 主体性质（queryIcpSubjectTypes）与证件类型（queryIcpCertificateTypes）',
  'wechat-filing-sdk-field-notes applyIcpFiling 主体信息、负责人信息、备案材料字段说明',
  'wechat-filing-api 人脸核验（createIcpVerifyTask）',
]
