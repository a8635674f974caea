/**
 * Sector permits for content: news, publishing, culture, audiovisual, games, course video.
 * News, publishing, audiovisual and internet culture (music aside) are closed to foreign
 * investment (negative list item 17): ./foreign.ts says so, as a blocker, only where the
 * operator has foreign capital (a reason never says 禁止外商投资 beside 可以申请).
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { act, all, any, anyActivity, anySector, fact, not, open, sec } from './condition'
import { LAW, REVIEWED, paysInApp, type CiteText, type RuleRow } from './shared'

/** Culture offered for profit: paid, sold, advertised or otherwise charged for. */
const forProfit = any(anyActivity('paidContent', 'paidListings', 'ads', 'storedValue', 'ownSales'), fact('platformFees'))
const paidCourses = all(anySector('education', 'k12Tutoring'), act('paidContent'), not(sec('audiovisual')))

const CULTURE_8: CiteText = 'B20 《互联网文化管理暂行规定》第八条'
const PUBLISHING_2_9: CiteText = 'B21 《网络出版服务管理规定》第二条、第九条'
const SOCIAL_AV: CiteText = 'A8 社交应用开展视听节目服务的规定（2016-12）'
const MINIGAME_APPROVAL: CiteText = 'S18 小游戏前置审批'

export const CONTENT_PERMIT_RULES = [
  {
    id: 'permit.news',
    requirement: 'internetNewsLicense',
    when: sec('news'),
    status: 'required',
    basis: LAW,
    text: '提供时政新闻须有互联网新闻信息服务许可证（申请者须为法人），并属于前置审批。',
    cites: ['B22 国家网信办令第1号 第六条、第七条'],
    wechat: { text: '微信「时政信息」类目要求该许可证，且是报备类目。', cites: ['S21 时政信息 类目'] },
    effective: '2017-06-01',
    verified: REVIEWED,
  },
  {
    id: 'permit.publishing',
    requirement: 'onlinePublishingLicense',
    when: sec('publishing'),
    status: 'required',
    basis: LAW,
    text: '网络小说、电子书等网络出版须有网络出版服务许可证（须为有 8 名以上编辑出版人员的单位），并属于前置审批（出版）。',
    cites: ['B21 《网络出版服务管理规定》第九条至第十六条', 'S1 国务院令第292号 第五条（出版）'],
    verified: REVIEWED,
  },
  {
    id: 'permit.publishing.paidContent',
    requirement: 'onlinePublishingLicense',
    when: all(act('paidContent'), not(sec('publishing')), open('publications')),
    status: 'depends',
    basis: LAW,
    text: '付费内容如果是原创文学、电子书、期刊等出版物，还需要网络出版服务许可证；课程讲义、资讯、工具类内容不属于。',
    question: '付费内容是否是原创文学、电子书、期刊等出版物？',
    fact: 'publications',
    cites: [PUBLISHING_2_9],
    verified: REVIEWED,
  },
  {
    id: 'permit.publishing.publications',
    requirement: 'onlinePublishingLicense',
    when: all(act('paidContent'), not(sec('publishing')), fact('publications')),
    status: 'required',
    basis: LAW,
    text: '你的付费内容是出版物（原创文学、电子书、期刊等）：网络出版须有网络出版服务许可证，并属于前置审批（出版）。',
    cites: [PUBLISHING_2_9],
    fact: 'publications',
    verified: REVIEWED,
  },
  {
    id: 'permit.liveShow',
    requirement: 'networkCultureLicense',
    when: act('liveEntertainment'),
    status: 'required',
    basis: LAW,
    text: '娱乐直播、网络表演和打赏以营利为目的提供网络文化产品，须有网络文化经营许可证（含网络表演），由省文化和旅游厅审批。',
    cites: [CULTURE_8, 'S20 网络表演须网络文化经营许可证'],
    verified: REVIEWED,
  },
  {
    id: 'permit.culture',
    requirement: 'networkCultureLicense',
    when: all(sec('culture'), not(act('liveEntertainment')), forProfit),
    status: 'required',
    basis: LAW,
    text: '以营利为目的提供网络音乐、网络表演、网络艺术品、动漫等文化产品的，须有网络文化经营许可证；文化属于备案前置审批。',
    cites: [CULTURE_8],
    verified: REVIEWED,
  },
  {
    id: 'permit.culture.free',
    requirement: 'networkCultureLicense',
    when: all(sec('culture'), not(act('liveEntertainment')), not(forProfit), open('platformFees')),
    status: 'depends',
    basis: LAW,
    text: '网络文化经营许可证针对以营利为目的提供文化产品；免费、非营利提供的，只需办理文化前置审批并备案。',
    question: '是否收费或以营利为目的提供音乐、表演、艺术品、动漫等文化产品？',
    fact: 'platformFees',
    cites: [CULTURE_8],
    verified: REVIEWED,
  },
  {
    id: 'permit.audiovisual',
    requirement: 'audiovisualLicense',
    when: sec('audiovisual'),
    status: 'required',
    basis: LAW,
    text: '提供视听节目须有信息网络传播视听节目许可证（经省广电局报国家广电总局审批）；申请者须为国有独资或国有控股单位，民营企业通常只能借助持证平台提供。',
    cites: ['S20 视听许可证须国有独资或控股', 'B20 《互联网视听节目服务管理规定》第七条、第十条'],
    wechat: { text: '微信「文娱-其他视频」类目要求 6 选 1，其中面向民营企业的是该许可证或广播电视节目制作经营许可证。', cites: ['A8 文娱-其他视频 类目（6选1）'] },
    verified: REVIEWED,
  },
  {
    id: 'permit.courseVideo',
    requirement: 'audiovisualLicense',
    when: all(paidCourses, open('recordedCourses')),
    status: 'depends',
    basis: LAW,
    text: '付费课程只有直播课时不涉及视听节目；有录播视频课时，是否算需要视听许可证的「视听节目」尚无定论。',
    question: '付费课程里有没有录播视频课（不只是直播）？',
    fact: 'recordedCourses',
    cites: [SOCIAL_AV],
    verified: REVIEWED,
  },
  {
    id: 'permit.courseVideo.recorded',
    requirement: 'audiovisualLicense',
    when: all(paidCourses, fact('recordedCourses')),
    status: 'consult',
    basis: LAW,
    text: '付费录播课是否算需要视听许可证的「视听节目」尚无官方说法；2016 年规定把社交平台上的视听服务交给持证平台负责。请向省广电局确认。',
    cites: [SOCIAL_AV],
    wechat: {
      text: '微信「教育服务-在线视频课程」类目要求 5 选 1：事业单位法人证书、民办学校办学许可证、视听许可证、全国校外教育培训监管与服务综合平台备案或教育部门批准文件；民营企业多走平台备案路线。',
      cites: ['B1 教育服务-在线视频课程 类目资质（5选1）'],
    },
    fact: 'recordedCourses',
    unsettled: '增补 §8：录播课是否属于视听节目「Unknown」，保持视情况/咨询',
    verified: REVIEWED,
  },
  {
    id: 'permit.game.iap',
    requirement: 'gameApproval',
    when: all(sec('games'), paysInApp),
    status: 'required',
    basis: LAW,
    text: '有内购（虚拟支付）的游戏须取得网络游戏出版物号（版号）后才能上线运营；游戏内容前置审批约 10–30 个工作日。',
    cites: ['A7 《关于移动游戏出版服务管理的通知》（2016）', MINIGAME_APPROVAL],
    wechat: { text: '微信 IAP 游戏发布也要求先有网络游戏出版物号核发单。', cites: ['A7 微信 IAP 游戏发布指引'] },
    effective: '2016-07-01',
    verified: REVIEWED,
  },
  {
    id: 'permit.game.review',
    requirement: 'gameApproval',
    when: all(sec('games'), not(paysInApp)),
    status: 'required',
    basis: LAW,
    text: '只靠广告变现的游戏也要走前置审批（游戏内容介绍审核，约 10–30 个工作日），并按省级新闻出版部门要求做游戏小程序备案；法律是否也要求版号尚未核实。一旦加入内购，就必须先取得版号。',
    cites: ['A7 游戏内容介绍审核；广东省游戏小程序备案', MINIGAME_APPROVAL],
    wechat: { text: '微信对只靠广告变现的小游戏不要求版号。', cites: ['A7 微信 IAA 游戏指引'] },
    verified: REVIEWED,
  },
] as const satisfies readonly RuleRow[]
