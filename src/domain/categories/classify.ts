/**
 * The classifier: profile → the service categories to choose at submission, per platform.
 *
 * 1. Each activity and sector points at the most specific path the answers allow; where the
 *    answers cannot decide the next level (e.g. own sales of unspecified goods), the path stops
 *    at the level above and the note says how to refine it (the merchant can search).
 * 2. Showcase, forms and free articles only count when nothing more specific was found.
 * 3. Availability follows the operator type: 个人 only the personal list; 个体工商户 is
 *    grouped with 企业 (B14); 深度合成 is closed to personal and overseas entities (B3).
 * 4. Where WeChat has no category for an activity, the result holds an entry with an empty
 *    path and a note that says so (NO_CATEGORY), rather than an invented category.
 */
import { douyinCategories } from './douyin'
import { REQUIREMENT_LABELS } from '../contract/labels'
import type { Activity, Category, OperatorType, Platform, Profile, Requirement, RequirementId, Sector } from '../contract/types'
import {
  ALIPAY_UNVERIFIED_NOTE,
  CATALOGUE_DATES,
  entriesUnder,
  findEntry,
  pathKey,
  type CatalogueEntry,
} from './catalogue'
import { impliedRequirements } from './requirements'
import { DOCS, type Quals } from './wechat'

interface Pick {
  path: string[]
  /** Narrower qualification routes the answers already decide. */
  qualifications?: Quals
  notes: string[]
}

const LOCAL_REVIEW_NOTE = '首次提交代码审核需经属地网信部门审核，约 7 天。'
const BETA_NOTE = '内测类目：暂不支持线上申请，按资质中的方式发邮件申请。'
const DEEP_SYNTHESIS_CLOSED =
  '深度合成类目不对个人主体和境外主体开放：改以公司或个体工商户主体注册（个体户按企业类型认证，一般可以申请 [推断]）。'
const PERSONAL_CLOSED = '个人主体未开放该类目。'
const NEEDS_COMPANY = '该类目的资质含增值电信业务经营许可证，只有公司能申请（个体工商户也不能）：需以公司主体注册。'
const NEEDS_BUSINESS = '注册个体工商户或公司后可选（个体户按企业类型认证，同企业类目表）。'
const SOLE_PROPRIETOR_VATS = '资质含增值电信业务经营许可证：个体工商户不能申请，需公司主体。'

/**
 * A public body's own categories (政务民生): WeChat asks either 《统一社会信用代码证》（机构类型为：机关）
 * or a government department's 《资质授权文件》 (DOCS #18, #19: the documents of every 政务民生 line
 * but a few named ones). The filing's 主体 types and certificates: addendum 2026-12 §9.4.
 */
const GOV_QUALS: Quals = [[DOCS[18]], [DOCS[19]]]
const PUBLIC_BODY_NOTE =
  '政府机关、事业单位的政务服务选 政务民生 下与职能对应的二级类目（如 政务服务大厅、人力资源、医保、公积金，可用类目搜索），不选企业用的 工具、商业服务 类目。' +
  '资质二选一：机关提交《统一社会信用代码证》（机构类型为：机关）；事业单位等受托机构提交相关政府部门的《资质授权文件》（少数类目另有要求，如 信用、烟草管理、彩票）。' +
  '认证和备案时主体性质选「政府机关」或「事业单位」，证件为《统一社会信用代码证书》（事业单位也可用《事业单位法人证书》）。' +
  '社会团体、基金会、民办非企业单位不属于政务主体：按业务选行业类目。'

/** Human notes for the activities WeChat's table has no category for. */
export const NO_CATEGORY_NOTES: Partial<Record<Activity | Sector, string>> = {
  redPackets: '微信类目表中没有「红包」类目：不要为它找近似类目；用户之间发红包、充值红包属平台未开放的服务，提审前先与微信确认或去掉该功能。',
  smsForOthers: '微信类目表中没有「短信服务」类目：代他人发短信属电信业务（SP 许可），小程序类目无对应项，提审前先与微信确认。',
  search: '微信类目表中没有「搜索引擎」类目：站内搜索不需要单独类目；面向全网的信息搜索属平台未开放的服务。',
  paidContent:
    '微信类目表中没有「付费阅读/知识付费」类目：按内容选（课程 教育服务-在线视频课程，电子书 文娱-出版物，小说 文娱-网络小说，听书 文娱-有声读物）；虚拟内容收费须用小程序虚拟支付。',
  classifieds:
    '微信类目表中没有通用的「信息发布/同城信息」类目：按发布的内容选（房源 房地产服务-房屋中介，招聘 生活服务-求职/招聘，二手车 汽车服务-二手车）；用户发帖另选 社交-社区/论坛。',
  games: '小游戏有单独的类目表（小游戏类目），不在本小程序类目表中：按小游戏类目和版号要求准备；小程序内的电子娱乐服务见 生活服务-电子娱乐服务。',
}

function wechatPicks(p: Profile): { picks: Pick[]; none: string[] } {
  const act = (a: Activity) => p.activities.includes(a)
  const sec = (s: Sector) => p.sectors.includes(s)
  const facts = p.facts ?? {}
  const picks: Pick[] = []
  const none: string[] = []
  const add = (path: string[], notes: string[] = [], qualifications?: Quals) => picks.push({ path, notes, qualifications })
  const individual = p.operator.type === 'individual'

  const sells = act('ownSales') || act('liveCommerce')
  const liveNote = act('liveCommerce') ? ['用微信官方直播组件带货无需另选「社交-直播」。'] : []
  if (sells) {
    const goods = (['food', 'alcohol', 'books', 'drugInfo', 'medicalDevices'] as const).filter(sec)
    if (sec('food')) add(['商家自营', '食品饮料'], ['餐厅点餐、外卖改选 餐饮服务-餐饮服务场所/餐饮服务管理企业；保健品、母婴食品各有类目。', ...liveNote])
    if (sec('alcohol')) add(['商家自营', '酒类'], liveNote)
    if (sec('books')) add(['商家自营', '图书报刊/音像/影视/游戏/动漫'], liveNote)
    if (sec('drugInfo')) add(['医疗服务', '药品（非处方药）销售'], ['不支持在线销售处方药（处方药另有 医疗服务-处方药服务）。'])
    if (sec('medicalDevices')) add(['医疗服务', '医疗器械自营'])
    if (goods.length === 0) add(['商家自营'], ['按所卖商品选二级类目（如 服饰内衣、3C数码、美妆），可用类目搜索；多数一般商品无需额外资质。', ...liveNote])
  }
  if (act('marketplace')) {
    add(['电商平台', '电商平台'])
    if (sec('drugInfo')) add(['医疗服务', '非处方药销售平台'])
    if (sec('medicalDevices')) add(['医疗服务', '医疗器械经营销售平台'])
    if (sec('education') || sec('k12Tutoring')) add(['教育服务', '教育平台'])
  }
  if (act('storedValue')) {
    const elsewhere = facts.storedValueElsewhere === true
    add(
      ['商家自营', '预付卡', '发行方'],
      [elsewhere ? '卡可在其他商家使用：按多用途预付卡，需《支付业务许可证》。' : '代售他人发行的卡改选 预付卡代售。'],
      elsewhere ? [['《支付业务许可证》（含“预付卡业务”）']] : undefined,
    )
  }
  if (act('points')) add(['工具', '兑换'])

  const courseSectors = sec('education') || sec('k12Tutoring')
  if (act('paidContent') && courseSectors && facts.recordedCourses !== false) add(['教育服务', '在线视频课程'])
  if (act('paidContent') && !courseSectors && !(['publishing', 'audiovisual', 'culture', 'news'] as const).some(sec)) none.push('paidContent')

  if (act('classifieds') || act('paidListings')) {
    if (sec('realEstate')) add(['房地产服务', '房屋中介'], ['按房源选 租房、新房或二手房；不支持在线房产交易。'])
    if (!sec('realEstate') && !(sec('recruitment') && p.recruitsForOthers === true)) none.push('classifieds')
  }
  if (act('ugc') || act('messaging')) add(['社交', '社区/论坛'], ['用户发图文笔记供他人浏览选 社交-笔记，用户之间问答选 社交-问答（资质相同）。'])
  if (act('dating')) add(['社交', '陌生人交友'], ['熟人社交选 社交-熟人交友，婚恋选 社交-婚恋（资质相同）；须实名。'])
  if (act('liveEntertainment')) add(['社交', '直播'])
  if (act('saas')) add(['商业服务', '软件/建站/技术开发'], facts.saasHostsTransactions === true ? ['为多个商家提供交易的平台另需 电商平台 类目。'] : [])
  if (act('iotControl')) add(['工具', '设备管理'])
  if (act('aiGenerated')) {
    const m = facts.aiModel
    const all = findEntry('wechat', ['深度合成', 'AI问答'])?.qualifications ?? []
    // An unfiled (or overseas) model's provider has no filing to lend: the own-filing route only.
    const routes = m === 'own' || m === 'unfiled' ? all.slice(0, 1) : m === 'thirdParty' ? all.slice(1) : all
    add(['深度合成'], ['按功能选二级类目，可多选：AI问答（文本问答、客服）、AI换脸（视频）、AI绘画（图片）、AI创作（写作、文案）。AI 生成内容须显著标注“AI生成”；通过类目审核不等于完成算法备案或生成式 AI 备案/登记。'], routes)
  }
  for (const a of ['redPackets', 'smsForOthers', 'search'] as const) if (act(a)) none.push(a)

  // Sectors that name their own category.
  if (sec('food') && !sells && !act('marketplace')) {
    add(['餐饮服务', '餐饮服务场所/餐饮服务管理企业'], ['按菜系或业态选三级类目（如 面包甜点饮品、火锅）；只做取号排队选 餐饮服务-餐厅排队（无需资质，个人主体也可选）。'])
  }
  if (sec('medicalInstitution') && facts.multiHospital === true && !sec('internetHospital')) {
    // A booking platform for several hospitals is not a medical institution (law/medical-institution).
    add(['医疗服务', '就医服务', '挂号'], ['查报告单、缴费、医疗信息服务各有同级类目（医疗服务-就医服务），按提供的服务选。'])
  } else if (sec('medicalInstitution')) {
    if (p.operator.type === 'publicInstitution') add(['医疗服务', '公立医疗机构'])
    else add(['医疗服务', '其他私立医疗机构'], ['三级医院改选 医疗服务-三级私立医疗机构。'])
  }
  if (sec('internetHospital')) add(['医疗服务', '互联网医院'])
  if (sec('healthInfo')) add(['资讯', '信息资讯'], ['健康科普、养生没有单独的医疗类目，属单一行业资讯；涉及诊疗、问诊须选医疗服务类目。'])
  if (sec('drugInfo') && !sells && !act('marketplace')) add(['医疗服务', '药品信息展示'])
  if (sec('medicalDevices') && !sells && !act('marketplace')) add(['医疗服务', '医疗器械信息展示'])
  if (sec('finance')) add(['金融业'], ['按持有的金融牌照选二级类目（如 银行、保险、证券/期货、非金融机构自营小额贷款）。'])
  if (sec('k12Tutoring')) add(['教育服务', '学历教育（培训机构）', '课外辅导'], ['有线下教学场景的培训机构适用；学科类线上培训另需教育部门审批。'])
  if (sec('education') && !sec('k12Tutoring') && !picks.some((x) => x.path[0] === '教育服务')) {
    if (individual) add(['教育服务', '在线教育'])
    else add(['教育服务'], ['按办学形态选二级类目：学校选 学历教育（学校），线下培训机构选 学历教育（培训机构），艺术语言培训选 素质教育，网课视频选 在线视频课程。'])
  }
  if (sec('recruitment') && p.recruitsForOthers === true) add(['生活服务', '求职/招聘'], ['对外劳务合作的招聘选 求职/招聘（涉外）。'])
  if (sec('realEstate') && !picks.some((x) => x.path[0] === '房地产服务')) add(['房地产服务', '房屋中介'], ['按房源选 租房、新房或二手房；开发商的意向金、优惠券选 房地产营销。'])
  if (sec('news')) add(['时政信息', '时政信息'])
  if (sec('publishing')) add(['文娱', '出版物'], ['网络小说选 文娱-网络小说，听书选 文娱-有声读物，学术期刊选 文娱-学术期刊。'])
  if (sec('games')) none.push('games')
  if (sec('audiovisual')) add(['文娱', '其他视频'], ['只有视频且汇集多个行业选 文娱-视频广场，网络短剧选 文娱-微短剧。'])
  if (sec('culture')) add(['文娱'], ['音乐选 文娱-音乐，动漫选 文娱-动漫，演出门票选 生活服务-营业性演出票务。'])
  if (sec('rideHailing')) {
    const own = p.facts?.ownDrivers
    const all = findEntry('wechat', ['交通服务', '网约车', '快车'])?.qualifications ?? []
    add(['交通服务', '网约车'], ['按车型选三级类目：快车、专车或其他网约车。'], own === true ? all.slice(0, 1) : own === false ? all.slice(1) : undefined)
  }
  if (sec('religion')) add(['文娱', '宗教信息'])

  // A public body with no sector of its own: 政务民生, not the businesses' 工具 / 商业服务 / 资讯.
  if (picks.length === 0 && p.operator.type === 'publicInstitution') {
    add(['政务民生'], [PUBLIC_BODY_NOTE], GOV_QUALS)
    return { picks, none }
  }
  // Generic activities only where nothing more specific was found, or for an individual, to
  // whom most specific categories are closed and these are open.
  if (picks.length === 0 || individual) {
    if (act('leadForm')) add(['工具', '预约/报名'])
    if (act('freeContent') && individual) {
      // The category open to a person first; the closed one as a note (资讯 is not in the personal list).
      add(['工具', '信息查询'], ['微信「资讯」类目不对个人开放：发布文章、资讯要以个体工商户或公司注册后选 资讯-信息资讯；个人主体可选 工具-信息查询（查询类工具）。'])
    } else if (act('freeContent')) {
      add(['资讯', '信息资讯'], ['两个及以上行业的资讯改选 文娱-资讯广场（须互联网新闻信息服务许可证）；查询工具选 工具-信息查询。'])
    }
    if (act('showcase') || (picks.length === 0 && none.length === 0)) {
      add(['商业服务', '企业管理'], ['展示门店、公司信息；有更贴切的行业类目时优先选行业类目。'])
    }
  }
  return { picks, none: [...new Set(none)] }
}

function alipayPicks(p: Profile): { picks: Pick[]; none: string[] } {
  const picks: Pick[] = []
  const restricted =
    p.activities.some((a) =>
      (['marketplace', 'dating', 'ugc', 'messaging', 'liveEntertainment', 'redPackets', 'paidContent', 'classifieds', 'paidListings', 'aiGenerated'] as Activity[]).includes(a),
    ) ||
    p.sectors.some((s) =>
      (['food', 'alcohol', 'books', 'medicalInstitution', 'internetHospital', 'drugInfo', 'medicalDevices', 'finance', 'recruitment', 'news', 'games', 'audiovisual', 'rideHailing'] as Sector[]).includes(s),
    )
  if (restricted) picks.push({ path: ['小程序限制类目'], notes: ['你的业务可能落在支付宝的限制类目中，提交前查看该文档对应行业的资质。'] })
  const pays = (['ownSales', 'marketplace', 'paidContent', 'paidListings', 'storedValue', 'liveCommerce', 'membershipDiscount'] as Activity[]).some((a) =>
    p.activities.includes(a),
  )
  if (pays) picks.push({ path: ['小程序支付（当面付）'], notes: [] })
  return { picks, none: picks.length === 0 ? ['alipay'] : [] }
}

/** Whether the operator type may choose the entry, and why not. */
function availability(op: OperatorType, e: CatalogueEntry, implied: RequirementId[][]): { available: boolean; note?: string } {
  const needsVats = implied.some((alts) => alts.every((id) => id === 'icpLicense' || id === 'ediLicense'))
  if (e.platform === 'alipay') {
    // Only the payment product's access rule is known (S21); the restricted list is unread.
    return op === 'individual' && e.path[0] === '小程序支付（当面付）'
      ? { available: false, note: '个人支付宝账户不能开通小程序支付：需企业或个体工商户账户。' }
      : { available: true }
  }
  if (e.path[0] === '深度合成') {
    if (op === 'individual') return { available: false, note: DEEP_SYNTHESIS_CLOSED }
    if (op === 'soleProprietor') return { available: true, note: '个体工商户按企业类型认证，一般可以申请深度合成类目 [推断]。' }
    return { available: true }
  }
  if (op === 'individual') {
    if (e.personal) return { available: true }
    return { available: false, note: `${PERSONAL_CLOSED}${needsVats ? NEEDS_COMPANY : NEEDS_BUSINESS}` }
  }
  if (!e.nonPersonal) return { available: false, note: '这是个人主体类目；企业类目表中请选对应的企业类目（可用类目搜索）。' }
  if (op === 'soleProprietor' && needsVats) return { available: true, note: SOLE_PROPRIETOR_VATS }
  return { available: true }
}

const STRONG = new Set(['required', 'likely'])

const sameQuals = (a: Quals, b: Quals): boolean =>
  a === b || (a.length === b.length && a.every((g, i) => g.length === b[i].length && g.every((d, j) => d === b[i][j])))

/** The platform-rule gap: the category needs a licence the engine does not call required. */
function gapNote(implied: RequirementId[][], requirements: readonly Requirement[]): string | undefined {
  const missing = implied.filter((alts) => !requirements.some((r) => alts.includes(r.id) && STRONG.has(r.status)))
  if (missing.length === 0) return undefined
  const names = missing.map((alts) => alts.map((id) => REQUIREMENT_LABELS[id]).join(' 或 '))
  return `平台规则：选择该类目须提交 ${names.join('、')}，即使按法规判断不一定需要。`
}

function toCategory(platform: Platform, p: Profile, pick: Pick, requirements: readonly Requirement[]): Category {
  const op = p.operator.type
  const catalogue = CATALOGUE_DATES[platform]
  const entry = findEntry(platform, pick.path)
  const notes: string[] = []
  let available: boolean
  let qualifications: Quals
  if (entry !== undefined) {
    qualifications = pick.qualifications ?? entry.qualifications
    const implied = impliedRequirements({ qualifications })
    const a = availability(op, entry, implied)
    available = a.available
    if (a.note !== undefined) notes.push(a.note)
    notes.push(...pick.notes)
    if (entry.localReview) notes.push(LOCAL_REVIEW_NOTE)
    if (entry.beta) notes.push(BETA_NOTE)
    if (available) {
      const gap = gapNote(implied, requirements)
      if (gap !== undefined) notes.push(gap)
    }
    if (!entry.verified) notes.push(ALIPAY_UNVERIFIED_NOTE)
  } else {
    // A level above categories: qualifications are those shared by every category under it.
    const under = entriesUnder(platform, pick.path)
    const first = under[0]?.qualifications ?? []
    const shared = under.every((e) => sameQuals(e.qualifications, first))
    qualifications = pick.qualifications ?? (shared ? first : [])
    const options = under.map((e) => ({ e, a: availability(op, e, impliedRequirements(e)) }))
    const open = options.filter((o) => o.a.available)
    available = open.length > 0
    if (!available) notes.push(options.find((o) => o.a.note !== undefined)?.a.note ?? PERSONAL_CLOSED)
    else if (op === 'individual') {
      notes.push(`个人主体只能选其中：${open.map((o) => o.e.path.slice(pick.path.length).join('-')).join('、')}。`)
    }
    if (!shared && pick.qualifications === undefined) notes.push('资质随所选下级类目而定。')
    notes.push(...pick.notes)
    if (under.some((e) => e.localReview)) notes.push(LOCAL_REVIEW_NOTE)
    const soleNote = options.find((o) => o.a.note !== undefined && o.a.available)?.a.note
    if (soleNote !== undefined && !notes.includes(soleNote)) notes.unshift(soleNote)
  }
  const cat: Category = { platform, path: [...pick.path], qualifications: qualifications.map((g) => [...g]), available, catalogue }
  if (notes.length > 0) cat.note = notes.join(' ')
  return cat
}

function noCategory(platform: Platform, key: string): Category {
  const note = key === 'alipay' ? `${ALIPAY_UNVERIFIED_NOTE}本工具不列出支付宝的具体类目，提交时按支付宝后台的类目选择。` : NO_CATEGORY_NOTES[key as Activity] ?? ''
  return { platform, path: [], qualifications: [], available: false, note, catalogue: CATALOGUE_DATES[platform] }
}

/** The categories to choose, WeChat first, in the order the profile's answers name them. */
export function classify(p: Profile, requirements: readonly Requirement[]): Category[] {
  const out: Category[] = []
  for (const platform of (['wechat', 'alipay'] as const).filter((x) => p.platforms.includes(x))) {
    // (Douyin's restricted list is its own module, below: only what it does not accept is known.)
    const { picks, none } = platform === 'wechat' ? wechatPicks(p) : alipayPicks(p)
    const seen = new Map<string, Pick>()
    for (const pick of picks) {
      const k = pathKey(pick.path)
      const prev = seen.get(k)
      if (prev === undefined) seen.set(k, { ...pick, notes: [...pick.notes] })
      else for (const n of pick.notes) if (!prev.notes.includes(n)) prev.notes.push(n)
    }
    for (const pick of seen.values()) out.push(toCategory(platform, p, pick, requirements))
    for (const key of none) out.push(noCategory(platform, key))
  }
  if (p.platforms.includes('douyin')) out.push(...douyinCategories(p))
  return out
}
