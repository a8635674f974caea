/**
 * The question model: what the wizard asks, in which steps, which questions can be
 * skipped, how typed numbers are checked, and how answers become a contract Profile.
 * Pages render this data; adding a question needs no new page code.
 */
import { PROVINCES } from './provinces'
import type { Activity, OperatorType, Platform, Profile, Sector, YesNoUnsure } from './types'
import { ACTIVITIES, PLATFORMS, SECTORS } from './types'

/** The wizard's draft: a Profile with every answer optional and flattened. */
export interface Answers {
  platforms?: Platform[]
  operatorType?: OperatorType
  activities?: Activity[]
  sectors?: Sector[]
  province?: string
  multiProvince?: YesNoUnsure
  registeredCapital?: number
  foreignShare?: number
  pilotZone?: YesNoUnsure
  dishonestListed?: YesNoUnsure
  recruitsForOthers?: boolean
}

export type ChoiceFieldId = 'platforms' | 'activities' | 'sectors' | 'operatorType'
export type BooleanFieldId = 'multiProvince' | 'pilotZone' | 'dishonestListed' | 'recruitsForOthers'
export type NumberFieldId = 'registeredCapital' | 'foreignShare'
export type FieldId = ChoiceFieldId | BooleanFieldId | NumberFieldId | 'province'

export interface Option<V extends string = string> {
  value: V
  label: string
  /** Plain-language description, with familiar examples. */
  description?: string
}

export type Field =
  | { id: 'platforms'; kind: 'multi'; label: string; help?: string; options: readonly Option<Platform>[] }
  | { id: 'activities'; kind: 'multi'; label: string; help?: string; options: readonly Option<Activity>[] }
  | { id: 'sectors'; kind: 'multi'; label: string; help?: string; options: readonly Option<Sector>[] }
  | { id: 'operatorType'; kind: 'single'; label: string; help?: string; options: readonly Option<OperatorType>[] }
  | { id: BooleanFieldId; kind: 'boolean'; label: string; help?: string }
  | { id: NumberFieldId; kind: 'number'; label: string; help?: string; unit: string; placeholder: string }
  | { id: 'province'; kind: 'province'; label: string; help?: string; options: readonly Option[] }

export interface Step {
  id: string
  title: string
  intro?: string
  fields: readonly Field[]
}

const ACTIVITY_OPTIONS: Record<Activity, Option<Activity>> = {
  ownSales: { value: 'ownSales', label: '卖自己的商品或服务', description: '自营：顾客在小程序里下单并在线付款，如 蛋糕店、品牌官方商城' },
  marketplace: { value: 'marketplace', label: '商家入驻', description: '其他商家在你的小程序里开店卖货，买家在线下单付款，如 京东、美团' },
  paidContent: { value: 'paidContent', label: '付费内容', description: '用户付费阅读、观看或解锁内容，如 付费文章、知识付费课程、VIP 内容' },
  paidListings: { value: 'paidListings', label: '付费发布或置顶', description: '用户或商家付费发布、置顶、推广信息，或购买信息中介会员' },
  storedValue: { value: 'storedValue', label: '储值卡 / 余额', description: '顾客先充值，再在你自己的店里消费' },
  points: { value: 'points', label: '积分兑换', description: '消费或签到得积分，兑换你自己的商品' },
  coupons: { value: 'coupons', label: '优惠券', description: '发放自己商品的优惠券、满减券' },
  membershipDiscount: { value: 'membershipDiscount', label: '付费会员（只打折）', description: '会员费只换来你自己商品的折扣或包邮' },
  redPackets: { value: 'redPackets', label: '用户充值发红包', description: '用户充值后给别人发红包、转钱' },
  liveCommerce: { value: 'liveCommerce', label: '直播带货（官方组件）', description: '用平台官方直播组件卖自己的商品' },
  ads: { value: 'ads', label: '卖广告位', description: '向其他企业出售广告、信息流推广位' },
  showcase: { value: 'showcase', label: '展示品牌或门店', description: '菜单、地址、营业时间、公司介绍' },
  freeContent: { value: 'freeContent', label: '免费文章或工具', description: '免费资讯、知识文章、查询工具' },
  leadForm: { value: 'leadForm', label: '表单、预约或咨询', description: '收集预约、报名、咨询，不在线付款' },
  classifieds: { value: 'classifieds', label: '免费信息发布', description: '用户免费发布供他人浏览的信息，如 二手、租房、同城信息' },
  ugc: { value: 'ugc', label: '用户发帖、评论', description: '社区、论坛、笔记、评论区' },
  dating: { value: 'dating', label: '交友', description: '陌生人或熟人社交、婚恋交友' },
  messaging: { value: 'messaging', label: '用户之间实时聊天', description: '私信、群聊等即时通讯' },
  liveEntertainment: { value: 'liveEntertainment', label: '娱乐直播、打赏', description: '主播表演、用户打赏' },
  search: { value: 'search', label: '全网搜索', description: '抓取、索引并搜索互联网上的信息' },
  saas: { value: 'saas', label: '给其他商家用的软件（SaaS）', description: '其他商家用你的系统开店、管理会员或预约，如 有赞、微盟' },
  iotControl: { value: 'iotControl', label: '控制联网设备', description: '启动、停止联网设备或按用量计费，如 充电桩、快递柜、售货机' },
  smsForOthers: { value: 'smsForOthers', label: '替其他企业发短信', description: '为其他企业发送验证码或营销短信' },
  aiGenerated: { value: 'aiGenerated', label: 'AI 生成内容', description: '如 AI 客服问答、AI 写文案、AI 绘画、AI 换脸/配音' },
}

const SECTOR_OPTIONS: Record<Sector, Option<Sector>> = {
  food: { value: 'food', label: '食品、餐饮' },
  alcohol: { value: 'alcohol', label: '酒类' },
  books: { value: 'books', label: '图书、音像制品' },
  medicalInstitution: { value: 'medicalInstitution', label: '医院、诊所' },
  internetHospital: { value: 'internetHospital', label: '互联网医院、在线问诊' },
  healthInfo: { value: 'healthInfo', label: '健康科普、养生' },
  drugInfo: { value: 'drugInfo', label: '药品信息' },
  medicalDevices: { value: 'medicalDevices', label: '医疗器械' },
  finance: { value: 'finance', label: '金融、保险、借贷' },
  education: { value: 'education', label: '教育培训' },
  k12Tutoring: { value: 'k12Tutoring', label: '中小学学科辅导' },
  recruitment: { value: 'recruitment', label: '招聘求职' },
  realEstate: { value: 'realEstate', label: '房产' },
  news: { value: 'news', label: '新闻资讯（时政）' },
  publishing: { value: 'publishing', label: '网络文学、电子书' },
  games: { value: 'games', label: '游戏' },
  audiovisual: { value: 'audiovisual', label: '视频、音频节目' },
  culture: { value: 'culture', label: '音乐、演出、动漫、艺术品' },
  rideHailing: { value: 'rideHailing', label: '网约车' },
  religion: { value: 'religion', label: '宗教' },
}

const pick = <K extends string, V>(table: Record<K, V>, keys: readonly K[]): V[] => keys.map((k) => table[k])

export const STEPS: readonly Step[] = [
  {
    id: 'platforms',
    title: '在哪个平台上线？',
    fields: [
      {
        id: 'platforms',
        kind: 'multi',
        label: '平台（可多选）',
        options: [
          { value: 'wechat', label: '微信小程序' },
          { value: 'alipay', label: '支付宝小程序' },
        ],
      },
    ],
  },
  {
    id: 'operator',
    title: '谁来运营这个小程序？',
    intro: '按营业执照或备案主体选择。',
    fields: [
      {
        id: 'operatorType',
        kind: 'single',
        label: '主体类型',
        options: [
          { value: 'company', label: '公司', description: '有限公司、股份公司，含外资公司' },
          { value: 'soleProprietor', label: '个体工商户' },
          { value: 'individual', label: '个人' },
          { value: 'publicInstitution', label: '机关、事业单位或社会组织' },
        ],
      },
    ],
  },
  {
    id: 'commerce',
    title: '小程序怎么收钱？',
    intro: '选出所有符合的，没有就直接下一步。',
    fields: [
      {
        id: 'activities',
        kind: 'multi',
        label: '交易与付费（可多选）',
        options: pick(ACTIVITY_OPTIONS, [
          'ownSales',
          'marketplace',
          'paidContent',
          'paidListings',
          'storedValue',
          'points',
          'coupons',
          'membershipDiscount',
          'redPackets',
          'liveCommerce',
          'ads',
        ]),
      },
    ],
  },
  {
    id: 'content',
    title: '小程序提供什么内容和服务？',
    intro: '选出所有符合的。',
    fields: [
      {
        id: 'activities',
        kind: 'multi',
        label: '内容、社交与服务（可多选）',
        options: pick(ACTIVITY_OPTIONS, [
          'showcase',
          'freeContent',
          'leadForm',
          'classifieds',
          'ugc',
          'dating',
          'messaging',
          'liveEntertainment',
          'search',
          'saas',
          'iotControl',
          'smsForOthers',
          'aiGenerated',
        ]),
      },
    ],
  },
  {
    id: 'sectors',
    title: '涉及哪些行业？',
    intro: '这些行业有自己的许可或前置审批；都不涉及就直接下一步。',
    fields: [
      { id: 'sectors', kind: 'multi', label: '行业（可多选）', options: pick(SECTOR_OPTIONS, SECTORS) },
      { id: 'recruitsForOthers', kind: 'boolean', label: '是否为其他用人单位发布招聘信息？', help: '只招自己公司的员工选「否」。' },
    ],
  },
  {
    id: 'company',
    title: '公司情况',
    intro: '决定能不能申请许可证、向哪里申请。',
    fields: [
      {
        id: 'province',
        kind: 'province',
        label: '注册地（省份）',
        options: PROVINCES.map(([value, label]) => ({ value, label })),
      },
      { id: 'multiProvince', kind: 'boolean', label: '是否在多个省份有分支机构、服务器或员工？' },
      {
        id: 'registeredCapital',
        kind: 'number',
        label: '注册资本（元）',
        help: '看营业执照；不确定可以先不填。',
        unit: '元',
        placeholder: '例如 1000000',
      },
      { id: 'foreignShare', kind: 'number', label: '外资持股比例（%）', help: '没有外资填 0 或不填。', unit: '%', placeholder: '0–100' },
      { id: 'pilotZone', kind: 'boolean', label: '是否注册在 2024 年增值电信开放试点区？', help: '北京、上海临港新片区或浦东、海南自贸港、深圳。' },
      { id: 'dishonestListed', kind: 'boolean', label: '公司、主要投资者或主要管理人员是否被列入电信业务经营失信名单？' },
    ],
  },
]

/** Questions that cannot matter are skipped. */
export function isVisible(field: FieldId, a: Answers): boolean {
  switch (field) {
    case 'registeredCapital':
    case 'foreignShare':
    case 'dishonestListed':
      return a.operatorType === 'company'
    case 'pilotZone':
      return a.operatorType === 'company' && (a.foreignShare ?? 0) > 50
    case 'recruitsForOthers':
      return a.sectors?.includes('recruitment') === true
    default:
      return true
  }
}

export function visibleFields(step: Step, a: Answers): Field[] {
  return step.fields.filter((f) => isVisible(f.id, a))
}

/** What keeps a step from going on, said to the merchant (the next button shows it). */
export function missingAnswers(step: Step, a: Answers): string[] {
  const missing: string[] = []
  for (const f of visibleFields(step, a)) {
    if (f.id === 'platforms' && (a.platforms?.length ?? 0) === 0) missing.push('请至少选择一个平台')
    if (f.id === 'operatorType' && a.operatorType === undefined) missing.push('请选择主体类型')
  }
  return missing
}

export type NumberInput = { ok: true; value: number | undefined } | { ok: false; message: string }

/** Check a number as typed: digits only, in range, with a message naming the field. */
export function parseNumberInput(field: NumberFieldId, text: string): NumberInput {
  const t = text.trim().replace(/,/g, '')
  if (t === '') return { ok: true, value: undefined }
  if (field === 'registeredCapital') {
    if (!/^\d+$/.test(t)) return { ok: false, message: '注册资本只能填数字（单位：元），例如 1000000' }
    if (t.length > 13) return { ok: false, message: '注册资本数字过大，请按元填写' }
    return { ok: true, value: Number(t) }
  }
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, message: '外资持股比例只能填数字，例如 30 或 12.5' }
  const n = Number(t)
  if (n > 100) return { ok: false, message: '外资持股比例须在 0 到 100 之间' }
  return { ok: true, value: n }
}

/** The contract profile of the answers, or null while a required answer is missing. */
export function toProfile(a: Answers): Profile | null {
  if (a.operatorType === undefined || (a.platforms?.length ?? 0) === 0) return null
  const operator: Profile['operator'] = { type: a.operatorType }
  const show = (f: FieldId) => isVisible(f, a)
  if (a.province !== undefined) operator.province = a.province
  if (a.multiProvince !== undefined) operator.multiProvince = a.multiProvince
  if (show('registeredCapital') && a.registeredCapital !== undefined) operator.registeredCapital = a.registeredCapital
  if (show('foreignShare') && a.foreignShare !== undefined) operator.foreignShare = a.foreignShare
  if (show('pilotZone') && a.pilotZone !== undefined) operator.pilotZone = a.pilotZone
  if (show('dishonestListed') && a.dishonestListed !== undefined) operator.dishonestListed = a.dishonestListed
  const profile: Profile = {
    schemaVersion: 1,
    platforms: PLATFORMS.filter((p) => a.platforms?.includes(p)),
    operator,
    activities: ACTIVITIES.filter((x) => a.activities?.includes(x)),
    sectors: SECTORS.filter((x) => a.sectors?.includes(x)),
  }
  if (show('recruitsForOthers') && a.recruitsForOthers !== undefined) profile.recruitsForOthers = a.recruitsForOthers
  return profile
}

/** The inverse of toProfile: a profile (from history or a share link) back into answers. */
export function fromProfile(p: Profile): Answers {
  const a: Answers = {
    platforms: [...p.platforms],
    operatorType: p.operator.type,
    activities: [...p.activities],
    sectors: [...p.sectors],
  }
  const o = p.operator
  if (o.province !== undefined) a.province = o.province
  if (o.multiProvince !== undefined) a.multiProvince = o.multiProvince
  if (o.registeredCapital !== undefined) a.registeredCapital = o.registeredCapital
  if (o.foreignShare !== undefined) a.foreignShare = o.foreignShare
  if (o.pilotZone !== undefined) a.pilotZone = o.pilotZone
  if (o.dishonestListed !== undefined) a.dishonestListed = o.dishonestListed
  if (p.recruitsForOthers !== undefined) a.recruitsForOthers = p.recruitsForOthers
  return a
}

export const ACTIVITY_LABELS: Record<Activity, string> = Object.fromEntries(
  ACTIVITIES.map((x) => [x, ACTIVITY_OPTIONS[x].label]),
) as Record<Activity, string>

export const SECTOR_LABELS: Record<Sector, string> = Object.fromEntries(
  SECTORS.map((x) => [x, SECTOR_OPTIONS[x].label]),
) as Record<Sector, string>

/** The answers as label/value lines, for the review screen. */
export function describeAnswers(a: Answers): Array<{ field: FieldId; label: string; value: string }> {
  const lines: Array<{ field: FieldId; label: string; value: string }> = []
  const none = '无'
  const names = <V extends string>(options: readonly Option<V>[], values: readonly V[] | undefined) =>
    options.filter((o) => values?.includes(o.value)).map((o) => o.label)
  const seen = new Set<FieldId>()
  for (const step of STEPS) {
    for (const f of visibleFields(step, a)) {
      if (seen.has(f.id)) continue
      seen.add(f.id)
      let value: string
      switch (f.kind) {
        case 'multi': {
          const all =
            f.id === 'activities'
              ? ACTIVITIES.filter((x) => a.activities?.includes(x)).map((x) => ACTIVITY_LABELS[x])
              : f.id === 'sectors'
                ? names(f.options, a.sectors)
                : names(f.options, a.platforms)
          value = all.length > 0 ? all.join('、') : none
          break
        }
        case 'single':
          value = f.options.find((o) => o.value === a.operatorType)?.label ?? '未选择'
          break
        case 'boolean':
          value = a[f.id] === true ? '是' : '否'
          break
        case 'number': {
          const n = a[f.id]
          value = n === undefined ? '未填' : `${n} ${f.unit}`
          break
        }
        case 'province':
          value = f.options.find((o) => o.value === a.province)?.label ?? '未选择'
          break
      }
      lines.push({ field: f.id, label: f.id === 'activities' ? '小程序做什么' : f.label, value })
    }
  }
  return lines
}
