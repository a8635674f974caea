/** Plain-language names for what the engine says (zh-CN). */
import type { Eligibility, EligibilityOpenFact, Platform, Requirement, RequirementId, Status, YesNoFact } from './types'

export const REQUIREMENT_LABELS: Record<RequirementId, string> = {
  icpFiling: 'ICP 备案',
  icpLicense: 'ICP 许可证',
  ediLicense: 'EDI 许可证',
  spLicense: 'SP 许可证',
  foodPermit: '食品经营许可证',
  alcoholPermit: '酒类经营许可',
  publicationPermit: '出版物经营许可证',
  medicalInstitutionLicense: '医疗机构执业许可证',
  drugInfoCertificate: '互联网药品医疗器械信息服务备案',
  medicalDeviceRecord: '医疗器械经营许可或备案',
  hrServiceLicense: '人力资源服务许可证',
  internetNewsLicense: '互联网新闻信息服务许可证',
  onlinePublishingLicense: '网络出版服务许可证',
  networkCultureLicense: '网络文化经营许可证',
  audiovisualLicense: '信息网络传播视听节目许可证',
  rideHailingPermit: '网络预约出租汽车经营许可证',
  gameApproval: '游戏版号 / 前置审批',
  financeLicense: '金融业务许可证',
  schoolPermit: '校外培训审批',
  religionPermit: '互联网宗教信息服务许可',
  prepaidCardFiling: '单用途预付卡备案',
  algorithmFiling: '算法备案（深度合成）',
  genAiFiling: '生成式人工智能服务备案或登记',
  privacyRules: '隐私政策与个人信息处理规则',
  privacyDeclaration: '平台隐私声明与接口申请',
  sensitiveData: '敏感个人信息的单独同意与影响评估',
  piGovernance: '个人信息合规审计与保护负责人',
  ecommerceDuties: '电子商务经营者义务（首页公示执照等）',
  platformDuties: '电商平台经营者义务（核验商家等）',
  foodPlatformFiling: '网络食品交易第三方平台备案',
  devicePlatformFiling: '医疗器械网络交易服务第三方平台备案',
  liveStreamFiling: '直播平台网信登记与公安备案',
  liveCommerceDuties: '直播电商义务',
  adDuties: '广告标识与一键关闭',
  adReview: '医药广告审查',
  minorProtection: '未成年人保护与防沉迷',
  paymentLicence: '支付业务许可证',
  securityGrading: '网络安全等级保护定级备案',
  aiCompanionDuties: 'AI 拟人化互动服务义务',
}

/** One line under the name: what the thing is. */
export const REQUIREMENT_DETAILS: Partial<Record<RequirementId, string>> = {
  icpLicense: '增值电信业务经营许可证 · B25 信息服务业务（仅限互联网信息服务）',
  ediLicense: '增值电信业务经营许可证 · B21 在线数据处理与交易处理业务',
  spLicense: '增值电信业务经营许可证 · B25 信息服务业务（不含互联网信息服务）',
}

export const STATUS_LABELS: Record<Status, string> = {
  required: '必须',
  likely: '很可能需要',
  depends: '视情况',
  notRequired: '通常不需要',
  consult: '建议咨询主管部门',
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  wechat: '微信',
  alipay: '支付宝',
  douyin: '抖音',
}

export const BASIS_LABELS = { law: '法规要求', platform: '平台审核要求' } as const

/**
 * The office for a telecom licence, by eligibility.authority (coverage and foreign investment):
 * the requirement cards, the eligibility block and the text summary all read it here.
 */
export const AUTHORITY_LABELS = {
  province: '注册地省通信管理局',
  miit: '工业和信息化部（跨地区许可或试点批复）',
  consult: '省通信管理局或工业和信息化部（向哪一方申请待确认，先咨询属地通信管理局）',
} as const

/** 5000000 → "500 万元"; 1234567 → "1,234,567 元". */
export function formatYuan(n: number): string {
  if (n >= 10_000 && n % 10_000 === 0) return `${group(n / 10_000)} 万元`
  return `${group(n)} 元`
}

/** Thousands separators without Intl (not every mini-program engine ships full ICU). */
function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** The follow-up facts of contract v1.1, as a short phrase (what-if labels, reasons). */
export const ANSWER_LABELS = { yes: '是', no: '否', unsure: '不确定', unanswered: '未回答' } as const

/** What to check, and where, when the merchant answers 'unsure' to a follow-up fact. */
export const UNSURE_CHECKS: Record<YesNoFact, string> = {
  platformFees: '看你的收费项目和合同：向商家或用户收的发布、置顶、推广、会员或广告费都算，只收商品货款不算。',
  commission: '看平台规则或合同里是否按成交收取佣金或技术服务费。',
  ownDevices: '看接入的设备是否都是你公司卖出或自有的；其他厂商或用户的设备也能接入，就不只是自家设备。',
  ownDrivers: '看司机是否与你公司签劳动合同、由你缴社保；挂靠、合作或自带车辆的司机不算员工。',
  saasHostsTransactions: '看商家的买家在哪里下单付款：在你的系统里下单支付的就算。',
  storedValueElsewhere: '看储值能否在与你无关的其他商家（不属于同一集团或品牌）消费。',
  publications: '看付费内容是否是原创文学、电子书、期刊等可出版的作品；课程讲义、资讯一般不算。',
  recordedCourses: '看付费课程里有没有提前录制、可反复观看的视频。',
  inAppPurchases: '看玩家能否在游戏里付费购买道具、关卡或虚拟币。',
  multiHospital: '看小程序是否只做预约挂号、查报告、缴费：有医生在线问诊、开处方或复诊的，就不只是预约平台。',
  k9Academic: '看课程科目和学生：语文、数学、外语、物理、化学、生物、历史、地理、道德与法治是学科类；体育、艺术、综合实践是非学科类。',
  minors: '看目标用户和实际用户：面向学生、儿童或家庭，或没有年龄限制的游戏、直播、社区，都算有未成年人。',
  aiCompanion: '看 AI 是否以固定的拟人角色和用户聊情感、陪伴（虚拟伴侣、情感倾诉）；客服、问答、写作工具不算。',
  healthAds: '看宣传的是否是医疗服务、药品、医疗器械、保健食品或特医食品，自己的和别人的都算。',
  othersStream: '看是否只有你自己的员工在直播；其他用户、主播或商家也能开播的就算。',
  cashOut: '看用户的余额、奖励或佣金能否提现到银行卡或微信零钱。',
  largeScale: '看预计注册用户和留存的个人信息：累计 100 万人以上就算。',
  smallSeller: '看你是否只卖自产农副产品、家庭手工业产品、不需许可的便民劳务，或年销售额不超过 10 万元。',
}

/** What the eligibility check still needs, in the merchant's words ("待确认（…）", 还差…). */
export const OPEN_FACT_LABELS: Record<EligibilityOpenFact, string> = {
  registeredCapital: '注册资本',
  multiProvince: '是否跨省经营',
  pilotZone: '是否注册在试点区',
  dishonestListed: '是否在电信业务经营失信名单上',
}

/** The eligibility verdict's missing answers as one phrase: "注册资本、是否跨省经营". */
export const openFactsText = (open: readonly EligibilityOpenFact[] | undefined): string => (open ?? []).map((f) => OPEN_FACT_LABELS[f]).join('、')

/**
 * "符合", said as sure as it is: a foreign-invested company in a pilot zone applies under MIIT's
 * 试点批复, which it does not hold yet (the approval is MIIT's call, not a formality).
 */
export const eligibleText = (e: Pick<Eligibility, 'pilotApproval'>): string =>
  e.pilotApproval === true ? '符合试点条件，须先取得工信部《电信业务经营试点批复》' : '符合'

/** A requirement's status as a merchant reads it: one the operator already holds is 已持有, not a to-do. */
export const statusLabel = (r: { status: Requirement['status']; held?: boolean }): string => (r.held === true ? '已持有' : STATUS_LABELS[r.status])
