/**
 * The one answers table. One row per answer: its id (the wizard's answer key and the page-id
 * field name, `opt-<id>-<value>` / `input-<id>`), where it sits in the contract Profile, its
 * kind, the question and a short label, its options, when it is asked, its validation (the
 * valibot schema validate.ts builds the profile schema from) and its share key.
 *
 * The wizard, the review, the what-if labels, share links and storage all read this table:
 * adding a yes/no question is one row here (plus the rules that use it).
 */
import * as v from 'valibot'
import { capitalEcho, formatWan, parseCapital, parseShare, type CapitalParse, type ShareParse } from './capital'
import { decides } from './asked'
import { isFollowUp, type FollowUp } from './follow-ups'
import { PROVINCES, PROVINCE_CODES } from './provinces'
import type { Activity, PersonalData, Profile, Sector } from '../contract/types'
import { ACTIVITIES, AI_MODELS, OPERATOR_TYPES, PERSONAL_DATA, PLATFORMS, SECTORS, UNSURE } from '../contract/types'

export interface Option<V extends string = string> {
  value: V
  label: string
  /** Plain-language description, with familiar examples. */
  description?: string
}

export type Kind = 'multi' | 'single' | 'yesNo' | 'number' | 'province'

/** The option values of a yes/no row in page ids (`opt-<id>-yes|no|unsure`). */
export type YesNoValue = 'yes' | 'no' | 'unsure'

interface RowBase {
  id: AnswerId
  /** Where the answer sits in the contract Profile. */
  path: readonly [string] | readonly [string, string]
  kind: Kind
  /** The question as asked. */
  label: string
  /** A short label: review lines, what-if, history names. */
  short: string
  help?: string
  /** The schema of the value, from ANSWER_SCHEMAS (validate.ts makes it optional unless `required`). */
  schema: v.GenericSchema
  /** Present in every profile (platforms, operator type, activities, sectors). */
  required?: true
  /** The wizard's 下一步 waits for an answer while the question is shown. */
  mustAnswer: boolean
  /** The key in a share link's query; never `sv` or `rv` (the link's own versions). */
  shareKey: string
  /** Asked only when this holds; hidden answers are kept in the draft but left out of the profile. */
  shownWhen: (a: Answers) => boolean
}

export interface ChoiceRow extends RowBase {
  kind: 'multi' | 'single'
  options: readonly Option[]
  /**
   * A multi choice whose empty answer means something (personalData: [] is "none of these", absent
   * is "not asked"): the option that stands for the empty list (`opt-<id>-none`).
   */
  none?: Option
  /** Options offered for these answers (default: all), e.g. approvals only for chosen sectors. */
  optionsFor?: (a: Answers) => readonly string[]
}
export interface YesNoRow extends RowBase {
  kind: 'yesNo'
  /** 不确定 is offered (the contract allows 'unsure' here). */
  unsure: boolean
  options: readonly Option<YesNoValue>[]
}
export interface NumberRow extends RowBase {
  kind: 'number'
  unit: string
  placeholder: string
  /** Read typed text into the stored value (capital: 万元 typed, whole yuan stored). */
  parse: (text: string) => CapitalParse | ShareParse
  /** The stored value as the field shows it again. */
  toText: (value: number) => string
  /** Shown under the field for a valid value. */
  echo?: (value: number) => string
  /** The value on the review line. */
  show: (value: number) => string
}
export interface ProvinceRow extends RowBase {
  kind: 'province'
  options: readonly Option[]
}

export type AnswerField = ChoiceRow | YesNoRow | NumberRow | ProvinceRow
type RowInput = AnswerField extends infer R ? (R extends AnswerField ? Omit<R, 'schema'> : never) : never

// ---- schemas: the messages validate.ts reports ----
const oneOf = (values: readonly string[]): string => `must be one of ${values.join(', ')}`
const yesNoUnsureSchema = v.union([v.boolean(), v.literal(UNSURE)], 'must be true, false or "unsure"')
const booleanSchema = v.boolean('must be true or false')
const listOf = <T extends string>(values: readonly [T, ...T[]]) => v.array(v.picklist(values, oneOf(values)), 'must be a list')


const capitalSchema = v.pipe(
  v.number('must be a number of yuan'),
  v.integer('must be a whole number of yuan'),
  v.minValue(0, 'must be 0 or more'),
)
const shareSchema = v.pipe(v.number('must be a number'), v.minValue(0, 'must be between 0 and 100'), v.maxValue(100, 'must be between 0 and 100'))

/**
 * Each answer's validation, by id (the table's rows point here; validate.ts builds the
 * profile schema from the rows). Adding an answer: its schema here, its row below.
 */
export const ANSWER_SCHEMAS = {
  platforms: v.pipe(listOf(PLATFORMS), v.minLength(1, 'must name at least one platform')),
  operatorType: v.picklist(OPERATOR_TYPES, oneOf(OPERATOR_TYPES)),
  activities: listOf(ACTIVITIES),
  commission: yesNoUnsureSchema,
  storedValueElsewhere: yesNoUnsureSchema,
  publications: yesNoUnsureSchema,
  platformFees: yesNoUnsureSchema,
  saasHostsTransactions: yesNoUnsureSchema,
  ownDevices: yesNoUnsureSchema,
  aiModel: v.picklist([...AI_MODELS, UNSURE], oneOf([...AI_MODELS, UNSURE])),
  sectors: listOf(SECTORS),
  recruitsForOthers: booleanSchema,
  recordedCourses: yesNoUnsureSchema,
  inAppPurchases: yesNoUnsureSchema,
  ownDrivers: yesNoUnsureSchema,
  multiHospital: yesNoUnsureSchema,
  k9Academic: yesNoUnsureSchema,
  personalData: listOf(PERSONAL_DATA),
  minors: yesNoUnsureSchema,
  aiCompanion: yesNoUnsureSchema,
  healthAds: yesNoUnsureSchema,
  othersStream: yesNoUnsureSchema,
  cashOut: yesNoUnsureSchema,
  largeScale: yesNoUnsureSchema,
  smallSeller: yesNoUnsureSchema,
  approvalsHeld: listOf(SECTORS),
  province: v.picklist(PROVINCE_CODES, 'must be the GB/T 2260 code of a province, e.g. "440000"'),
  multiProvince: yesNoUnsureSchema,
  registeredCapital: capitalSchema,
  foreignShare: shareSchema,
  pilotZone: yesNoUnsureSchema,
  dishonestListed: yesNoUnsureSchema,
} as const

export type AnswerId = keyof typeof ANSWER_SCHEMAS

/** The wizard's draft: every answer optional, flattened, typed by its schema. */
export type Answers = { -readonly [K in AnswerId]?: v.InferOutput<(typeof ANSWER_SCHEMAS)[K]> }

// ---- options ----
/** Option tables are keyed by value; `ordered` puts the value in (it is not written twice). */
type Options<K extends string> = Record<K, Omit<Option, 'value'> & { short?: string }>

const PLATFORM_OPTIONS: Options<(typeof PLATFORMS)[number]> = {
  wechat: { label: '微信小程序' },
  alipay: { label: '支付宝小程序' },
  douyin: { label: '抖音小程序' },
}

const OPERATOR_OPTIONS: Options<(typeof OPERATOR_TYPES)[number]> = {
  company: { label: '公司', description: '有限公司、股份公司，含外资公司' },
  soleProprietor: { label: '个体工商户', description: '营业执照上写「个体工商户」' },
  individual: { label: '个人', description: '没有营业执照，用身份证注册' },
  publicInstitution: { label: '机关、事业单位或社会组织' },
}

const ACTIVITY_OPTIONS: Options<Activity> = {
  showcase: { label: '展示品牌或门店', short: '展示', description: '菜单、地址、营业时间、公司介绍' },
  freeContent: { label: '免费文章或工具', short: '免费内容', description: '免费资讯、知识文章、查询工具' },
  leadForm: { label: '表单、预约或咨询', short: '预约', description: '收集预约、报名、咨询，不在线付款' },
  ownSales: { label: '卖自己的商品或服务', short: '自营', description: '自营：顾客在小程序里下单并在线付款，如 蛋糕店、品牌官方商城' },
  marketplace: { label: '商家入驻', description: '其他商家在你的小程序里开店卖货，买家在线下单付款，如 京东、美团' },
  paidContent: { label: '付费内容', description: '用户付费阅读、观看或解锁内容，如 付费文章、知识付费课程、VIP 内容' },
  paidListings: { label: '付费发布或置顶', short: '付费发布', description: '用户或商家付费发布、置顶、推广信息，或购买信息中介会员' },
  classifieds: { label: '免费信息发布', short: '信息发布', description: '用户免费发布供他人浏览的信息，如 二手、租房、同城信息' },
  ads: { label: '卖广告位', short: '广告', description: '向其他企业出售广告、信息流推广位，或开通流量主赚广告费' },
  ugc: { label: '用户发帖、互相评论', short: '社区', description: '社区、论坛、笔记、公开评论区；买家只对你商品的评价不算' },
  dating: { label: '交友', description: '陌生人或熟人社交、婚恋交友' },
  messaging: { label: '用户之间实时聊天', short: '聊天', description: '私信、群聊等即时通讯' },
  redPackets: { label: '用户充值发红包', short: '红包', description: '用户充值后给别人发红包、转钱' },
  storedValue: { label: '储值卡 / 余额', short: '储值', description: '顾客先充值，再用余额消费' },
  points: { label: '积分兑换', short: '积分', description: '消费或签到得积分，兑换你自己的商品' },
  coupons: { label: '优惠券', description: '发放自己商品的优惠券、满减券' },
  membershipDiscount: { label: '付费会员（只打折）', short: '会员', description: '会员费只换来你自己商品的折扣或包邮' },
  liveCommerce: { label: '直播带货', short: '直播带货', description: '你或入驻商家在小程序里直播卖货（用平台官方直播组件）' },
  liveEntertainment: { label: '娱乐直播、打赏', short: '娱乐直播', description: '主播表演、用户打赏' },
  saas: { label: '给其他商家用的软件（SaaS）', short: 'SaaS', description: '其他商家用你的系统开店、管理会员或预约，如 有赞、微盟' },
  iotControl: { label: '控制联网设备', short: '联网设备', description: '启动、停止联网设备或按用量计费，如 充电桩、快递柜、售货机' },
  smsForOthers: { label: '替其他企业发短信', short: '代发短信', description: '为其他企业发送验证码或营销短信' },
  search: { label: '全网搜索', short: '搜索', description: '抓取、索引并搜索互联网上的信息' },
  aiGenerated: {
    label: 'AI 生成内容',
    short: 'AI 生成',
    description: '用 AI 给用户生成文字、图片、声音或视频，如 AI 客服问答、AI 写文案、AI 绘画、AI 换脸/配音',
  },
}

const SECTOR_OPTIONS: Options<Sector> = {
  food: { label: '食品、餐饮', short: '食品' },
  alcohol: { label: '酒类' },
  books: { label: '图书、音像制品', short: '图书' },
  medicalInstitution: { label: '医院、诊所', short: '诊所' },
  internetHospital: { label: '互联网医院、在线问诊', short: '在线问诊' },
  healthInfo: { label: '健康科普、养生', short: '健康科普' },
  drugInfo: { label: '药品信息', short: '药品' },
  medicalDevices: { label: '医疗器械' },
  finance: { label: '金融、保险、借贷', short: '金融' },
  education: { label: '教育培训', short: '教育' },
  k12Tutoring: { label: '中小学学科辅导', short: '学科辅导' },
  recruitment: { label: '招聘求职', short: '招聘' },
  realEstate: { label: '房产' },
  news: { label: '新闻资讯（时政）', short: '新闻' },
  publishing: { label: '网络文学、电子书', short: '网络文学' },
  games: { label: '游戏' },
  audiovisual: { label: '视频、音频节目', short: '视听' },
  culture: { label: '音乐、演出、动漫、艺术品', short: '文化' },
  rideHailing: { label: '网约车' },
  religion: { label: '宗教' },
}

const PERSONAL_DATA_OPTIONS: Options<PersonalData> = {
  phone: { label: '手机号', description: '手机号快速验证组件或表单' },
  address: { label: '收货地址' },
  location: { label: '位置', description: '定位、附近门店、选择位置' },
  face: { label: '人脸', description: '刷脸登录、人脸识别或核验' },
  idDocument: { label: '身份证号或证件照' },
  health: { label: '健康或医疗信息', description: '症状、报告、处方、身体数据' },
  financial: { label: '银行卡或金融账户' },
  userMedia: { label: '用户上传的照片、视频、录音或文件', short: '用户上传' },
  children: { label: '14 岁以下儿童的信息', short: '儿童信息', description: '面向儿童，或明知有儿童使用' },
}

/** The options of a table in the order of `keys`, each with its key as its value. */
const ordered = <K extends string>(table: Options<K>, keys: readonly K[]): Option<K>[] => keys.map((value) => ({ value, ...table[value] }))

// ---- row constructors (keep each row's id and value type) ----
const YES: Option<YesNoValue> = { value: 'yes', label: '是' }
const NO: Option<YesNoValue> = { value: 'no', label: '否' }
const NOT_SURE: Option<YesNoValue> = { value: 'unsure', label: '不确定' }

type Common = Omit<RowBase, 'id' | 'kind' | 'schema' | 'path' | 'mustAnswer'> & { mustAnswer?: boolean }

function yesNo(id: AnswerId, path: RowBase['path'], c: Common): RowInput {
  return { ...c, id, path, kind: 'yesNo', unsure: false, mustAnswer: c.mustAnswer ?? true, options: [YES, NO] }
}
function yesNoUnsure(id: AnswerId, path: RowBase['path'], c: Common): RowInput {
  return { ...c, id, path, kind: 'yesNo', unsure: true, mustAnswer: c.mustAnswer ?? true, options: [YES, NO, NOT_SURE] }
}
const fact = (id: AnswerId, c: Common): RowInput => yesNoUnsure(id, ['facts', id], c)

const has = <K extends 'activities' | 'sectors'>(key: K, ...values: NonNullable<Answers[K]>[number][]) =>
  (a: Answers) => values.some((x) => (a[key] as readonly string[] | undefined)?.includes(x) === true)
const isCompany = (a: Answers) => a.operatorType === 'company'
const always = () => true
/**
 * A follow-up is asked where some answer to it would change a verdict of the answers so far
 * (./asked.ts, from the rules that read it): never a condition written here by hand.
 */
const asked = (id: FollowUp) => (a: Answers) => decides(id, draftProfile(a))

/**
 * The table, in the order the wizard asks and the review lists. Facts follow the answer
 * that makes them matter (contract v1.1 `facts`).
 */
const ROWS: readonly RowInput[] = [
  {
    id: 'platforms',
    path: ['platforms'],
    kind: 'multi',
    label: '在哪个平台上线？（可多选）',
    short: '平台',
    options: ordered(PLATFORM_OPTIONS, PLATFORMS),
    required: true,
    mustAnswer: true,
    shareKey: 'pl',
    shownWhen: always,
  },
  {
    id: 'operatorType',
    path: ['operator', 'type'],
    kind: 'single',
    label: '谁来运营这个小程序？',
    short: '主体',
    help: '按营业执照或备案主体选择。',
    options: ordered(OPERATOR_OPTIONS, OPERATOR_TYPES),
    required: true,
    mustAnswer: true,
    shareKey: 'op',
    shownWhen: always,
  },
  {
    id: 'activities',
    path: ['activities'],
    kind: 'multi',
    label: '小程序做什么？（可多选）',
    short: '功能',
    options: ordered(ACTIVITY_OPTIONS, ACTIVITIES),
    required: true,
    mustAnswer: false,
    shareKey: 'ac',
    shownWhen: always,
  },
  {
    id: 'personalData',
    path: ['personalData'],
    kind: 'multi',
    label: '小程序收集用户的哪些信息？（可多选）',
    short: '个人信息',
    help: '决定隐私政策、平台隐私声明和敏感信息的要求；昵称头像、订单等一般信息不用选。',
    options: ordered(PERSONAL_DATA_OPTIONS, PERSONAL_DATA),
    none: { value: 'none', label: '都没有' },
    mustAnswer: false,
    shareKey: 'pd',
    shownWhen: always,
  },
  fact('commission', {
    label: '平台是否向用人单位或求职者收取佣金、服务费或年费？',
    short: '收佣金',
    help: '按成交或按年收费都算；只提供信息、不收任何费用选「否」。',
    shareKey: 'cm',
    shownWhen: asked('commission'),
  }),
  fact('storedValueElsewhere', {
    label: '顾客充值的余额能否在其他商家（不属于你的门店）消费？',
    short: '余额通用',
    help: '只能在你自己（含连锁分店）消费选「否」。',
    shareKey: 've',
    shownWhen: asked('storedValueElsewhere'),
  }),
  fact('publications', {
    label: '付费内容是否属于出版物（小说、电子书、期刊等）？',
    short: '出版物',
    help: '自己写的文章、课程讲义通常选「否」；连载小说、电子书选「是」。',
    shareKey: 'pb',
    shownWhen: asked('publications'),
  }),
  fact('platformFees', {
    label: '是否向用户或商家收费（发布、置顶、推广、会员或广告）？',
    short: '收发布费',
    help: '完全免费、只靠自己的商品赚钱选「否」。',
    shareKey: 'pf',
    shownWhen: asked('platformFees'),
  }),
  fact('saasHostsTransactions', {
    label: '客户的顾客是否在你的系统里下单付款？',
    short: '系统内交易',
    help: '例如商家用你的系统开网店、顾客在里面付款选「是」；只做会员或预约管理选「否」。',
    shareKey: 'sh',
    shownWhen: asked('saasHostsTransactions'),
  }),
  fact('cashOut', {
    label: '用户的余额、奖励或佣金能否提现？',
    short: '可提现',
    help: '提现到银行卡或微信零钱都算；只能在你这里消费选「否」。',
    shareKey: 'wd',
    shownWhen: asked('cashOut'),
  }),
  fact('othersStream', {
    label: '其他用户、主播或商家能否在你的小程序里开直播？',
    short: '他人开播',
    help: '只有你自己的员工直播选「否」。',
    shareKey: 'os',
    shownWhen: asked('othersStream'),
  }),
  fact('aiCompanion', {
    label: 'AI 是否以拟人角色和用户进行情感陪伴式聊天？',
    short: 'AI 陪伴',
    help: '虚拟伴侣、情感倾诉选「是」；客服、问答、写作工具选「否」。',
    shareKey: 'cp',
    shownWhen: asked('aiCompanion'),
  }),
  fact('ownDevices', {
    label: '联网设备是否都是你自己的（不接入别人的设备）？',
    short: '自有设备',
    shareKey: 'od',
    shownWhen: asked('ownDevices'),
  }),
  {
    id: 'aiModel',
    path: ['facts', 'aiModel'],
    kind: 'single',
    label: 'AI 用的是谁的模型？',
    short: 'AI 模型',
    help: '调用已备案的大模型接口（如 文心、通义、混元）选「第三方」。',
    options: [
      { value: 'own', label: '自己的模型', description: '自研，或在开源模型上自己训练、微调' },
      { value: 'thirdParty', label: '第三方已备案模型', description: '通过接口调用别人的大模型' },
      { value: 'unfiled', label: '未备案或境外的模型', description: '如直接调用境外大模型的接口' },
      { value: UNSURE, label: '不确定' },
    ],
    mustAnswer: true,
    shareKey: 'ai',
    shownWhen: asked('aiModel'),
  },
  {
    id: 'sectors',
    path: ['sectors'],
    kind: 'multi',
    label: '涉及哪些行业？（可多选）',
    short: '行业',
    options: ordered(SECTOR_OPTIONS, SECTORS),
    required: true,
    mustAnswer: false,
    shareKey: 'se',
    shownWhen: always,
  },
  yesNo('recruitsForOthers', ['recruitsForOthers'], {
    label: '是否为其他用人单位发布招聘信息？',
    short: '替人招聘',
    help: '只招自己公司的员工选「否」。',
    shareKey: 'r',
    shownWhen: has('sectors', 'recruitment'),
  }),
  fact('recordedCourses', {
    label: '是否提供录播视频课程（不只是直播课）？',
    short: '录播课',
    shareKey: 'co',
    shownWhen: asked('recordedCourses'),
  }),
  fact('inAppPurchases', {
    label: '玩家能否在游戏里付费（买道具、充值、解锁）？',
    short: '游戏内付费',
    shareKey: 'ia',
    shownWhen: asked('inAppPurchases'),
  }),
  fact('k9Academic', {
    label: '是否向 1–9 年级或学龄前孩子收费教学科类课程？',
    short: '学科类培训',
    shareKey: 'k9',
    shownWhen: asked('k9Academic'),
  }),
  fact('healthAds', {
    label: '是否宣传医疗服务、药品、医疗器械、保健食品或特医食品（自己的或别人的）？',
    short: '医药广告',
    shareKey: 'ha',
    shownWhen: asked('healthAds'),
  }),
  fact('minors', {
    label: '未成年人（18 岁以下）是否在你的目标用户里？',
    short: '未成年用户',
    help: '面向学生、儿童或家庭，或没有年龄限制的游戏、直播、社区选「是」。',
    shareKey: 'mn',
    shownWhen: asked('minors'),
  }),
  fact('smallSeller', {
    label: '是否只卖自产农副产品、手工艺品、不需许可的便民劳务，或年销售额不超过 10 万元？',
    short: '小额免登记',
    help: '《电子商务法》第十条：这些情形可以不办营业执照，但要在首页公示自我声明。',
    shareKey: 'ss',
    shownWhen: asked('smallSeller'),
  }),
  fact('largeScale', {
    label: '预计会保存 100 万人以上的个人信息吗？',
    short: '百万用户',
    help: '按累计注册用户或留存信息的人数，不是日活；可以不答，结果会写明门槛。',
    // A threshold: it decides only when answered; unanswered, the reasons name it (issue 23).
    mustAnswer: false,
    shareKey: 'ls',
    shownWhen: asked('largeScale'),
  }),
  fact('multiHospital', {
    label: '是否只为多家医院提供挂号、查报告或缴费，自己不看病？',
    short: '多院预约',
    shareKey: 'mh',
    shownWhen: asked('multiHospital'),
  }),
  fact('ownDrivers', {
    label: '司机是否都是你公司的员工（不接入社会车辆和司机）？',
    short: '自有司机',
    shareKey: 'dr',
    shownWhen: asked('ownDrivers'),
  }),
  {
    id: 'approvalsHeld',
    path: ['facts', 'approvalsHeld'],
    kind: 'multi',
    label: '这些行业的许可或批准文件，你已经取得了哪些？（可多选，没有就不选）',
    short: '已有许可',
    options: ordered(SECTOR_OPTIONS, SECTORS),
    optionsFor: (a) => SECTORS.filter((s) => a.sectors?.includes(s)),
    mustAnswer: false,
    shareKey: 'ah',
    shownWhen: (a) => (a.sectors?.length ?? 0) > 0,
  },
  {
    id: 'province',
    path: ['operator', 'province'],
    kind: 'province',
    label: '注册地（省份）',
    short: '注册地',
    help: '公司、个体户按营业执照上的住所，个人按身份证或常住地；可以不填。',
    options: PROVINCES.map(([value, label]) => ({ value, label })),
    mustAnswer: false,
    shareKey: 'pr',
    shownWhen: always,
  },
  yesNoUnsure('multiProvince', ['operator', 'multiProvince'], {
    label: '是否在多个省份有分支机构、服务器或员工？',
    short: '跨省',
    shareKey: 'm',
    // It decides where a telecom licence is applied for, which only a company may hold (issue 25:
    // an individual is not asked about branch offices and servers).
    shownWhen: isCompany,
  }),
  {
    id: 'registeredCapital',
    path: ['operator', 'registeredCapital'],
    kind: 'number',
    label: '注册资本（万元）',
    short: '注册资本',
    help: '按营业执照填写，单位万元，如 50 或 99.9999；按元填写请加「元」，如 500000元。不确定可以先不填。',
    unit: '万元',
    placeholder: '例如 50',
    parse: parseCapital,
    toText: (yuan: number) => formatWan(yuan).replace(/ 万元$/, '').replace(/,/g, ''),
    echo: capitalEcho,
    show: formatWan,
    mustAnswer: false,
    shareKey: 'rc',
    shownWhen: isCompany,
  },
  {
    id: 'foreignShare',
    path: ['operator', 'foreignShare'],
    kind: 'number',
    label: '外资持股比例（%）',
    short: '外资',
    help: '含港澳台投资者；没有外资填 0 或不填。',
    unit: '%',
    placeholder: '0–100',
    parse: parseShare,
    toText: (n: number) => String(n),
    show: (n: number) => `${n}%`,
    mustAnswer: false,
    shareKey: 'fs',
    shownWhen: isCompany,
  },
  yesNoUnsure('pilotZone', ['operator', 'pilotZone'], {
    label: '是否注册在 2024 年增值电信开放试点区？',
    short: '试点区',
    help: '试点区：北京、上海临港新片区和浦东、海南自贸港、深圳（广东其他城市不算）。',
    shareKey: 'z',
    shownWhen: (a) => isCompany(a) && (a.foreignShare ?? 0) > 50,
  }),
  yesNoUnsure('dishonestListed', ['operator', 'dishonestListed'], {
    label: '公司、主要投资者或主要管理人员是否被列入电信业务经营失信名单？',
    short: '失信名单',
    help: '这是工信部的电信业务经营失信名单，不是法院的失信被执行人名单。',
    shareKey: 'd',
    shownWhen: isCompany,
  }),
]

/** The table: each row with its schema. */
export const ANSWER_FIELDS: readonly AnswerField[] = ROWS.map((r) => ({ ...r, schema: ANSWER_SCHEMAS[r.id] }) as AnswerField)


export const FIELD_BY_ID: Readonly<Record<AnswerId, AnswerField>> = Object.fromEntries(ANSWER_FIELDS.map((f) => [f.id, f])) as Record<AnswerId, AnswerField>

export const ANSWER_IDS: readonly AnswerId[] = ANSWER_FIELDS.map((f) => f.id)

export const isAnswerId = (x: string): x is AnswerId => (ANSWER_IDS as readonly string[]).includes(x)

/** Questions that cannot matter are not asked. */
export function isVisible(id: AnswerId, a: Answers): boolean {
  return FIELD_BY_ID[id].shownWhen(a)
}

/** The options a choice row offers for these answers. */
export function optionsOf(f: AnswerField, a: Answers): readonly Option[] {
  if (!('options' in f)) return []
  const only = 'optionsFor' in f && f.optionsFor !== undefined ? f.optionsFor(a) : null
  return only === null ? f.options : f.options.filter((o) => only.includes(o.value))
}

/** A yes/no answer's page-id value, or undefined when not answered. */
export function yesNoValue(x: unknown): YesNoValue | undefined {
  if (x === true) return 'yes'
  if (x === false) return 'no'
  if (x === UNSURE) return 'unsure'
  return undefined
}

/** The stored value of a yes/no option. */
export const fromYesNo = (x: YesNoValue): boolean | typeof UNSURE => (x === 'unsure' ? UNSURE : x === 'yes')

/** Whether a shown question has an answer (an empty multi choice counts as "none"). */
export function isAnswered(f: AnswerField, a: Answers): boolean {
  const value = a[f.id]
  if (f.kind === 'multi') return Array.isArray(value) && (value.length > 0 || f.none !== undefined)
  return value !== undefined
}

/** The answer with any value a hidden option made stale removed (e.g. approvals of a dropped sector). */
function effective(f: AnswerField, a: Answers): unknown {
  const value = a[f.id]
  if (Array.isArray(value) && 'optionsFor' in f && f.optionsFor !== undefined) {
    const offered = f.optionsFor(a)
    return (value as string[]).filter((x) => offered.includes(x))
  }
  if (Array.isArray(value) && 'options' in f) {
    // Canonical order, no repeats.
    return f.options.map((o) => o.value).filter((x) => (value as string[]).includes(x))
  }
  return value
}

/** Set the value at a row's `path` in a profile being built (one or two keys deep). */
export function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (path.length === 1) target[path[0]] = value
  else target[path[0]] = { ...((target[path[0]] as Record<string, unknown> | undefined) ?? {}), [path[1]]: value }
}

/** The value at a row's `path` in a profile, or undefined. */
export function getAt(source: unknown, path: readonly string[]): unknown {
  let x: unknown = source
  for (const k of path) {
    if (typeof x !== 'object' || x === null) return undefined
    x = (x as Record<string, unknown>)[k]
  }
  return x
}

/** The profile of the answers, taking the rows `include` lets in (and every required one). */
function buildProfile(a: Answers, include: (f: AnswerField) => boolean): Profile {
  const out: Record<string, unknown> = { schemaVersion: 1, platforms: [], operator: {}, activities: [], sectors: [] }
  for (const f of ANSWER_FIELDS) {
    const required = 'required' in f && f.required === true
    if (!required && !include(f)) continue
    const value = effective(f, a)
    if (value === undefined) {
      if (required) setAt(out, f.path, [])
      continue
    }
    // An empty optional list says nothing (approvals held), unless the row says what it means (都没有).
    if (!required && Array.isArray(value) && value.length === 0 && !('none' in f && f.none !== undefined)) continue
    setAt(out, f.path, value)
  }
  return out as unknown as Profile
}

/** The contract profile of the answers, or null while a required answer is missing. */
export function toProfile(a: Answers): Profile | null {
  if (a.operatorType === undefined || (a.platforms?.length ?? 0) === 0) return null
  return buildProfile(a, (f) => f.shownWhen(a))
}

/**
 * The profile the answers so far describe, every follow-up answer as given (whether or not it
 * is asked): what `asked` reads, so that deciding whether to ask one follow-up never asks
 * whether to ask another.
 */
function draftProfile(a: Answers): Profile {
  return buildProfile(a, (f) => isFollowUp(f.id) || f.shownWhen(a))
}

/** The inverse of toProfile: a profile (from history or a share link) back into answers. */
export function fromProfile(p: Profile): Answers {
  const a: Record<string, unknown> = {}
  for (const f of ANSWER_FIELDS) {
    const value = getAt(p, f.path)
    if (value !== undefined) a[f.id] = Array.isArray(value) ? [...(value as unknown[])] : value
  }
  return a as Answers
}

/** One answer in words: "是", "50 万元", "自营、储值", "未答". */
export function describeValue(f: AnswerField, a: Answers): string {
  const value = effective(f, a)
  switch (f.kind) {
    case 'multi': {
      const chosen = (value as string[] | undefined) ?? []
      const labels = f.options.filter((o) => chosen.includes(o.value)).map((o) => o.label)
      if (labels.length > 0) return labels.join('、')
      return f.none !== undefined ? (value === undefined ? '未回答' : f.none.label) : '无'
    }
    case 'single':
    case 'province':
      return f.options.find((o) => o.value === value)?.label ?? '未选择'
    case 'yesNo':
      return f.options.find((o) => o.value === yesNoValue(value))?.label ?? '未回答'
    case 'number':
      return typeof value === 'number' ? f.show(value) : '未填'
  }
}

export interface AnswerLine {
  id: AnswerId
  /** The short label. */
  label: string
  value: string
}

/** The answers used, as short-label lines (review screen, result, history): shown questions only. */
export function describeAnswers(a: Answers): AnswerLine[] {
  return ANSWER_FIELDS.filter((f) => f.shownWhen(a)).map((f) => ({ id: f.id, label: f.short, value: describeValue(f, a) }))
}

/** Short labels of single values, for names (history) and what-if: "自营", "储值", "行业：游戏". */
export const ACTIVITY_SHORT: Record<Activity, string> = Object.fromEntries(
  ACTIVITIES.map((x) => [x, ACTIVITY_OPTIONS[x].short ?? ACTIVITY_OPTIONS[x].label]),
) as Record<Activity, string>
export const SECTOR_SHORT: Record<Sector, string> = Object.fromEntries(
  SECTORS.map((x) => [x, SECTOR_OPTIONS[x].short ?? SECTOR_OPTIONS[x].label]),
) as Record<Sector, string>
export const ACTIVITY_LABELS: Record<Activity, string> = Object.fromEntries(
  ACTIVITIES.map((x) => [x, ACTIVITY_OPTIONS[x].label]),
) as Record<Activity, string>
export const SECTOR_LABELS: Record<Sector, string> = Object.fromEntries(
  SECTORS.map((x) => [x, SECTOR_OPTIONS[x].label]),
) as Record<Sector, string>

/**
 * A name for a saved assessment, from its answers: "烘焙店 · 自营 + 储值" reads
 * sector · activities (up to three), e.g. "食品 · 自营 + 储值", "个人 · 付费内容".
 */
export function autoName(p: Profile): string {
  const who = p.sectors.length > 0 ? p.sectors.slice(0, 2).map((s) => SECTOR_SHORT[s]).join('、') : OPERATOR_OPTIONS[p.operator.type].label
  const what = p.activities.slice(0, 3).map((x) => ACTIVITY_SHORT[x])
  const more = p.activities.length > 3 ? ' 等' : ''
  return what.length === 0 ? who : `${who} · ${what.join(' + ')}${more}`
}

/** A share value as text, by kind: lists joined by ",", yes/no as y/n/u. */
export function encodeValue(f: AnswerField, value: unknown): string {
  if (Array.isArray(value)) return value.join(',')
  if (f.kind === 'yesNo') return (yesNoValue(value) ?? '').charAt(0)
  return String(value)
}

/** The inverse of encodeValue; the result is checked by the row's schema, never trusted. */
export function decodeValue(f: AnswerField, text: string): unknown {
  if (f.kind === 'multi') return text === '' ? [] : text.split(',')
  if (f.kind === 'yesNo') return text === 'y' ? true : text === 'n' ? false : text === 'u' ? UNSURE : text
  if (f.kind === 'number') return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text
  return text
}
