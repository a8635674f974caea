/**
 * The bundled sources, one per instrument, each named after it (`miit-42` for 《电信业务经营许可管理办法》
 * 工信部令第42号, `pipl`, `wechat-categories` …): never a code a lawyer would read as something else
 * (the reference's S/A/B/E ids; B21/B25 are the telecom catalogue's EDI and ICP). docs/sources-map.md
 * maps the reference's ids to these; `ref` names the reference id each came from.
 * Every rule cites ids from this list (a cite to a missing id fails to compile).
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
  /** The address; '' where the reference records none. */
  link: string
  level: SourceLevel
  /** The reference's id(s) it came from (S…, A…, B…, E…; "(part n)" for one instrument of a split id). */
  ref: string
}

export const SOURCES = [
  // ── Laws (全国人大及其常委会) ────────────────────────────────────────────────────────────────
  { id: 'pipl', title: '《中华人民共和国个人信息保护法》', issuer: '全国人民代表大会常务委员会', date: '2021-08-20', link: 'https://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html', level: 'V-sec', ref: 'E1' },
  // Addendum 2026-12 §0.1 item 2: the text in force is the 2025 amendment; its article numbers (等级保护 第二十三条, 实名 第二十六条, per one secondary source) are unconfirmed.
  { id: 'cybersecurity-law', title: '《中华人民共和国网络安全法》（2016年11月7日通过，2025年10月28日修正，2026年1月1日起施行；修正后条文编号未经官方文本核实）', issuer: '全国人民代表大会常务委员会', date: '2025-10-28', link: 'https://www.cac.gov.cn/2026-01/02/c_1769093523928606.htm', level: 'V-sec', ref: 'E34' },
  { id: 'ecommerce-law', title: '《中华人民共和国电子商务法》', issuer: '全国人民代表大会常务委员会', date: '2018-08-31', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E14' },
  { id: 'consumer-protection-law', title: '《中华人民共和国消费者权益保护法》（2013年修正）', issuer: '全国人民代表大会常务委员会', date: '2013-10-25', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E15' },
  { id: 'advertising-law', title: '《中华人民共和国广告法》（2015年修订，2018年、2021年修正）', issuer: '全国人民代表大会常务委员会', date: '2021-04-29', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E25' },
  { id: 'minors-protection-law', title: '《中华人民共和国未成年人保护法》（2020年修订，2024年修正）', issuer: '全国人民代表大会常务委员会', date: '2024-04-26', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E29' },
  // Added on the outside review (issue 22): paid stock tips are 证券投资咨询, which the statute reserves to firms the CSRC approves.
  { id: 'securities-law', title: '《中华人民共和国证券法》（2019年修订）', issuer: '全国人民代表大会常务委员会', date: '2019-12-28', link: '', level: 'V-sec', ref: 'issue 22 (outside review)' },
  { id: 'private-education-law', title: '《中华人民共和国民办教育促进法》（2018年修正）', issuer: '全国人民代表大会常务委员会', date: '2018', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E44 (part 2)' },

  // ── State Council regulations (国务院) ───────────────────────────────────────────────────────
  { id: 'telecom-regulations', title: '《中华人民共和国电信条例》（2014年、2016年修订）', issuer: '国务院', date: '2016-02-06', link: 'http://nnxtl.cn/news/110243.html', level: 'V', ref: 'S3' },
  { id: 'internet-info-services-measures', title: '《互联网信息服务管理办法》（国务院令第292号，2024年国务院令第797号修订）', issuer: '国务院', date: '2000-09-25', link: 'https://www.gov.cn/gongbao/content/2011/content_1860864.htm', level: 'V', ref: 'S1' },
  { id: 'fie-telecom-provisions', title: '《外商投资电信企业管理规定》（2022年国务院令第752号修订）', issuer: '国务院', date: '2022-05-01', link: 'https://www.chinalawandpractice.com/2022/04/22/provisions-for-the-administration-of-foreign-invested-telecommunications-enterprises-revised-in-2022', level: 'V', ref: 'S14' },
  { id: 'network-data-security-regulations', title: '《网络数据安全管理条例》（国务院令第790号）', issuer: '国务院', date: '2024-09-24', link: 'https://www.gov.cn/zhengce/content/202409/content_6977766.htm', level: 'V-sec', ref: 'E2' },
  { id: 'minors-online-protection-regulations', title: '《未成年人网络保护条例》（国务院令第766号）', issuer: '国务院', date: '2023-10', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E28' },
  { id: 'non-bank-payment-regulations', title: '《非银行支付机构监督管理条例》（国务院令第768号）', issuer: '国务院', date: '2023-12-09', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E32' },
  // Added on the outside review (issue 22): the national law the food permit rests on, in every province.
  { id: 'food-safety-law', title: '《中华人民共和国食品安全法》（2021年修正）第三十五条', issuer: '全国人民代表大会常务委员会', date: '2021-04-29', link: '', level: 'V-sec', ref: 'issue 22 (outside review)' },
  { id: 'medical-devices-regulations', title: '《医疗器械监督管理条例》（国务院令第739号）', issuer: '国务院', date: '2021', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E19 (part 1)' },
  { id: 'medical-institutions-regulations', title: '《医疗机构管理条例》（2016年修订）', issuer: '国务院', date: '2016', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E44 (part 1)' },

  // ── Departmental rules with an order number (部门规章，令) ──────────────────────────────────────
  { id: 'miit-42', title: '《电信业务经营许可管理办法》（工业和信息化部令第42号）', issuer: '工业和信息化部', date: '2017-07-03', link: 'https://www.gov.cn/gongbao/content/2017/content_5240090.htm', level: 'V', ref: 'S2' },
  // Quoted in WeChat's filing guide; one rule cites its 第十一条 by name.
  { id: 'mii-33', title: '《非经营性互联网信息服务备案管理办法》（信息产业部令第33号，2024年工业和信息化部令第68号修订）', issuer: '信息产业部', date: '', link: 'https://developers.weixin.qq.com/miniprogram/product/record_guidelines.html', level: 'V', ref: 'S6 (part 4, quoted in the filing guide)' },
  { id: 'mohrss-44', title: '《网络招聘服务管理规定》（人力资源社会保障部令第44号）', issuer: '人力资源社会保障部', date: '2021-03-01', link: 'http://www.hzjfms.com/index.php?columnid=24&id=1389', level: 'V', ref: 'S22 (part 1)' },
  { id: 'mohrss-50', title: '《人力资源服务机构管理规定》（人力资源社会保障部令第50号）', issuer: '人力资源社会保障部', date: '2023-06-29', link: 'https://www.btfans.org/?show=1649', level: 'V-sec', ref: 'B24' },
  { id: 'mofcom-2012-9', title: '《单用途商业预付卡管理办法（试行）》（商务部令2012年第9号，商务部令2016年第2号修订）', issuer: '商务部', date: '2016', link: 'https://www.chacewang.com/newsdetail/news91642.html', level: 'V-sec', ref: 'A6 (part 1)' },
  { id: 'cac-1', title: '《互联网新闻信息服务管理规定》（国家互联网信息办公室令第1号）', issuer: '国家互联网信息办公室', date: '2017-05-02', link: 'https://crsrw.com/falvyuanzhu/43110.html', level: 'V-sec', ref: 'B22' },
  { id: 'cac-12', title: '《互联网信息服务深度合成管理规定》（国家互联网信息办公室、工业和信息化部、公安部令第12号）', issuer: '国家互联网信息办公室、工业和信息化部、公安部', date: '2022-11-03', link: 'https://fashion.jnbw.org.cn/shishang/2023/0620/131361.html', level: 'V-sec', ref: 'B4' },
  { id: 'cac-19', title: '《人脸识别技术应用安全管理办法》（国家互联网信息办公室、公安部令第19号）', issuer: '国家互联网信息办公室、公安部', date: '2025-06-01', link: 'https://www.hainanjubao.cn/xinwen/show-3246.html', level: 'V-sec', ref: 'E6 (part 1)' },
  { id: 'sara-17', title: '《互联网宗教信息服务管理办法》（国家宗教事务局令第17号）', issuer: '国家宗教事务局', date: '2021-12-03', link: 'https://qianyancaifu.com/news/china/412740.html', level: 'V', ref: 'B26 (part 1)' },
  { id: 'samr-21', title: '《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》（国家市场监督管理总局令第21号）', issuer: '国家市场监督管理总局', date: '2019-12-24', link: 'https://flfgsc.cn', level: 'V-sec', ref: 'E27' },
  { id: 'samr-54', title: '《医疗器械经营监督管理办法》（国家市场监督管理总局令第54号）', issuer: '国家市场监督管理总局', date: '2022-05-01', link: 'https://github.com/LawRefBook/Laws', level: 'V-sec', ref: 'E19 (part 2)' },
  { id: 'samr-58', title: '《药品网络销售监督管理办法》（国家市场监督管理总局令第58号）', issuer: '国家市场监督管理总局', date: '2022-08-03', link: 'https://www.dongshibiao.com/listing/lawsshow_pi.php?id=3226', level: 'V-sec', ref: 'E21' },
  { id: 'samr-72', title: '《互联网广告管理办法》（国家市场监督管理总局令第72号）', issuer: '国家市场监督管理总局', date: '2023-05-01', link: 'https://www.hotds.com/news/html/65252.html', level: 'V-sec', ref: 'E26 (part 1)' },
  { id: 'samr-117', title: '《直播电商监督管理办法》（国家市场监督管理总局、国家互联网信息办公室令第117号）', issuer: '国家市场监督管理总局、国家互联网信息办公室', date: '2025-12-18', link: 'https://www.cac.gov.cn/2026-01/07/c_1769516655383334.htm', level: 'V-sec', ref: 'E24' },
  { id: 'cfda-27', title: '《网络食品安全违法行为查处办法》（原国家食品药品监督管理总局令第27号，2021年修正）', issuer: '原国家食品药品监督管理总局', date: '2016', link: 'https://www.shijieshipin.com/zhengce/show-17977.html', level: 'V-sec', ref: 'E17 (part 1)' },
  { id: 'cfda-38', title: '《医疗器械网络销售监督管理办法》（原国家食品药品监督管理总局令第38号）', issuer: '原国家食品药品监督管理总局', date: '2018-03-01', link: 'https://www.jianbiaoku.com/webarbs/book/164436/4713934.shtml', level: 'V-sec', ref: 'E18' },
  { id: 'moh-66', title: '《互联网医疗保健信息服务管理办法》（卫生部令第66号；现行效力未确认）', issuer: '卫生部', date: '2009', link: 'https://www.fymate.cn/html/text/lar/172019/17201944_2.html', level: 'V-sec', ref: 'E45' },

  // ── Other departmental rules, measures and standards (no order number in the reference) ─────────
  { id: 'ride-hailing-measures', title: '《网络预约出租汽车经营服务管理暂行办法》', issuer: '交通运输部等七部门', date: '2016-07-27', link: 'https://0477ly.com/newsdetail/news487657.html', level: 'V', ref: 'S23' },
  { id: 'internet-culture-provisions', title: '《互联网文化管理暂行规定》', issuer: '文化部（经微信文档引用）', date: '2011', link: 'https://developers.weixin.qq.com/minigame/product/material/wenyu/yinyue.html', level: 'V-sec', ref: 'B20 (part 1)' },
  { id: 'internet-av-provisions', title: '《互联网视听节目服务管理规定》', issuer: '国家广播电影电视总局、信息产业部（代办机构副本）', date: '2007', link: 'https://m.schkd.com/newsarticle/27761.html', level: 'V-sec', ref: 'B20 (part 2)' },
  { id: 'online-publishing-provisions', title: '《网络出版服务管理规定》', issuer: '国家新闻出版广电总局、工业和信息化部', date: '2016-02-04', link: 'https://xuebao.whpu.edu.cn/info/1010/1113_6.htm', level: 'V-sec', ref: 'B21' },
  // §0.1 item 1 of the 2026-12 addendum: the certificate became a filing on 2025-12-22 (drug-device-info-filing-provisions).
  { id: 'internet-drug-info-measures', title: '《互联网药品信息服务管理办法》（2017年修正；资格证书自2025-12-22起改为备案）', issuer: '国家药品监督管理局（2017年修正）', date: '2004', link: 'https://www.hghgh.cn/detail/222.html', level: 'V-sec', ref: 'B23' },
  { id: 'drug-device-info-filing-provisions', title: '《互联网药品医疗器械信息服务备案管理规定》（国家药监局公告2025年第123号）', issuer: '国家药品监督管理局', date: '2025-12-22', link: 'https://chines.org.cn/?p=7956', level: 'V-sec', ref: 'E20' },
  { id: 'genai-measures', title: '《生成式人工智能服务管理暂行办法》', issuer: '国家互联网信息办公室等七部门', date: '2023-07-10', link: 'https://www.gov.cn/zhengce/zhengceku/202307/content_6891752.htm', level: 'V-sec', ref: 'B5' },
  { id: 'algorithm-recommendation-provisions', title: '《互联网信息服务算法推荐管理规定》', issuer: '国家互联网信息办公室等', date: '2021-12-31', link: 'https://www.olppe.com/guoji/20220228/2832874.html', level: 'V-sec', ref: 'B10' },
  { id: 'security-assessment-provisions', title: '《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》', issuer: '国家互联网信息办公室等', date: '2018-11-15', link: 'https://www.cac.gov.cn/2018-11/15/c_1123716072.htm', level: 'V-sec', ref: 'B9' },
  { id: 'ai-labelling-measures', title: '《人工智能生成合成内容标识办法》（国信办通字〔2025〕2号）', issuer: '国家互联网信息办公室、工业和信息化部、公安部、国家广播电视总局', date: '2025-03-14', link: 'https://www.gov.cn/zhengce/zhengceku/202503/content_7014286.htm', level: 'V-sec', ref: 'B7' },
  { id: 'gb-45438-2025', title: 'GB 45438-2025《网络安全技术 人工智能生成合成内容标识方法》', issuer: '国家标准（全国网络安全标准化技术委员会）', date: '2025', link: 'https://www.tc260.org.cn/upload/2025-03-15/1742009439794081593.pdf', level: 'V-sec', ref: 'B8' },
  // §0.1 item 5: final text replaces the draft (B29); one instrument, one id.
  { id: 'ai-companion-measures', title: '《人工智能拟人化互动服务管理暂行办法》（2026-07-15起施行；2025-12-27曾发布征求意见稿）', issuer: '国家互联网信息办公室、国家发展改革委、工业和信息化部、公安部、国家市场监督管理总局', date: '2026-04-10', link: 'https://www.cac.gov.cn/2026-04/10/c_1777558395078289.htm', level: 'V-sec', ref: 'B29 (draft), E37 (final)' },
  { id: 'necessary-pi-scope-provisions', title: '《常见类型移动互联网应用程序必要个人信息范围规定》', issuer: '国家互联网信息办公室、工业和信息化部、公安部、国家市场监督管理总局', date: '2021-03-12', link: 'https://m.gsky-link.com.cn/help/451.htm', level: 'V-sec', ref: 'E5' },
  { id: 'pi-compliance-audit-measures', title: '《个人信息保护合规审计管理办法》', issuer: '国家互联网信息办公室', date: '2025-02', link: 'https://m.hooverssubs.com/13/15130.html', level: 'V-sec', ref: 'E3' },
  { id: 'live-marketing-measures', title: '《网络直播营销管理办法（试行）》（国信办发文〔2021〕5号）', issuer: '国家互联网信息办公室等七部门', date: '2021-05-25', link: 'https://crsrw.com/falvchangshi/19912.html', level: 'V-sec', ref: 'E22' },
  { id: 'mlps-measures', title: '《信息安全等级保护管理办法》（公通字〔2007〕43号）', issuer: '公安部、国家保密局、国家密码管理局、国务院信息办', date: '2007-06-22', link: 'https://popmeili.com', level: 'V-sec', ref: 'E35 (part 1)' },
  { id: 'internet-hospital-measures', title: '《互联网医院管理办法（试行）》', issuer: '国家卫生健康委员会', date: '2018', link: 'https://www.qingchen.cn/news/7886.html', level: 'V-sec', ref: 'E35 (part 2)' },

  // ── Catalogues and negative lists ─────────────────────────────────────────────────────────────
  { id: 'telecom-catalogue-2015', title: '《电信业务分类目录（2015年版）》', issuer: '工业和信息化部', date: '2015-12-28', link: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tg/art/2020/art_e98406cd89844f7e92ea1bcf3b5301e0.html', level: 'V-sec', ref: 'S4' },
  { id: 'negative-list-2019', title: '《外商投资准入特别管理措施（负面清单）（2019年版）》', issuer: '国家发展改革委、商务部', date: '2019-06-30', link: 'https://www.lexology.com/library/detail.aspx?g=1076580d-74a1-4618-bab7-456a638a785d', level: 'V-sec', ref: 'S12' },
  { id: 'negative-list-2020', title: '《外商投资准入特别管理措施（负面清单）（2020年版）》', issuer: '国家发展改革委、商务部', date: '2020', link: 'https://mingdingkeji.com/news/zhengce/439.html', level: 'V-sec', ref: 'A3 (part 1)' },
  { id: 'negative-list-2024', title: '《外商投资准入特别管理措施（负面清单）（2024年版）》（国家发展改革委、商务部令第23号，2024-11-01起施行；电信条目原文未核实）', issuer: '国家发展改革委、商务部', date: '2024-09-06', link: 'http://lnedubook.cn/anquanshipanpeizimenhuwang/61191.html', level: 'V-sec', ref: 'A3 (part 2)' },
  { id: 'ftz-negative-list', title: '上海自贸试验区外商投资负面清单（电信、互联网条目）', issuer: '上海自贸试验区', date: '2013', link: 'https://guanchang.qwyd.net/caishuifagui/1552722816303550_3.html', level: 'V-sec', ref: 'S15 (part 1)' },

  // ── Ministries' and central notices, opinions, announcements ────────────────────────────────────
  { id: 'miit-app-filing-notice-2023', title: '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》', issuer: '工业和信息化部', date: '2023-08-04', link: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html', level: 'V', ref: 'S5' },
  { id: 'miit-edi-service-guide', title: '工业和信息化部办事指南：在线数据处理与交易处理业务（申办条件、实施主体）', issuer: '工业和信息化部（007swz.com 转载）', date: '', link: 'https://m.007swz.com/news/xinxi/86192.html', level: 'V-sec', ref: 'A1b (part 1)' },
  { id: 'ecommerce-fdi-notice-2015', title: '《关于放开在线数据处理与交易处理业务（经营类电子商务）外资股比限制的通告》（工信部通〔2015〕196号）', issuer: '工业和信息化部', date: '2015-06-19', link: 'http://www.lexology.com/library/detail.aspx?g=3a956a33-5836-4a6a-803f-3e83efad392c', level: 'V-sec', ref: 'S11' },
  { id: 'vats-pilot-notice-2024', title: '《关于开展增值电信业务扩大对外开放试点工作的通告》（工信部通信函〔2024〕107号）', issuer: '工业和信息化部', date: '2024-04-08', link: 'https://www.gov.cn/zhengce/zhengceku/202404/content_6944441.htm', level: 'V', ref: 'S13, B16' },
  { id: 'ftz-telecom-opening-opinions-2014', title: '工业和信息化部与上海市关于上海自贸试验区增值电信业务对外开放的意见（2014）', issuer: '工业和信息化部、上海市', date: '2014-01-08', link: 'https://global.chinadaily.com.cn/china/2014-01/08/content_17221769.htm', level: 'V', ref: 'S15 (part 2)' },
  { id: 'services-opening-pilot-plan-2025', title: '《加快推进服务业扩大开放综合试点工作方案》（商资函〔2025〕84号）', issuer: '商务部（经国务院批准）', date: '2025-04-11', link: 'https://www.339778.com/dongtai/yaowen/202504/t20250423_3561819.shtml', level: 'V-sec', ref: 'B17 (part 1)' },
  { id: 'miit-scio-briefing-2025', title: '工业和信息化部在国务院新闻办公室发布会上关于增值电信业务开放的说明（2025-04-21）', issuer: '工业和信息化部', date: '2025-04-21', link: 'https://www.qubk.net/news/YlgXmM3Vqj.html', level: 'V-sec', ref: 'B17 (part 2)' },
  { id: 'beijing-pilot-adjustment-2022', title: '国务院2022年对北京服务业扩大开放的调整（应用商店仅限中关村海淀园）', issuer: '国务院', date: '2022-10', link: 'https://m.jrlcb.cn/p/127259.html', level: 'V-sec', ref: 'B17 (part 3)' },
  { id: 'pudong-leading-zone-opinion-2021', title: '《关于支持浦东新区高水平改革开放打造社会主义现代化建设引领区的意见》（仅核实标题）', issuer: '中共中央、国务院', date: '2021-07-15', link: 'https://www.gov.cn/zhengce/2021-07/15/content_5625272.htm', level: 'V-sec', ref: 'B18 (part 1)' },
  { id: 'hainan-customs-closure-2025', title: '海南自由贸易港全岛封关运作（2025-12-18起）', issuer: '期刊报道', date: '2025-12-18', link: 'https://www.xf51223.com/2025/1217/744345.shtml', level: 'V-sec', ref: 'B18 (part 2)' },
  { id: 'nppa-mobile-games-notice-2016', title: '《国家新闻出版广电总局办公厅关于移动游戏出版服务管理的通知》', issuer: '国家新闻出版广电总局办公厅', date: '2016-07-01', link: 'https://milantiyu104.com/xinwenzixun/233.html', level: 'V-sec', ref: 'A7 (part 1)' },
  { id: 'sapprft-social-av-notice-2016', title: '国家新闻出版广电总局通知：社交应用开展互联网视听节目服务（2016-12）', issuer: '国家新闻出版广电总局', date: '2016-12-20', link: 'http://m.aiborain.com/news_html/201612/20161220/news_20161220_2693038.shtml', level: 'V-sec', ref: 'A8 (part 1)' },
  { id: 'recruitment-info-notice-2026', title: '2026年1月五部门招聘信息发布通知', issuer: '五部门（新华网报道）', date: '2026-01', link: 'http://big5.news.cn/gate/big5/education.news.cn/20260113/ababe0e3f44d4fa58ee991ddd80c0a4e/c.html', level: 'V', ref: 'S22 (part 2)' },
  { id: 'double-reduction-opinion-2021', title: '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》', issuer: '中共中央办公厅、国务院办公厅', date: '2021-07-24', link: 'https://www.cititic.com/news/mm/1625532-20210724.htm', level: 'V-sec', ref: 'E43 (part 1)' },
  { id: 'online-tutoring-approval-2021', title: '教育部等六部门：线上学科类培训机构由备案改为审批（2021-09）', issuer: '教育部等六部门（新京报报道）', date: '2021-09', link: 'https://www.zhzk666.com/index/show-2411115.html', level: 'V-sec', ref: 'B28 (part 2)' },
  { id: 'tutoring-non-profit-registration-2021', title: '教育部等三部门：义务教育阶段学科类校外培训机构于2021年底前登记为非营利性机构（2021-09）', issuer: '教育部等三部门（光明日报报道）', date: '2021-09', link: '', level: 'V-sec', ref: 'E43 (part 4)' },
  { id: 'cac-genai-filing-2025-04', title: '国家网信办生成式人工智能服务备案、登记信息公告（2025-04-08）', issuer: '国家互联网信息办公室（新华社报道）', date: '2025-04-08', link: 'https://www.yxiu.cn/finance/jujiao/553207.html', level: 'V-sec', ref: 'B6 (part 2)' },
  { id: 'cac-genai-filing-2025-09', title: '生成式人工智能服务备案、登记情况（2025-09-01）', issuer: '国家互联网信息办公室（央视报道，联合新闻网转载）', date: '2025-09-01', link: 'https://udn.com/news/story/7333/8975458', level: 'V-sec', ref: 'B6 (part 3)' },
  { id: 'pi-officer-reporting-announcement-2025', title: '国家网信办关于开展个人信息保护负责人信息报送工作的公告', issuer: '国家互联网信息办公室', date: '2025-07-18', link: 'https://www.163.com/dy/article/K4PF5J6B05129QAF.html', level: 'V-sec', ref: 'E4' },
  { id: 'face-recognition-filing-announcement-2025', title: '国家网信办人脸识别技术应用备案公告（2025-05）', issuer: '国家互联网信息办公室', date: '2025-05-30', link: 'https://www.cac.gov.cn/2025-05/30/c_1750315544241157.htm', level: 'V-sec', ref: 'E6 (part 2)' },
  { id: 'cac-live-streaming-filing-notice-2017', title: '国家网信办通知：网络直播服务提供者向属地网信办登记备案（2017）', issuer: '国家互联网信息办公室', date: '2017-07', link: 'https://www.ubsunuv.cn/article/341.html', level: 'V-sec', ref: 'E23 (part 1)' },
  { id: 'live-streaming-services-notice-2018', title: '《关于加强网络直播服务管理工作的通知》', issuer: '六部门（新华社报道）', date: '2018-08', link: 'https://a3658.cn/politics/2018-08/20/c_1123298521.htm', level: 'V-sec', ref: 'E23 (part 2)' },
  { id: 'live-streaming-guidance-2021', title: '《关于加强网络直播规范管理工作的指导意见》（国信办发文〔2021〕3号）', issuer: '国家互联网信息办公室等七部门', date: '2021-02-09', link: 'https://www.dpzfv.cn/article/info-820.html', level: 'V-sec', ref: 'E23 (part 3)' },
  { id: 'internet-ad-identifiability-guide-2024', title: '《互联网广告可识别性执法指南》', issuer: '国家市场监督管理总局', date: '2024-08-22', link: 'https://www.cnsoe.com/listing/lawsshow_pi.php?id=14742', level: 'V-sec', ref: 'E26 (part 2)' },
  { id: 'nppa-minors-gaming-notice-2019', title: '《关于防止未成年人沉迷网络游戏的通知》', issuer: '国家新闻出版署', date: '2019-11-01', link: 'https://juejin.cn/post/6844904009073950728', level: 'V-sec', ref: 'E30 (part 1)' },
  { id: 'nppa-minors-gaming-notice-2021', title: '《关于进一步严格管理 切实防止未成年人沉迷网络游戏的通知》', issuer: '国家新闻出版署', date: '2021-08-30', link: 'https://0916u.com', level: 'V-sec', ref: 'E30 (part 2)' },
  // §0.1 item 3: single secondary source; the engine keeps "no tipping by minors".
  { id: 'cac-tipping-notice-2026', title: '国家网信办关于加强网络直播打赏规范管理的通知（据报道）', issuer: '国家互联网信息办公室', date: '2026-04-13', link: 'https://yewn.cn/archiver/tid-2686407.html', level: 'V-sec', ref: 'E31' },

  // ── Local authorities ─────────────────────────────────────────────────────────────────────────
  { id: 'inner-mongolia-ca-unfiled-apps-2024', title: '内蒙古通信管理局：未备案 APP 自2024-04-01起下架、关停、限制更新', issuer: '内蒙古通信管理局（内蒙古日报）', date: '2024-03-03', link: 'http://m.cyberphisher.net/n2/2024/0303/c196667-40762971.html', level: 'V', ref: 'S8' },
  { id: 'chongqing-ca-annual-report-notice-2025', title: '重庆市通信管理局关于开展2024年度增值电信业务经营许可年报工作的通知', issuer: '重庆市通信管理局', date: '2025-01-08', link: 'https://cqca.miit.gov.cn/zwgk/tzgg/gggs/art/2025/art_2e9de9b6f2864936ab63c4932f032f93.html', level: 'V', ref: 'S9' },
  { id: 'guangdong-cac-genai-filing-2024', title: '广东省网信办生成式人工智能服务备案、登记公告（2024-04）', issuer: '广东省网信办', date: '2024-04', link: 'https://cagd.gov.cn/v/2024/04/4859.html', level: 'V', ref: 'B6 (part 1)' },
  { id: 'guangdong-press-minigame-filing-2023', title: '广东省新闻出版局：游戏小程序备案', issuer: '广东省新闻出版局（财联社报道）', date: '2023-08-30', link: 'https://api3.cls.cn/share/article/1451506', level: 'V-sec', ref: 'A7 (part 5)' },
  { id: 'guangdong-prepackaged-food-filing-2021', title: '广东省市场监督管理局关于仅销售预包装食品事后备案的通告（2021年第160号）', issuer: '广东省市场监督管理局', date: '2021-07-23', link: 'https://m.nntyqh.com/kpsscjdgljzww/zwgk/rdyw/content/post_2377234.html', level: 'V-sec', ref: 'B27' },
  { id: 'naimanqi-ride-hailing-permit-qa', title: '问答：网约车经营许可到哪里申请', issuer: '奈曼旗人民政府（转自通辽市政府网）', date: '2025-01-14', link: 'https://www.naimanqi.gov.cn/jlhd/zcwdk/ggsy/202501/t20250114_917431.html', level: 'V', ref: 'B25' },
  { id: 'zhejiang-religious-info-rules', title: '浙江省互联网宗教信息服务实施细则', issuer: '浙江省民宗委等', date: '2022-12-21', link: 'https://mzj.hangzhou.gov.cn/art/2023/2/2/art_1634686_58915713.html', level: 'V-sec', ref: 'B26 (part 2)' },
  { id: 'xinyu-prepaid-card-notice', title: '新余市商务局单用途预付卡备案通知', issuer: '新余市商务局', date: '2024-08-22', link: 'http://www.taopinke.com.cn/bkzg/082024/2279794.html', level: 'V-sec', ref: 'A6 (part 2)' },
  { id: 'dali-prepaid-card-notice', title: '大理市商务局单用途预付卡告知书', issuer: '大理市商务局', date: '', link: 'https://m.163.com/dy/article/KH0ER5UC0534E93C.html', level: 'V-sec', ref: 'A6 (part 3)' },
  { id: 'shanghai-tutoring-implementation-2021', title: '上海市落实「双减」意见的实施措施（报道）', issuer: '上海市（华尔街见闻报道）', date: '2021', link: 'https://wallstreetcn.com/livenews/2032208', level: 'V-sec', ref: 'E43 (part 2)' },
  { id: 'jinan-tutoring-subject-list-2021', title: '济南市学科类与非学科类校外培训范围通知', issuer: '济南市', date: '2021', link: 'https://news.subaoxw.com/yw/2021/0805/17543.html', level: 'V-sec', ref: 'E43 (part 3)' },

  // ── Platform documents: WeChat ────────────────────────────────────────────────────────────────
  { id: 'wechat-categories', title: '微信《非个人主体小程序开放的服务类目》（2026-02-21副本）', issuer: '微信公众平台（副本）', date: '2026-02-21', link: 'https://github.com/catforpy/wechat-mini-program-B', level: 'V-sec', ref: 'B1' },
  { id: 'wechat-categories-personal', title: '微信《个人主体小程序开放的服务类目》（2026-02-21副本）', issuer: '微信公众平台（副本）', date: '2026-02-21', link: 'https://github.com/catforpy/wechat-mini-program-B', level: 'V-sec', ref: 'B2' },
  { id: 'wechat-filing-notice-2023', title: '微信《关于开展微信小程序备案的通知》', issuer: '微信公众平台', date: '2023-08', link: 'http://m.gg529.com/news/xingyexinwen/1490.html', level: 'V', ref: 'S6 (part 1)' },
  { id: 'wechat-filing-guide', title: '微信小程序备案指引', issuer: '微信公众平台', date: '', link: 'https://developers.weixin.qq.com/miniprogram/product/record_guidelines.html', level: 'V', ref: 'S6 (part 2)' },
  { id: 'wechat-filing-pre-approval-doc', title: '微信小程序备案前置审批材料说明', issuer: '微信公众平台', date: '', link: 'https://developers.weixin.qq.com/minigame/en/product/record/record_pre_approval.html', level: 'V', ref: 'S6 (part 3)' },
  { id: 'wechat-filing-service-content-guide', title: '小程序备案服务内容选择指引', issuer: '微信公众平台', date: '', link: 'https://developers.weixin.qq.com/miniprogram/product/record/receord_category.html', level: 'V', ref: 'S19' },
  // §0.1 item 6: the 前置审批 list is now complete (adds 宗教, 以上都不涉及); WeChat updates the lists irregularly.
  { id: 'wechat-filing-api', title: '微信开放平台小程序备案接口文档（前置审批类型、服务内容类型、备案申请等；列表不定期更新）', issuer: '微信开放平台', date: '', link: 'https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html', level: 'V', ref: 'S18 (part 1), E38' },
  { id: 'wechat-community-social-categories', title: '微信开放社区官方说明：社交类目资质与报备审核', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/develop/doc/000a46b64e00a8aaa8a95bf3456809', level: 'V', ref: 'S16 (part 1)' },
  { id: 'wechat-community-medical-categories', title: '微信开放社区官方说明：医疗类目资质', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/develop/doc/000cce10ba006887e2a95bb5256409', level: 'V', ref: 'S16 (part 2)' },
  { id: 'wechat-community-filing-review', title: '微信开放社区官方说明：报备类目审核', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/personal/oCJUsw5Ha3ke-MqKrMkMfVFKpwNs/fav', level: 'V', ref: 'S16 (part 3)' },
  { id: 'wechat-community-live-plugin', title: '微信开放社区官方答复：直播插件与「社交-直播」类目', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/minihome/doc/000602fdf782106e7f6e7e35656800', level: 'V', ref: 'S16 (part 4)' },
  { id: 'wechat-community-comments-category', title: '微信开放社区官方答复：评论功能须选「社区/论坛」类目', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/develop/doc/0004ecb3c508f0c36444908546bc00', level: 'V', ref: 'S16 (part 5)' },
  { id: 'wechat-community-video-category-reply', title: '微信开放社区官方答复：视频类服务选「文娱-其他视频」类目（6选1）', issuer: '微信开放社区（镜像）', date: '', link: 'https://wxopen.club/topic/61114b5116975ce1af0b9145', level: 'V-sec', ref: 'A8 (part 2)' },
  { id: 'wechat-deep-synthesis-category-guide', title: '【深度合成-AI绘画、深度合成-AI换脸、深度合成-AI问答】修改指引说明', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/develop/doc/000eac48498a3084b3902193a69409', level: 'V', ref: 'B3 (part 1)' },
  { id: 'wechat-community-personal-categories-reply', title: '微信开放社区官方答复：个人主体小程序开放的服务类目', issuer: '微信开放社区（官方）', date: '', link: 'https://developers.weixin.qq.com/community/minihome/doc/000624f6e28c78f98aaa0420c51c00', level: 'V', ref: 'B3 (part 2)' },
  { id: 'wechat-ai-label-notice-2025', title: '关于进一步规范人工智能生成合成内容标识的公告', issuer: '微信珊瑚安全', date: '2025-08-31', link: 'https://www.top168.com/news/show-561263.html', level: 'V-sec', ref: 'B28 (part 1)' },
  { id: 'wechat-virtual-payment', title: '微信小程序虚拟支付文档（企业/个体户、个人、iOS 端接入）', issuer: '微信', date: '2026', link: 'https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/virtual-payment', level: 'V', ref: 'B11 (part 1), E33 (part 1)' },
  { id: 'wechat-minigame-cash-rewards', title: '微信小游戏现金发放能力说明', issuer: '微信', date: '2026', link: 'https://developers.weixin.qq.com/minigame/introduction/commercialization/special-abilities/activity-cash.html', level: 'V', ref: 'E33 (part 2)' },
  { id: 'wechat-minigame-guide', title: '微信小游戏接入指南（可注册的主体类型；IAA、IAP 游戏发布流程）', issuer: '微信', date: '', link: 'https://developers.weixin.qq.com/minigame/en/introduction/guide', level: 'V', ref: 'B14, A7 (part 3)' },
  { id: 'wechat-minigame-iap-guide', title: '微信小游戏「IAP 游戏发布指引」', issuer: '微信小游戏', date: '', link: 'https://developers.weixin.qq.com/minigame/introduction/guide/iap.html', level: 'V', ref: 'A7 (part 2)' },
  { id: 'wechat-minigame-content-review', title: '微信小游戏游戏内容介绍审核（前置审批）', issuer: '微信小游戏', date: '', link: 'https://developers.weixin.qq.com/minigame/introduction/guide/nrjs.html', level: 'V', ref: 'S18 (part 2), A7 (part 4)' },
  { id: 'wechat-cloud-ai-extension-faq', title: '微信云开发 AI 扩展常见问题 4.1（AI 问答的备案材料）', issuer: '微信云开发文档', date: '', link: 'https://developers.weixin.qq.com/minigame/dev/wxcloud/guide/extensions/extend/ai.html', level: 'V', ref: 'B30' },
  { id: 'wechat-privacy-authorize-guide', title: '微信小程序隐私协议开发指南', issuer: '微信', date: '2023', link: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html', level: 'V', ref: 'E7' },
  { id: 'wechat-privacy-guide', title: '微信《小程序用户隐私保护指引》及隐私设置接口', issuer: '微信', date: '2023', link: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html', level: 'V', ref: 'E8' },
  { id: 'wechat-privacy-guide-notice-2021', title: '关于补充小程序、插件用户隐私保护指引说明', issuer: '微信（社区公告）', date: '2021', link: 'https://developers.weixin.qq.com/community/personal/oCJUswyqBwUZbc5pHptP7B5MC7O8/fav', level: 'V-sec', ref: 'E9' },
  { id: 'wechat-location-api-admission', title: '地理位置接口新增与相关流程调整', issuer: '微信开放社区（官方）', date: '2022', link: 'https://developers.weixin.qq.com/community/develop/doc/000e8ccb5ac498318cbd26c495bc01', level: 'V', ref: 'E10' },
  { id: 'wechat-phone-number-components', title: '微信手机号快速验证组件与手机号实时验证组件', issuer: '微信', date: '2023', link: 'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/getRealtimePhoneNumber.md', level: 'V', ref: 'E11' },
  { id: 'wechat-facial-verification', title: '微信人脸核身：开放类目与资质', issuer: '微信', date: '', link: 'https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/FacialRecognitionVerify.html', level: 'V', ref: 'E12' },
  { id: 'tencent-cloud-category-qualifications', title: '类目申请资质要求（引微信「电商平台」类目范围）', issuer: '腾讯云', date: '', link: 'https://cloud.tencent.cn/document/product/1078/43316', level: 'V', ref: 'S17' },
  { id: 'cloudbase-faq-wechat-pay', title: '常见问题：个人认证将无法申请微信支付', issuer: '腾讯云开发文档', date: '', link: 'https://docs.cloudbase.net/en/tags/限制', level: 'V', ref: 'B13' },

  // ── Platform documents: Douyin (issue 26; read 2026-12-06 from stored copies of developer.open-douyin.com) ──
  { id: 'douyin-restricted-categories', title: '抖音开放平台《小程序限制经营类目》（暂不接入、定向邀约、定向准入类目）', issuer: '抖音开放平台', date: '', link: 'https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/operation/service-category/catalog', level: 'V', ref: 'issue 26' },
  { id: 'douyin-main-category-notice-2025', title: '抖音开放平台《小程序能力准入规范调整通知》（由服务类目准入调整为主营类目准入）', issuer: '抖音开放平台', date: '2025-05-21', link: 'https://developer.open-douyin.com/forum/bulletin/post/682d40442b419e4a0857f881', level: 'V', ref: 'issue 26' },
  { id: 'douyin-filing-api', title: '抖音开放平台小程序备案（提交备案信息、服务内容类型、前置审批类型等接口）', issuer: '抖音开放平台', date: '', link: 'https://developer.open-douyin.com/docs/resource/zh-CN/thirdparty/API/smallprogram/auth-app-manage/icp-record/submit-record-info', level: 'V', ref: 'issue 26' },
  { id: 'douyin-ecommerce-plugin', title: '抖音开放平台《电商插件小程序能力清单》（交易和支付统一使用抖店）', issuer: '抖音开放平台', date: '', link: 'https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/open-capacity/Industry/online-retailers/capacity-inventory', level: 'V', ref: 'issue 26' },

  // ── Platform documents: Alipay ────────────────────────────────────────────────────────────────
  { id: 'alipay-filing-agency-2023', title: '支付宝小程序 ICP 代备案公告', issuer: '支付宝开放平台', date: '2023-08-10', link: 'http://afmcn.com/caijing/78562.html', level: 'V', ref: 'S7 (part 1)' },
  { id: 'alipay-filing-open-2023', title: '支付宝小程序全面开放备案公告', issuer: '支付宝开放平台', date: '2023-11-22', link: 'http://xinwust.com/hulian/11231.html', level: 'V', ref: 'S7 (part 2)' },
  { id: 'alipay-restricted-categories', title: '支付宝《小程序限制类目及所需资质材料》（存在性经公告核实，内容未核实）', issuer: '支付宝开放平台', date: '2021-03-09', link: 'https://5851388.com/b03al1l/pathhash=0439234c.html', level: 'V-sec', ref: 'A5' },
  { id: 'alipay-payment-admission', title: '支付宝小程序支付准入条件', issuer: '支付宝（副本）', date: '', link: 'https://www.showdoc.com.cn/817563107857167/4637240896179119', level: 'V-sec', ref: 'B15' },
  { id: 'alipay-privacy-docs', title: '支付宝小程序隐私政策配置与获取会员手机号申请说明', issuer: '支付宝（镜像副本）', date: '2024-10-23', link: 'https://5851388.com/m0ba4k9/pathhash=45aa37d7.html', level: 'V-sec', ref: 'E13' },
  { id: 'alipay-filing-api', title: '支付宝开放平台小程序备案接口', issuer: '支付宝（镜像副本）', date: '', link: 'https://5851388.com/mini/0262ce84_my/pathhash=f458c4eb.html', level: 'V-sec', ref: 'E46' },

  // ── News, practitioner and other secondary sources ──────────────────────────────────────────────
  { id: 'news-apple-mini-apps-2025', title: '苹果小程序合作计划与微信 iOS 虚拟支付通知的报道', issuer: '21世纪经济报道、北京商报', date: '2025-11-14', link: 'https://www.chinahospitalitynews.com/cn/2025/11/14/198269/', level: 'V-sec', ref: 'B11 (part 2)' },
  { id: 'wechat-virtual-payment-dev-post-2026', title: '小程序虚拟支付接入指引（2026-02-27通知摘要）', issuer: '微信开放社区开发者文章', date: '2026-03', link: 'https://developers.weixin.qq.com/community/develop/article/doc/00006845ce4860bedcb4d5eed61813', level: 'P', ref: 'B12' },
  { id: 'howtolivebetter', title: '《如何更好地生活》第26章「做一个网站或平台」、第11章及「做平台要办哪些证」（二手整理，附官方出处）', issuer: 'eternity4719/HowToLiveBetter（开源书稿）', date: '2026', link: 'https://github.com/eternity4719/HowToLiveBetter', level: 'V-sec', ref: 'S20, E16' },
  { id: 'edi-subtype-definitions-copy', title: '「EDI 许可证」说明：《电信业务分类目录》在线数据处理与交易处理业务三个子类的定义（代办机构转载）', issuer: '代办机构（dsgzf.cn 等）', date: '', link: 'https://dsgzf.cn/104.html', level: 'V-sec', ref: 'A11 (part 1)' },
  // No address is recorded for this page (licensing-addendum-2026-11 §1b(b)); link left empty on purpose.
  { id: 'edi-business-scope-notes', title: '「在线数据处理与交易处理业务」业务界定说明（疑为工信部业务界定，代办机构页面转载）', issuer: '代办机构页面（地址未记录）', date: '', link: '', level: 'P', ref: 'A1b (part 2), A11 (part 2)' },
  { id: 'practitioner-articles', title: '代办机构与从业者文章（icp-1、0yw、43u、orangekeji、007swz、xhl8、51bz、HiShop 等）', issuer: '多家代办机构', date: '', link: 'http://expo.0yw.com/mobile/news/show-yfruzyhelz.html', level: 'P', ref: 'S21, A4' },
  { id: 'practitioner-annual-report-explainer', title: '增值电信业务经营许可证年报申请详解（代办机构）', issuer: '52daiban.cn', date: '2025', link: 'https://www.52daiban.cn/en/2025zeng-zhi-dian-xin-ye-wu-xu-ke-zheng-nian-bao-shen-qing-xiang-jie/', level: 'P', ref: 'S10' },
  { id: 'vendor-catalogue-notes', title: '厂商整理的电信业务目录释义与工信部系统业务范围名称', issuer: '公开代码中的厂商资料', date: '', link: 'https://github.com/search?q=%E4%BF%A1%E6%81%AF%E6%9C%8D%E5%8A%A1%E4%B8%9A%E5%8A%A1', level: 'P', ref: 'S24' },
  { id: 'old-pre-approval-lists', title: '旧版前置审批清单（经营性项目：电子公告、广告业务、网络游戏、电子商务、有偿信息…）', issuer: '多家网站', date: '', link: 'http://www.cljzgol.cn/index.php/a/4537.html', level: 'P', ref: 'S25' },
  { id: 'practitioner-market-access-list', title: '互联网市场准入许可清单（药品信息、医疗器械网络销售、网约车；药品信息服务已于2025-12-22改为备案）', issuer: 'qiesuo.cn', date: '', link: 'http://www.qiesuo.cn/fmqd/xk20.htm', level: 'P', ref: 'S26' },
  { id: 'practitioner-ai-filing-articles', title: '从业者文章：人工智能与 ICP 许可证，备案与登记的区别', issuer: '1ine.cn、icp-edi.com、大通天成', date: '2025', link: 'https://www.1ine.cn/ask/43669.html', level: 'P', ref: 'B19' },
  { id: 'practitioner-licence-application-materials', title: 'ICP、EDI 许可申请材料清单（「网络与信息安全保障措施」）', issuer: '代办机构', date: '2024', link: 'https://www.qhhyzx.cn/shows/47/37518.html', level: 'P', ref: 'E36' },
  // No address is recorded for the 007swz page on 网络餐饮 (licensing-addendum-2026-12 §14, E17); link left empty on purpose.
  { id: 'practitioner-online-catering-filing', title: '代办机构页面：网络餐饮服务第三方平台与自建网站备案', issuer: '代办机构（007swz）', date: '', link: '', level: 'P', ref: 'E17 (part 2)' },
  { id: 'wechat-filing-lists-capture', title: '微信备案接口实时返回值（前置审批类型、主体类型、证件类型、服务内容类型、状态）的代码留存', issuer: '开源项目 guobaoyungou/eivie', date: '2026-01-20', link: 'https://github.com/guobaoyungou/eivie', level: 'V-sec', ref: 'E39' },
  { id: 'wechat-filing-sdk-field-notes', title: '小程序备案申请字段说明（开发工具包中的官方字段注释副本）', issuer: 'WxJava；go.dtapp.net', date: '2024', link: 'https://github.com/binarywang/WxJava', level: 'V-sec', ref: 'E40' },
  // No address is recorded beyond "GitHub (batools sample file)" (E41); link left empty on purpose.
  { id: 'miit-filing-bitmask-sample', title: '工信部备案系统前置审批编码（位掩码）样例数据', issuer: '备案自动化开源项目（batools）', date: '2023-10', link: '', level: 'P', ref: 'E41' },
  { id: 'filing-remarks-practice', title: '小程序备案备注与「不涉及前置审批」说明的做法（自动化示例、上海市通信管理局承诺书模板、微信开放社区答复）', issuer: '开源项目；上海市通信管理局模板（副本）；微信开放社区', date: '2024', link: 'https://developers.weixin.qq.com/community/develop/doc/0000266eec4b982a6961db98962800', level: 'P', ref: 'E42' },
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
