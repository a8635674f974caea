/**
 * ICP 许可证 (icpLicense): 目录 B25 信息服务业务（仅限互联网信息服务）.
 * The law: 《互联网信息服务管理办法》第三条、第四条: information (or 网页制作等服务) provided for a fee is 经营性; plus the platforms' category gates.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { ALWAYS, act, all, any, anyActivity, anySector, fact, flag, not, on, open, sec, type Condition } from '../../profile/condition'
import { PILOT_CITE, TELECOM_OFFICE, type CapRow } from '../telecom'
import { LAW, PLATFORM, paysInApp, type CiteText, book, type BookRow } from '../book'

const ART3: CiteText = 'internet-info-services-measures 国务院令第292号 第三条、第四条'
const B25_1: CiteText = 'telecom-catalogue-2015 目录 B25 第①项 信息发布平台和递送服务'
const ART3_WEB: CiteText = 'internet-info-services-measures 国务院令第292号 第三条（网页制作等服务）'
const WECHAT_VATS_GATES: CiteText = 'practitioner-articles 文章 A 需增值电信许可的类目'
const FEES_QUESTION = '是否向商家或用户收取信息发布、置顶、推广、会员或广告费用？'
/** Services that turn into paid information once the platform charges for them. */
const feeBearing = any(
  anyActivity('classifieds', 'messaging', 'search', 'marketplace', 'ugc', 'dating'),
  all(sec('recruitment'), flag('recruitsForOthers')),
)
const ai = act('aiGenerated')
const PRACTICE_P: CiteText = 'practitioner-ai-filing-articles 从业者文章（备案与登记、微调即转备案）'

export const ICP = book('icpLicense', TELECOM_OFFICE, [
  {
    id: 'b25.dating.wechat',
    when: all(act('dating'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「社交-陌生人交友」和「社交-熟人交友」类目要求增值电信业务经营许可证（含互联网信息服务），即使完全免费也一样；这是平台规则，比法规更严。',
    cites: ['wechat-community-social-categories 社交-陌生人交友/熟人交友 类目资质'],
    verified: '2026-11-24',
  },
  {
    id: 'b25.redPackets',
    when: all(act('redPackets'), on('wechat')),
    status: 'likely',
    basis: PLATFORM,
    text: '据从业者报告（2019–2020 年），微信审核含用户充值红包功能的小程序时要求增值电信业务经营许可证；这是平台审核做法，未见微信官方类目原文。',
    cites: ['practitioner-articles 从业者文章（orangekeji，红包类目）'],
    verified: '2026-11-24',
  },
  {
    id: 'b25.dating.alipay',
    when: all(act('dating'), on('alipay'), not(on('wechat'))),
    status: 'consult',
    basis: PLATFORM,
    text: '交友类按法规免费时只需备案；支付宝交友类目要求什么资质未能核实，以支付宝《小程序限制类目及所需资质材料》最新版本为准。',
    cites: ['alipay-restricted-categories 《小程序限制类目及所需资质材料》（交友类目内容未核实）'],
    unsettled: '增补 §5：支付宝类目资质表未找到，不得套用微信门槛',
    verified: '2026-11-24',
  },
  {
    id: 'b25.redPackets.alipay',
    when: all(act('redPackets'), on('alipay'), not(on('wechat'))),
    status: 'consult',
    basis: PLATFORM,
    text: '用户充值红包按法规不是有偿提供信息；支付宝红包类目要求什么资质未能核实，以支付宝《小程序限制类目及所需资质材料》最新版本为准。',
    cites: ['alipay-restricted-categories 《小程序限制类目及所需资质材料》（红包类目内容未核实）'],
    unsettled: '增补 §5：支付宝类目资质表未找到，不得套用微信门槛',
    verified: '2026-11-24',
  },
  {
    id: 'b25.paidContent',
    when: act('paidContent'),
    status: 'required',
    basis: LAW,
    text: '用户付费阅读、观看或解锁内容属于「有偿提供信息」，是经营性互联网信息服务，须取得 ICP 许可证。',
    cites: [ART3, 'telecom-catalogue-2015 目录 B25 信息服务业务'],
    wechat: { text: '微信「付费阅读」类功能审核时也要求增值电信许可证（从业者报告）。', cites: [WECHAT_VATS_GATES] },
    verified: '2026-11-24',
  },
  {
    id: 'b25.paidListings',
    when: act('paidListings'),
    status: 'required',
    basis: LAW,
    text: '向用户或商家收取信息发布、置顶或会员费，属于信息发布平台（B25 第①项）上的有偿信息服务，须取得 ICP 许可证。',
    cites: [B25_1, ART3],
    wechat: { text: '微信审核「信息集市 / 信息中介」类小程序时也要求增值电信许可证（从业者报告）。', cites: [WECHAT_VATS_GATES] },
    verified: '2026-11-24',
  },
  {
    id: 'b25.platformFees',
    when: all(fact('platformFees'), feeBearing, not(anyActivity('paidListings'))),
    status: 'required',
    basis: LAW,
    text: '你说会向商家或用户收取发布、置顶、推广、会员或广告费用：这是「有偿提供信息」，属于经营性互联网信息服务，须取得 ICP 许可证。',
    cites: [ART3, B25_1],
    fact: 'platformFees',
    verified: '2026-11-24',
  },
  {
    id: 'b25.ads',
    when: act('ads'),
    status: 'likely',
    basis: LAW,
    text: '靠广告赚钱——向第三方出售广告位、信息流推广，或开通小程序平台的「流量主」广告分成（个人开通的也一样）——都是经营性互联网信息服务的收入；旧前置清单把广告业务列为经营性，从业者普遍要求 ICP 许可证。',
    cites: ['old-pre-approval-lists 经营性项目：广告业务', 'practitioner-articles 从业者文章（广告收入）', ART3],
    verified: '2026-11-24',
  },
  {
    id: 'b25.classifieds',
    when: all(act('classifieds'), not(act('paidListings')), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '免费的信息发布平台本身按非经营性备案即可；一旦收取发布、置顶或推广费用，就属于 B25 第①项上的有偿信息服务，须 ICP 许可证。',
    question: FEES_QUESTION,
    fact: 'platformFees',
    cites: [B25_1, ART3],
    verified: '2026-11-24',
  },
  {
    id: 'b25.messaging',
    when: all(act('messaging'), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '即时通讯属于 B25 第④项「信息即时交互服务」；免费提供时按非经营性备案，收费（会员、付费消息）时须 ICP 许可证。',
    question: '即时通讯功能是否收费，或作为付费会员的一部分？',
    fact: 'platformFees',
    cites: ['telecom-catalogue-2015 目录 B25 第④项 信息即时交互服务', ART3],
    verified: '2026-11-24',
  },
  {
    id: 'b25.search',
    when: all(act('search'), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '搜索全网信息属于 B25 第②项「信息搜索查询服务」；收取竞价排名、推广或查询费用时须 ICP 许可证。',
    question: '搜索结果是否有付费排名、推广或收费查询？',
    fact: 'platformFees',
    cites: ['telecom-catalogue-2015 目录 B25 第②项 信息搜索查询服务', ART3],
    verified: '2026-11-24',
  },
  {
    id: 'b25.marketplace',
    when: all(act('marketplace'), not(anyActivity('paidContent', 'paidListings', 'ads')), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '多商户平台需要的是 EDI；只有当平台另外收取信息发布、推广或广告费用时，才还需要 ICP 许可证。',
    question: '平台是否向商家收取信息发布费、推广费或广告费？',
    fact: 'platformFees',
    cites: [ART3, B25_1],
    verified: '2026-11-24',
  },
  {
    id: 'b25.recruitment',
    when: all(sec('recruitment'), flag('recruitsForOthers'), not(act('paidListings')), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '为其他用人单位发布招聘信息的平台属于信息发布平台（B25 第①项），收取发布或会员费用时须 ICP 许可证。',
    question: '是否向用人单位或求职者收取发布费、会员费？',
    fact: 'platformFees',
    cites: [B25_1, ART3],
    verified: '2026-11-24',
  },
  {
    id: 'b25.saas',
    when: all(act('saas'), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '向商家收费提供建站、小程序制作、店铺系统等服务，属于第三条所说的有偿提供「网页制作等服务」，是经营性互联网信息服务；免费提供则备案即可。',
    question: '你的 SaaS 是否向商家收费（订阅费、服务费）？',
    fact: 'platformFees',
    cites: [ART3_WEB],
    verified: '2026-11-24',
  },
  {
    id: 'b25.saas.paid',
    when: all(act('saas'), fact('platformFees')),
    status: 'likely',
    basis: LAW,
    text: '你向商家收费提供 SaaS（建站、小程序制作、店铺系统）：第三条把有偿提供「网页制作等服务」列为经营性，很可能须 ICP 许可证；没有条文直接点名 SaaS，这是按条文的推断。',
    cites: [ART3_WEB],
    fact: 'platformFees',
    verified: '2026-11-24',
  },
  {
    id: 'b25.liveEntertainment',
    when: act('liveEntertainment'),
    status: 'likely',
    basis: LAW,
    text: '娱乐直播和打赏是用户付费获取的信息服务，通常按经营性互联网信息服务办理 ICP 许可证。',
    cites: [ART3],
    verified: '2026-11-24',
  },
  {
    id: 'b25.games',
    when: all(sec('games'), paysInApp),
    status: 'likely',
    basis: LAW,
    text: '带内购的游戏是向用户有偿提供的互联网信息服务，通常需要 ICP 许可证；旧前置清单也把网络游戏列为经营性。',
    cites: [ART3, 'old-pre-approval-lists 经营性项目：网络游戏'],
    verified: '2026-11-24',
  },
  {
    id: 'b25.internetHospital',
    when: sec('internetHospital'),
    status: 'consult',
    basis: LAW,
    text: '互联网医院要有医疗机构执业许可证；部分代办机构认为还需 ICP 许可证，各地做法不一，请向属地通信管理局确认。',
    cites: ['practitioner-articles 代办机构观点（互联网医院）'],
    unsettled: '参考资料 §6.2「互联网医院」行：ICP 许可证为 Consult（代办机构说法不一）',
    verified: '2026-11-24',
  },
  {
    id: 'b25.ugc',
    when: all(act('ugc'), not(fact('platformFees'))),
    status: 'notRequired',
    basis: LAW,
    text: '免费的社区、评论按法规只需备案，但要落实用户实名和日志留存（不少于 6 个月）；一旦收费就须 ICP 许可证。',
    cites: [ART3, 'howtolivebetter 实名与日志留存'],
    wechat: {
      text: '微信「社交-社区/论坛」类目接受备案，但首次提交要经属地网信部门报备审核（约 7 个自然日），并接入内容安全接口。',
      cites: ['wechat-community-social-categories 社交-社区/论坛 类目与报备审核'],
    },
    verified: '2026-11-24',
  },
  {
    id: 'b25.ownSales',
    when: anyActivity('ownSales', 'storedValue', 'points', 'coupons', 'membershipDiscount', 'liveCommerce'),
    status: 'notRequired',
    basis: LAW,
    text: '卖自己的商品、发优惠券、储值、积分或只给折扣的会员，是销售商品而不是「有偿提供信息」，主流观点只需备案；个别代办机构认为收款、储值、积分就要 ICP 证，这是少数、偏保守的看法，没有法规依据。',
    cites: [ART3, 'practitioner-articles 从业者文章（自营电商）', 'edi-business-scope-notes 业务界定 注意1（销售渠道的延伸）'],
    verified: '2026-11-24',
  },
  {
    id: 'b25.rideHailing',
    when: sec('rideHailing'),
    status: 'notRequired',
    basis: LAW,
    text: '《网约车暂行办法》第十条：取得网约车经营许可证后办理互联网信息服务备案，并不要求 ICP 许可证。',
    cites: ['ride-hailing-measures 第十条'],
    verified: '2026-11-24',
  },
  {
    id: 'b25.none',
    when: ALWAYS,
    fallback: true,
    status: 'notRequired',
    basis: LAW,
    text: '你没有向用户收费提供信息（付费内容、付费发布、推广或会员费、广告），属于非经营性互联网信息服务，备案即可。',
    cites: [ART3],
    verified: '2026-11-22',
  },
  {
    id: 'b25.ai.paid',
    when: all(ai, act('paidContent')),
    status: 'likely',
    basis: LAW,
    text: 'AI 本身不改变 ICP 结论，看的仍是是否「有偿提供信息」：AI 生成收费（会员、按次、点数）属于有偿提供信息，很可能须 ICP 许可证；免费的 AI 问答、客服只需备案。',
    cites: ['internet-info-services-measures 国务院令第292号 第三条', PRACTICE_P],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

// ── Foreign ownership: the cap follows every B25 service the app provides, whatever it costs ──
const NEG_LIST_17: CiteText = 'negative-list-2020 负面清单 第十七条'
const NEG_LIST_16: CiteText = 'negative-list-2020 负面清单 第十六条'
const NEG_LIST_2019: CiteText = 'negative-list-2019 负面清单（2019）增值电信条目'
const B25_SERVICE_1: CiteText = 'telecom-catalogue-2015 目录 B25 第①项'
const NOT_NAMED = '2024 年试点未放开（只放开信息发布平台和递送服务、信息保护和处理服务）'

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


export const B25_SERVICES: readonly B25Service[] = [
  {
    id: 'svc.publishing',
    when: anyActivity('paidContent', 'paidListings', 'classifieds', 'ads'),
    service: '信息发布平台和递送服务',
    pilotOpen: true,
    cites: [B25_SERVICE_1, PILOT_CITE],
  },
  {
    id: 'svc.recruitment',
    when: all(sec('recruitment'), flag('recruitsForOthers')),
    service: '信息发布平台和递送服务（招聘信息）',
    pilotOpen: true,
    cites: [B25_SERVICE_1, PILOT_CITE],
  },
  { id: 'svc.community', when: anyActivity('ugc', 'dating'), service: `信息社区平台服务：${NOT_NAMED}`, pilotOpen: false, cites: ['telecom-catalogue-2015 目录 B25 第③项', PILOT_CITE] },
  { id: 'svc.im', when: anyActivity('messaging', 'dating'), service: `信息即时交互服务：${NOT_NAMED}`, pilotOpen: false, cites: ['telecom-catalogue-2015 目录 B25 第④项', PILOT_CITE] },
  { id: 'svc.search', when: act('search'), service: `信息搜索查询服务：${NOT_NAMED}`, pilotOpen: false, cites: ['telecom-catalogue-2015 目录 B25 第②项', PILOT_CITE] },
  {
    id: 'svc.liveShow',
    when: act('liveEntertainment'),
    service: '娱乐直播（网络表演，属互联网文化经营，试点明确排除）',
    pilotOpen: false,
    cites: [PILOT_CITE, NEG_LIST_17],
  },
  {
    id: 'svc.games',
    when: sec('games'),
    service: '网络游戏（属互联网文化经营，试点明确排除）',
    pilotOpen: false,
    cites: [PILOT_CITE, NEG_LIST_17],
  },
  {
    id: 'svc.excludedContent',
    when: anySector('news', 'publishing', 'audiovisual', 'culture'),
    service: '新闻、出版、视听或文化内容（试点明确排除）',
    pilotOpen: false,
    cites: [PILOT_CITE],
  },
  { id: 'svc.saas', when: act('saas'), service: `网页制作等服务（SaaS）：${NOT_NAMED}`, pilotOpen: false, cites: [PILOT_CITE] },
  { id: 'svc.ai', when: act('aiGenerated'), service: `AI 生成内容服务：${NOT_NAMED}`, pilotOpen: false, cites: [PILOT_CITE] },
]

/** Foreign ownership of an ICP licence: 50 %, unless every B25 service is one the 2024 pilot opened and the company is in a zone. */
export const ICP_CAPS = {
  pilot: {
    id: 'cap.icp.pilot',
    percent: 100,
    text: '试点区内信息发布平台和递送服务、信息保护和处理服务放开外资股比，须取得工信部《电信业务经营试点批复》。',
    cites: [PILOT_CITE],
    since: '2024-04-08',
  },
  standard: {
    id: 'cap.icp',
    percent: 50,
    text: 'ICP 许可证（B25）外资股比不超过 50%；只有 2024 年试点区内的信息发布平台和递送服务、信息保护和处理服务放开。',
    cites: [NEG_LIST_2019, NEG_LIST_16, PILOT_CITE],
  },
} as const satisfies Record<string, CapRow>
