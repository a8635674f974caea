/**
 * The bundled sources list: S1–S26 of shared/domain/licensing-reference.md §9, and the
 * sources of its 2026-11 addendum (ids A1…A11, after the addendum's section numbers), and B1–B30
 * of the 2026-11b addendum (its §9 table).
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

/**
 * One source per line, in the order of `Source`: id, title, issuer, date, link, level.
 * (Lines rather than objects: the field names would otherwise be repeated in the bundle for
 * every source, about 2 KB of the flow subpackage; SOURCES below gives them back.)
 * A link is written without its `https://` (an `http://` address keeps its scheme); SOURCES
 * puts it back.
 */
type Row = readonly [id: string, title: string, issuer: string, date: string, link: string, level: SourceLevel]

const ROWS = [
  ['S1', '《互联网信息服务管理办法》（国务院令第292号，2024年国务院令第797号修订）', '国务院', '2000-09-25', 'www.gov.cn/gongbao/content/2011/content_1860864.htm', 'V'],
  ['S2', '《电信业务经营许可管理办法》（工信部令第42号）', '工业和信息化部', '2017-07-03', 'www.gov.cn/gongbao/content/2017/content_5240090.htm', 'V'],
  ['S3', '《中华人民共和国电信条例》第九条、第十三条', '国务院', '2016-02-06', 'http://nnxtl.cn/news/110243.html', 'V'],
  ['S4', '《电信业务分类目录（2015年版）》', '工业和信息化部', '2015-12-28', 'www.miit.gov.cn/zwgk/zcwj/wjfb/tg/art/2020/art_e98406cd89844f7e92ea1bcf3b5301e0.html', 'V-sec'],
  ['S5', '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》', '工业和信息化部', '2023-08-04', 'www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html', 'V'],
  ['S6', '《关于开展微信小程序备案的通知》及小程序备案指引', '微信公众平台', '2023-08', 'developers.weixin.qq.com/miniprogram/product/record_guidelines.html', 'V'],
  ['S7', '支付宝小程序 ICP 代备案公告（2023-08-10）与全面开放备案（2023-11-22）', '支付宝开放平台', '2023-11-22', 'http://xinwust.com/hulian/11231.html', 'V'],
  ['S8', '内蒙古通信管理局：未备案 APP 自 2024-04-01 起下架、关停、限制更新', '内蒙古通信管理局（内蒙古日报）', '2024-03-03', 'http://m.cyberphisher.net/n2/2024/0303/c196667-40762971.html', 'V'],
  ['S9', '关于开展2024年度增值电信业务经营许可年报工作的通知', '重庆市通信管理局', '2025-01-08', 'cqca.miit.gov.cn/zwgk/tzgg/gggs/art/2025/art_2e9de9b6f2864936ab63c4932f032f93.html', 'V'],
  ['S10', '增值电信业务经营许可证年报申请详解（代办机构）', '52daiban.cn', '2025', 'www.52daiban.cn/en/2025zeng-zhi-dian-xin-ye-wu-xu-ke-zheng-nian-bao-shen-qing-xiang-jie/', 'P'],
  ['S11', '《关于放开在线数据处理与交易处理业务（经营类电子商务）外资股比限制的通告》（工信部通〔2015〕196号）', '工业和信息化部', '2015-06-19', 'http://www.lexology.com/library/detail.aspx?g=3a956a33-5836-4a6a-803f-3e83efad392c', 'V-sec'],
  ['S12', '《外商投资准入特别管理措施（负面清单）》（2019年版）增值电信条目', '国家发展改革委、商务部', '2019-06-30', 'www.lexology.com/library/detail.aspx?g=1076580d-74a1-4618-bab7-456a638a785d', 'V-sec'],
  ['S13', '《关于开展增值电信业务扩大对外开放试点工作的通告》（工信部通信函〔2024〕107号）', '工业和信息化部', '2024-04-08', 'www.gov.cn/zhengce/zhengceku/202404/content_6944441.htm', 'V'],
  ['S14', '《外商投资电信企业管理规定》（国务院令第752号修订）', '国务院', '2022-05-01', 'www.chinalawandpractice.com/2022/04/22/provisions-for-the-administration-of-foreign-invested-telecommunications-enterprises-revised-in-2022', 'V'],
  ['S15', '外商投资负面清单沿革：自贸区清单中的电信、互联网条目', '上海自贸试验区 / 工业和信息化部', '2014-01-08', 'guanchang.qwyd.net/caishuifagui/1552722816303550_3.html', 'V-sec'],
  ['S16', '微信开放社区官方说明：社交、医疗类目资质与报备审核', '微信开放社区（官方）', '', 'developers.weixin.qq.com/community/develop/doc/000a46b64e00a8aaa8a95bf3456809', 'V'],
  ['S17', '类目申请资质要求（引微信「电商平台」类目范围）', '腾讯云', '', 'cloud.tencent.cn/document/product/1078/43316', 'V'],
  ['S18', '微信小程序备案前置审批类型（queryIcpNrlxTypes）与小游戏前置审批', '微信开放平台', '', 'developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html', 'V'],
  ['S19', '小程序备案服务内容选择指引', '微信公众平台', '', 'developers.weixin.qq.com/miniprogram/product/record/receord_category.html', 'V'],
  ['S20', 'HowToLiveBetter 第26章「做一个网站或平台」及「做平台要办哪些证」（二手整理，附官方出处）', 'eternity4719/HowToLiveBetter', '', 'github.com/eternity4719/HowToLiveBetter', 'V-sec'],
  ['S21', '代办机构与从业者文章（icp-1、0yw、43u、orangekeji、007swz、xhl8、51bz 等）', '多家代办机构', '', 'http://expo.0yw.com/mobile/news/show-yfruzyhelz.html', 'P'],
  ['S22', '《网络招聘服务管理规定》（人社部令第44号）与2026年1月五部门招聘信息发布通知', '人力资源社会保障部等', '2021-03-01', 'http://www.hzjfms.com/index.php?columnid=24&id=1389', 'V'],
  ['S23', '《网络预约出租汽车经营服务管理暂行办法》第十条', '交通运输部等七部门', '2016-07-27', '0477ly.com/newsdetail/news487657.html', 'V'],
  ['S24', '厂商整理的电信业务目录释义与工信部系统业务范围名称', '公开代码中的厂商资料', '', 'github.com/search?q=%E4%BF%A1%E6%81%AF%E6%9C%8D%E5%8A%A1%E4%B8%9A%E5%8A%A1', 'P'],
  ['S25', '旧版前置审批清单（经营性项目：电子公告、广告业务、网络游戏、电子商务、有偿信息…）', '多家网站', '', 'http://www.cljzgol.cn/index.php/a/4537.html', 'P'],
  ['S26', '互联网市场准入许可清单（药品信息、医疗器械网络销售、网约车）', 'qiesuo.cn', '', 'http://www.qiesuo.cn/fmqd/xk20.htm', 'P'],
  ['A1b', '工信部办事指南「在线数据处理与交易处理业务」申办条件与业务界定（代办机构转载）', '工业和信息化部（007swz.com 转载）', '', 'm.007swz.com/news/xinxi/86192.html', 'V-sec'],
  ['A3', '《外商投资准入特别管理措施（负面清单）》第十六、十七条（2020年版）及2024年版施行', '国家发展改革委、商务部', '2024-11-01', 'mingdingkeji.com/news/zhengce/439.html', 'V-sec'],
  ['A4', '微信「电商平台」类目资质（二选一）：增值电信业务经营许可证或电信与信息服务业务经营许可证', 'HiShop / 桔子科技（从业者）', '2020-12-18', 'http://zz988.cn/wxsc/show_1931.html', 'P'],
  ['A5', '支付宝《小程序限制类目及所需资质材料》（存在性经公告核实，内容未核实）', '支付宝开放平台', '2021-03-09', '5851388.com/b03al1l/pathhash=0439234c.html', 'V-sec'],
  ['A6', '《单用途商业预付卡管理办法（试行）》（商务部令2012年第9号，2016年修订）及地方商务局备案通知', '商务部', '2016', 'www.chacewang.com/newsdetail/news91642.html', 'V-sec'],
  ['A7', '《关于移动游戏出版服务管理的通知》与微信「IAP 游戏发布指引」', '国家新闻出版广电总局 / 微信小游戏', '2016-07-01', 'developers.weixin.qq.com/minigame/introduction/guide/iap.html', 'V'],
  ['A8', '社交应用开展互联网视听节目服务的规定（2016-12）与微信视频类目资质', '国家新闻出版广电总局 / 微信开放社区', '2016-12-20', 'wxopen.club/topic/61114b5116975ce1af0b9145', 'V-sec'],
  ['A11', '网约车、SaaS、物联网是否需要 EDI：工信部业务界定（转载）', '代办机构转载', '', 'dsgzf.cn/104.html', 'P'],
  // ── addendum 2026-11b §9: AI content, personal entities, virtual payment, pilot zones, offices ──
  
  ['B1', '微信《非个人主体小程序开放的服务类目》（含深度合成、电商平台、预付卡；2026-02-21 副本）', '微信公众平台（GitHub catforpy/wechat-mini-program-B 副本）', '2026-02-21', 'github.com/catforpy/wechat-mini-program-B', 'V-sec'],
  ['B2', '微信《个人主体小程序开放的服务类目》（2026-02-21 副本）', '微信公众平台（同一副本）', '2026-02-21', 'github.com/catforpy/wechat-mini-program-B', 'V-sec'],
  ['B3', '【深度合成-AI绘画、深度合成-AI换脸、深度合成-AI问答】修改指引说明（官方）及个人主体类目的官方答复', '微信开放社区', '', 'developers.weixin.qq.com/community/develop/doc/000eac48498a3084b3902193a69409', 'V'],
  ['B4', '《互联网信息服务深度合成管理规定》第十七条、第十九条（编辑人脸、人声须单独同意），见网信办备案公告及报道', '国家网信办、工业和信息化部、公安部', '2022-11-03', 'fashion.jnbw.org.cn/shishang/2023/0620/131361.html', 'V-sec'],
  ['B5', '《生成式人工智能服务管理暂行办法》第二条、第十七条、第二十二条', '国家网信办等七部门', '2023-07-10', 'www.gov.cn/zhengce/zhengceku/202307/content_6891752.htm', 'V-sec'],
  ['B6', '生成式人工智能服务备案、登记公告与上线展示要求', '广东省网信办；国家网信办（新华社）；央视（联合新闻网）', '2024-04', 'cagd.gov.cn/v/2024/04/4859.html', 'V'],
  ['B7', '《人工智能生成合成内容标识办法》（国信办通字〔2025〕2号）第三条至第十条', '国家网信办、工业和信息化部、公安部、国家广播电视总局', '2025-03-14', 'www.gov.cn/zhengce/zhengceku/202503/content_7014286.htm', 'V-sec'],
  ['B8', 'GB 45438-2025《网络安全技术 人工智能生成合成内容标识方法》5.3、第 6 章', '国家标准（全国网络安全标准化技术委员会）', '2025', 'www.tc260.org.cn/upload/2025-03-15/1742009439794081593.pdf', 'V-sec'],
  ['B9', '《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》第二条', '国家网信办等', '2018-11-15', 'www.cac.gov.cn/2018-11/15/c_1123716072.htm', 'V-sec'],
  ['B10', '《互联网信息服务算法推荐管理规定》第二十四条；算法备案系统上线', '国家网信办等（网信中国）', '2021-12-31', 'www.olppe.com/guoji/20220228/2832874.html', 'V-sec'],
  ['B11', '微信小程序虚拟支付文档（企业/个体户、个人、iOS 端接入）；苹果小程序合作计划与微信 iOS 通知的报道', '微信；21世纪经济报道、北京商报', '2026', 'developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/virtual-payment', 'V'],
  ['B12', '小程序虚拟支付接入指引（2026-02-27 通知摘要）', '微信开放社区开发者文章', '2026-03', 'developers.weixin.qq.com/community/develop/article/doc/00006845ce4860bedcb4d5eed61813', 'P'],
  ['B13', '常见问题：个人认证将无法申请微信支付', '腾讯云开发 CloudBase 文档', '', 'docs.cloudbase.net/en/tags/限制', 'V'],
  ['B14', '小游戏注册：可注册的主体类型', '微信', '', 'developers.weixin.qq.com/minigame/en/introduction/guide', 'V'],
  ['B15', '支付宝小程序支付准入条件（支付宝文档副本）', '支付宝（showdoc 副本）', '', 'www.showdoc.com.cn/817563107857167/4637240896179119', 'V-sec'],
  ['B16', '工信部通信函〔2024〕107号全文、试点启动与上海首批获批', '工业和信息化部；上海证券报；中国日报（浦东）', '2024-04-08', 'freewechat.com/a/MjM5OTUwMTc2OA==/2650906869/', 'V-sec'],
  ['B17', '《加快推进服务业扩大开放综合试点工作方案》（商资函〔2025〕84号）；工信部在国新办发布会的说明；2022 年北京的调整', '商务部、国务院；工业和信息化部', '2025-04-11', 'www.339778.com/dongtai/yaowen/202504/t20250423_3561819.shtml', 'V-sec'],
  ['B18', '《关于支持浦东新区高水平改革开放打造社会主义现代化建设引领区的意见》（仅标题）；海南全岛封关', '中共中央、国务院；期刊', '2021-07-15', 'www.gov.cn/zhengce/2021-07/15/content_5625272.htm', 'V-sec'],
  ['B19', '从业者文章：AI 与 ICP 许可证，备案与登记的区别', '1ine.cn、icp-edi.com、大通天成', '2025', 'www.1ine.cn/ask/43669.html', 'P'],
  ['B20', '《互联网文化管理暂行规定》第八条与《互联网视听节目服务管理规定》第七条（微信文档引用）、第十条', '微信文档；代办机构副本', '2011', 'developers.weixin.qq.com/minigame/product/material/wenyu/yinyue.html', 'V-sec'],
  ['B21', '《网络出版服务管理规定》第九条至第十六条', '国家新闻出版广电总局、工业和信息化部', '2016-02-04', 'xuebao.whpu.edu.cn/info/1010/1113_6.htm', 'V-sec'],
  ['B22', '《互联网新闻信息服务管理规定》（国家网信办令第1号）第六条、第七条', '国家网信办', '2017-05-02', 'crsrw.com/falvyuanzhu/43110.html', 'V-sec'],
  ['B23', '《互联网药品信息服务管理办法》第五条、第六条', '国家药品监督管理局（2017 年修订）', '2004', 'www.hghgh.cn/detail/222.html', 'V-sec'],
  ['B24', '《人力资源服务机构管理规定》（人社部令第50号）第三条、第五条', '人力资源社会保障部', '2023-06-29', 'www.btfans.org/?show=1649', 'V-sec'],
  ['B25', '问答：网约车经营许可到哪里申请', '奈曼旗人民政府（转自通辽市政府网）', '2025-01-14', 'www.naimanqi.gov.cn/jlhd/zcwdk/ggsy/202501/t20250114_917431.html', 'V'],
  ['B26', '《互联网宗教信息服务管理办法》（国家宗教事务局令第17号）；浙江省实施细则', '国家宗教事务局；浙江省民宗委等', '2021-12-03', 'qianyancaifu.com/news/china/412740.html', 'V'],
  ['B27', '关于仅销售预包装食品事后备案的通告（2021年第160号）', '广东省市场监督管理局', '2021-07-23', 'm.nntyqh.com/kpsscjdgljzww/zwgk/rdyw/content/post_2377234.html', 'V-sec'],
  ['B28', '关于进一步规范人工智能生成合成内容标识的公告；线上学科类培训机构由备案改为审批', '微信珊瑚安全；教育部等六部门（新京报）', '2025-08-31', 'www.top168.com/news/show-561263.html', 'V-sec'],
  ['B29', '《人工智能拟人化互动服务管理暂行办法（征求意见稿）》', '国家网信办（新华社）', '2025-12-27', 'www.newsw.cc/a1766823896-7b65d1b35a13.html', 'V-sec'],
  ['B30', 'extend.AI 常见问题 4.1（AI 问答的备案材料）', '微信云开发文档', '', 'developers.weixin.qq.com/minigame/dev/wxcloud/guide/extensions/extend/ai.html', 'V'],
] as const satisfies readonly Row[]

export const SOURCES: readonly Source[] = ROWS.map(([id, title, issuer, date, link, level]) => ({
  id,
  title,
  issuer,
  date,
  link: link.startsWith('http://') ? link : `https://${link}`,
  level,
}))

export type SourceId = (typeof ROWS)[number][0]

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
