/**
 * The bundled sources list: S1–S26 of shared/domain/licensing-reference.md §9, and the
 * sources of its 2026-11 addendum (ids A1…A11, after the addendum's section numbers).
 * Every rule cites ids from this list; a test checks each cited id exists here.
 *
 * Levels, as in the reference: V verified in the official text or a verbatim quote;
 * V-sec via a secondary source that quotes it; P practitioner or vendor view; I inference.
 */

export type SourceLevel = 'V' | 'V-sec' | 'P' | 'I'

export interface Source {
  id: string
  title: string
  issuer: string
  /** ISO date, year-month or year; '' when the source is undated. */
  date: string
  link: string
  level: SourceLevel
}

export const SOURCES = [
  {
    id: 'S1',
    title: '《互联网信息服务管理办法》（国务院令第292号，2024年国务院令第797号修订）',
    issuer: '国务院',
    date: '2000-09-25',
    link: 'https://www.gov.cn/gongbao/content/2011/content_1860864.htm',
    level: 'V',
  },
  {
    id: 'S2',
    title: '《电信业务经营许可管理办法》（工信部令第42号）',
    issuer: '工业和信息化部',
    date: '2017-07-03',
    link: 'https://www.gov.cn/gongbao/content/2017/content_5240090.htm',
    level: 'V',
  },
  {
    id: 'S3',
    title: '《中华人民共和国电信条例》第九条、第十三条',
    issuer: '国务院',
    date: '2016-02-06',
    link: 'http://nnxtl.cn/news/110243.html',
    level: 'V',
  },
  {
    id: 'S4',
    title: '《电信业务分类目录（2015年版）》',
    issuer: '工业和信息化部',
    date: '2015-12-28',
    link: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tg/art/2020/art_e98406cd89844f7e92ea1bcf3b5301e0.html',
    level: 'V-sec',
  },
  {
    id: 'S5',
    title: '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》',
    issuer: '工业和信息化部',
    date: '2023-08-04',
    link: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html',
    level: 'V',
  },
  {
    id: 'S6',
    title: '《关于开展微信小程序备案的通知》及小程序备案指引',
    issuer: '微信公众平台',
    date: '2023-08',
    link: 'https://developers.weixin.qq.com/miniprogram/product/record_guidelines.html',
    level: 'V',
  },
  {
    id: 'S7',
    title: '支付宝小程序 ICP 代备案公告（2023-08-10）与全面开放备案（2023-11-22）',
    issuer: '支付宝开放平台',
    date: '2023-11-22',
    link: 'http://xinwust.com/hulian/11231.html',
    level: 'V',
  },
  {
    id: 'S8',
    title: '内蒙古通信管理局：未备案 APP 自 2024-04-01 起下架、关停、限制更新',
    issuer: '内蒙古通信管理局（内蒙古日报）',
    date: '2024-03-03',
    link: 'http://m.cyberphisher.net/n2/2024/0303/c196667-40762971.html',
    level: 'V',
  },
  {
    id: 'S9',
    title: '关于开展2024年度增值电信业务经营许可年报工作的通知',
    issuer: '重庆市通信管理局',
    date: '2025-01-08',
    link: 'https://cqca.miit.gov.cn/zwgk/tzgg/gggs/art/2025/art_2e9de9b6f2864936ab63c4932f032f93.html',
    level: 'V',
  },
  {
    id: 'S10',
    title: '增值电信业务经营许可证年报申请详解（代办机构）',
    issuer: '52daiban.cn',
    date: '2025',
    link: 'https://www.52daiban.cn/en/2025zeng-zhi-dian-xin-ye-wu-xu-ke-zheng-nian-bao-shen-qing-xiang-jie/',
    level: 'P',
  },
  {
    id: 'S11',
    title: '《关于放开在线数据处理与交易处理业务（经营类电子商务）外资股比限制的通告》（工信部通〔2015〕196号）',
    issuer: '工业和信息化部',
    date: '2015-06-19',
    link: 'http://www.lexology.com/library/detail.aspx?g=3a956a33-5836-4a6a-803f-3e83efad392c',
    level: 'V-sec',
  },
  {
    id: 'S12',
    title: '《外商投资准入特别管理措施（负面清单）》（2019年版）增值电信条目',
    issuer: '国家发展改革委、商务部',
    date: '2019-06-30',
    link: 'https://www.lexology.com/library/detail.aspx?g=1076580d-74a1-4618-bab7-456a638a785d',
    level: 'V-sec',
  },
  {
    id: 'S13',
    title: '《关于开展增值电信业务扩大对外开放试点工作的通告》（工信部通信函〔2024〕107号）',
    issuer: '工业和信息化部',
    date: '2024-04-08',
    link: 'https://www.gov.cn/zhengce/zhengceku/202404/content_6944441.htm',
    level: 'V',
  },
  {
    id: 'S14',
    title: '《外商投资电信企业管理规定》（国务院令第752号修订）',
    issuer: '国务院',
    date: '2022-05-01',
    link: 'https://www.chinalawandpractice.com/2022/04/22/provisions-for-the-administration-of-foreign-invested-telecommunications-enterprises-revised-in-2022',
    level: 'V',
  },
  {
    id: 'S15',
    title: '外商投资负面清单沿革：自贸区清单中的电信、互联网条目',
    issuer: '上海自贸试验区 / 工业和信息化部',
    date: '2014-01-08',
    link: 'https://guanchang.qwyd.net/caishuifagui/1552722816303550_3.html',
    level: 'V-sec',
  },
  {
    id: 'S16',
    title: '微信开放社区官方说明：社交、医疗类目资质与报备审核',
    issuer: '微信开放社区（官方）',
    date: '',
    link: 'https://developers.weixin.qq.com/community/develop/doc/000a46b64e00a8aaa8a95bf3456809',
    level: 'V',
  },
  {
    id: 'S17',
    title: '类目申请资质要求（引微信「电商平台」类目范围）',
    issuer: '腾讯云',
    date: '',
    link: 'https://cloud.tencent.cn/document/product/1078/43316',
    level: 'V',
  },
  {
    id: 'S18',
    title: '微信小程序备案前置审批类型（queryIcpNrlxTypes）与小游戏前置审批',
    issuer: '微信开放平台',
    date: '',
    link: 'https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html',
    level: 'V',
  },
  {
    id: 'S19',
    title: '小程序备案服务内容选择指引',
    issuer: '微信公众平台',
    date: '',
    link: 'https://developers.weixin.qq.com/miniprogram/product/record/receord_category.html',
    level: 'V',
  },
  {
    id: 'S20',
    title: 'HowToLiveBetter 第26章「做一个网站或平台」及「做平台要办哪些证」（二手整理，附官方出处）',
    issuer: 'eternity4719/HowToLiveBetter',
    date: '',
    link: 'https://github.com/eternity4719/HowToLiveBetter',
    level: 'V-sec',
  },
  {
    id: 'S21',
    title: '代办机构与从业者文章（icp-1、0yw、43u、orangekeji、007swz、xhl8、51bz 等）',
    issuer: '多家代办机构',
    date: '',
    link: 'http://expo.0yw.com/mobile/news/show-yfruzyhelz.html',
    level: 'P',
  },
  {
    id: 'S22',
    title: '《网络招聘服务管理规定》（人社部令第44号）与2026年1月五部门招聘信息发布通知',
    issuer: '人力资源社会保障部等',
    date: '2021-03-01',
    link: 'http://www.hzjfms.com/index.php?columnid=24&id=1389',
    level: 'V',
  },
  {
    id: 'S23',
    title: '《网络预约出租汽车经营服务管理暂行办法》第十条',
    issuer: '交通运输部等七部门',
    date: '2016-07-27',
    link: 'https://0477ly.com/newsdetail/news487657.html',
    level: 'V',
  },
  {
    id: 'S24',
    title: '厂商整理的电信业务目录释义与工信部系统业务范围名称',
    issuer: '公开代码中的厂商资料',
    date: '',
    link: 'https://github.com/search?q=%E4%BF%A1%E6%81%AF%E6%9C%8D%E5%8A%A1%E4%B8%9A%E5%8A%A1',
    level: 'P',
  },
  {
    id: 'S25',
    title: '旧版前置审批清单（经营性项目：电子公告、广告业务、网络游戏、电子商务、有偿信息…）',
    issuer: '多家网站',
    date: '',
    link: 'http://www.cljzgol.cn/index.php/a/4537.html',
    level: 'P',
  },
  {
    id: 'S26',
    title: '互联网市场准入许可清单（药品信息、医疗器械网络销售、网约车）',
    issuer: 'qiesuo.cn',
    date: '',
    link: 'http://www.qiesuo.cn/fmqd/xk20.htm',
    level: 'P',
  },
  {
    id: 'A1b',
    title: '工信部办事指南「在线数据处理与交易处理业务」申办条件与业务界定（代办机构转载）',
    issuer: '工业和信息化部（007swz.com 转载）',
    date: '',
    link: 'https://m.007swz.com/news/xinxi/86192.html',
    level: 'V-sec',
  },
  {
    id: 'A3',
    title: '《外商投资准入特别管理措施（负面清单）》第十六、十七条（2020年版）及2024年版施行',
    issuer: '国家发展改革委、商务部',
    date: '2024-11-01',
    link: 'https://mingdingkeji.com/news/zhengce/439.html',
    level: 'V-sec',
  },
  {
    id: 'A4',
    title: '微信「电商平台」类目资质（二选一）：增值电信业务经营许可证或电信与信息服务业务经营许可证',
    issuer: 'HiShop / 桔子科技（从业者）',
    date: '2020-12-18',
    link: 'http://zz988.cn/wxsc/show_1931.html',
    level: 'P',
  },
  {
    id: 'A5',
    title: '支付宝《小程序限制类目及所需资质材料》（存在性经公告核实，内容未核实）',
    issuer: '支付宝开放平台',
    date: '2021-03-09',
    link: 'https://5851388.com/b03al1l/pathhash=0439234c.html',
    level: 'V-sec',
  },
  {
    id: 'A6',
    title: '《单用途商业预付卡管理办法（试行）》（商务部令2012年第9号，2016年修订）及地方商务局备案通知',
    issuer: '商务部',
    date: '2016',
    link: 'https://www.chacewang.com/newsdetail/news91642.html',
    level: 'V-sec',
  },
  {
    id: 'A7',
    title: '《关于移动游戏出版服务管理的通知》与微信「IAP 游戏发布指引」',
    issuer: '国家新闻出版广电总局 / 微信小游戏',
    date: '2016-07-01',
    link: 'https://developers.weixin.qq.com/minigame/introduction/guide/iap.html',
    level: 'V',
  },
  {
    id: 'A8',
    title: '社交应用开展互联网视听节目服务的规定（2016-12）与微信视频类目资质',
    issuer: '国家新闻出版广电总局 / 微信开放社区',
    date: '2016-12-20',
    link: 'https://wxopen.club/topic/61114b5116975ce1af0b9145',
    level: 'V-sec',
  },
  {
    id: 'A11',
    title: '网约车、SaaS、物联网是否需要 EDI：工信部业务界定（转载）',
    issuer: '代办机构转载',
    date: '',
    link: 'https://dsgzf.cn/104.html',
    level: 'P',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof SOURCES)[number]['id']

const BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]))

export function sourceById(id: string): Source | undefined {
  return BY_ID.get(id)
}

export const LEVEL_LABEL: Record<SourceLevel, string> = {
  V: '已核实原文',
  'V-sec': '经转载核实',
  P: '从业者观点',
  I: '推断，未核实',
}
