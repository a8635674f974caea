/**
 * 平台类目门槛 (platform gates), kept apart from the law: WeChat categories one row each
 * (S16–S19, addendum §4, §7, §8) and the Alipay rows the sources support.
 * The categories helper replaces these with its catalogue (src/domain/categories).
 */
import { act, all, any, anyActivity, anySector, flag, not, op, sec, type Condition } from '../condition'
import type { SourceId } from '../sources'
import type { Platform } from '../types'
import { CHECKED, paysInApp, sells } from './shared'

export interface GateRule {
  id: string
  platform: Platform
  when: Condition
  category: string
  qualifications: readonly (readonly string[])[]
  note?: string
  sources: readonly SourceId[]
  verified: string
}

const VATS = '增值电信业务经营许可证'
const ALIPAY_UNVERIFIED = '支付宝类目资质未能核实：以支付宝开放平台《小程序限制类目及所需资质材料》最新版本为准。'

/** WeChat categories, one row each (S16–S19, addendum §4, §7, §8). */
const WECHAT_GATES: readonly Omit<GateRule, 'platform' | 'verified'>[] = [
  {
    id: 'gate.wechat.mall',
    when: act('marketplace'),
    category: '电商平台',
    qualifications: [[`${VATS}（含在线数据处理与交易处理业务）`], ['电信与信息服务业务经营许可证（旧版证书名称）']],
    note: '二选一；审核实际要求 EDI 业务范围。',
    sources: ['S17', 'A4'],
  },
  {
    id: 'gate.wechat.food',
    when: all(sec('food'), sells),
    category: '商家自营-食品',
    qualifications: [['食品经营许可证']],
    sources: ['S19', 'S21'],
  },
  {
    id: 'gate.wechat.alcohol',
    when: all(sec('alcohol'), sells),
    category: '商家自营-酒/盐',
    qualifications: [['酒类经营许可证']],
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.books',
    when: all(sec('books'), sells),
    category: '商家自营-图书',
    qualifications: [['出版物经营许可证']],
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.shop',
    when: all(sells, not(anySector('food', 'alcohol', 'books'))),
    category: '商家自营',
    qualifications: [],
    note: '一般商品无需电信许可证；特殊商品按类目提交相应许可。',
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.liveCommerce',
    when: act('liveCommerce'),
    category: '电商平台 / 商家自营（官方直播组件）',
    qualifications: [],
    note: '使用官方直播组件带货无需另加「社交-直播」类目。',
    sources: ['S16', 'S17'],
  },
  {
    id: 'gate.wechat.dating',
    when: act('dating'),
    category: '社交-陌生人交友 / 熟人交友',
    qualifications: [[`${VATS}（核准服务项目含互联网信息服务业务）`]],
    note: '首次提交须经属地网信部门报备审核（约 7 个自然日）；须实名。',
    sources: ['S16'],
  },
  {
    id: 'gate.wechat.community',
    when: any(act('ugc'), act('messaging')),
    category: '社交-社区/论坛（含评论、笔记）',
    qualifications: [['非经营性互联网信息服务备案核准（ICP 备案）'], ['政府主体证明文件']],
    note: '首次提交须经属地网信部门报备审核（约 7 个自然日）；须接入内容安全接口（msgSecCheck、imgSecCheck、mediaCheckAsync）。',
    sources: ['S16'],
  },
  {
    id: 'gate.wechat.live',
    when: act('liveEntertainment'),
    category: '社交-直播',
    qualifications: [['信息网络传播视听节目许可证'], ['网络文化经营许可证（含网络表演）'], ['政府主体证明文件']],
    note: '三选一，并须报备审核。',
    sources: ['S16'],
  },
  {
    id: 'gate.wechat.redPackets',
    when: act('redPackets'),
    category: '红包（含用户充值红包功能）',
    qualifications: [[VATS]],
    note: '从业者报告的审核要求。',
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.paidContent',
    when: act('paidContent'),
    category: '付费阅读 / 知识付费',
    qualifications: [[`${VATS}（含互联网信息服务业务）`]],
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.classifieds',
    when: anyActivity('classifieds', 'paidListings'),
    category: '信息集市 / 信息中介',
    qualifications: [[VATS]],
    note: '从业者报告的审核要求（文章 A 列出的需增值电信许可的类目）。',
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.publicHospital',
    when: all(anySector('medicalInstitution', 'internetHospital'), op('publicInstitution')),
    category: '医疗-公立医疗机构',
    qualifications: [['医疗机构执业许可证', '事业单位法人证书']],
    sources: ['S16'],
  },
  {
    id: 'gate.wechat.privateHospital',
    when: all(anySector('medicalInstitution', 'internetHospital'), not(op('publicInstitution'))),
    category: '医疗-私立医疗机构',
    qualifications: [['医疗机构执业许可证']],
    sources: ['S16'],
  },
  {
    id: 'gate.wechat.health',
    when: sec('healthInfo'),
    category: '医疗-健康咨询服务（科普、养生）',
    qualifications: [['非经营性互联网信息服务备案核准（ICP 备案）']],
    sources: ['S16'],
  },
  {
    id: 'gate.wechat.drugs',
    when: anySector('drugInfo', 'medicalDevices'),
    category: '医疗-药品/医疗器械信息',
    qualifications: [['互联网药品信息服务资格证书']],
    sources: ['S21', 'S26'],
  },
  {
    id: 'gate.wechat.recruitment',
    when: all(sec('recruitment'), flag('recruitsForOthers')),
    category: '商业服务-招聘/求职（中介类）',
    qualifications: [['人力资源服务许可证']],
    sources: ['S21', 'S22'],
  },
  {
    id: 'gate.wechat.rideHailing',
    when: sec('rideHailing'),
    category: '出行-网约车',
    qualifications: [['网络预约出租汽车经营许可证']],
    sources: ['S23', 'S18'],
  },
  {
    id: 'gate.wechat.finance',
    when: sec('finance'),
    category: '金融',
    qualifications: [['对应的金融业务许可证（金融许可证、支付业务许可证、个人征信业务经营许可证等）']],
    sources: ['S21'],
  },
  {
    id: 'gate.wechat.news',
    when: sec('news'),
    category: '时政信息',
    qualifications: [['互联网新闻信息服务许可证']],
    note: '报备类目。',
    sources: ['S21', 'S16'],
  },
  {
    id: 'gate.wechat.game.iap',
    when: all(sec('games'), paysInApp),
    category: '小游戏（内购）',
    qualifications: [['网络游戏出版物号（版号）核发单']],
    sources: ['A7'],
  },
  {
    id: 'gate.wechat.game.iaa',
    when: all(sec('games'), not(paysInApp)),
    category: '小游戏（广告变现）',
    qualifications: [],
    note: '走前置审批（游戏内容介绍审核），约 10–30 个工作日；不要求版号。',
    sources: ['A7', 'S18'],
  },
  {
    id: 'gate.wechat.courseVideo',
    when: all(anySector('education', 'k12Tutoring'), act('paidContent')),
    category: '教育-在线视频课程',
    qualifications: [['全国校外线上培训管理服务平台备案']],
    note: '官方要求 5 选 1，这里只列出已核实的一项；民营企业通常只能走这一项。',
    sources: ['A8'],
  },
  {
    id: 'gate.wechat.video',
    when: sec('audiovisual'),
    category: '文娱-其他视频',
    qualifications: [['信息网络传播视听节目许可证'], ['广播电视节目制作经营许可证']],
    note: '官方要求 6 选 1，其余选项面向电视台、政府机关和事业单位。',
    sources: ['A8'],
  },
]

/** Categories whose Alipay gate is not verified: said as such, never asserted. */
const ALIPAY_RESTRICTED: Condition = any(
  anyActivity('marketplace', 'dating', 'ugc', 'messaging', 'liveEntertainment', 'redPackets', 'paidContent', 'classifieds', 'paidListings'),
  anySector(
    'food',
    'alcohol',
    'books',
    'medicalInstitution',
    'internetHospital',
    'drugInfo',
    'medicalDevices',
    'finance',
    'recruitment',
    'news',
    'games',
    'audiovisual',
    'rideHailing',
  ),
)

export const GATE_RULES: readonly GateRule[] = [
  ...WECHAT_GATES.map((g) => ({ ...g, platform: 'wechat' as const, verified: CHECKED })),
  {
    id: 'gate.alipay.payment',
    platform: 'alipay',
    when: anyActivity('ownSales', 'marketplace', 'paidContent', 'paidListings', 'storedValue', 'liveCommerce', 'membershipDiscount'),
    category: '小程序支付（当面付）',
    qualifications: [['企业或个体工商户支付宝账户', '营业执照', '已备案的网站或小程序']],
    note: '个人账户不能开通；古玩、珠宝、投资等行业不可用。',
    sources: ['S21'],
    verified: CHECKED,
  },
  {
    id: 'gate.alipay.restricted',
    platform: 'alipay',
    when: ALIPAY_RESTRICTED,
    category: '限制类目',
    qualifications: [],
    note: ALIPAY_UNVERIFIED,
    sources: ['A5'],
    verified: CHECKED,
  },
]
