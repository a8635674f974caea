/**
 * WeChat's 小程序备案 form: its code lists as dated data (addendum 2026-12 §9.2–§9.4).
 *
 * The lists are what WeChat's filing APIs returned (queryIcpServiceContentTypes, queryIcpNrlxTypes,
 * queryIcpSubjectTypes, queryIcpCertificateTypes), captured in a public project's code on
 * 2026-01-20 and unchanged on 2026-08-07 (E39 → `wechat-filing-lists-capture`). WeChat warns that
 * the lists change without notice ("该接口返回的结果会不定期更新，切勿……长期保存或硬编码", E38 →
 * `wechat-filing-api`): everything that reads them goes by NAME (the code is looked up here), the
 * result shows WECHAT_FORM_SNAPSHOT, and `scripts/filing-form/check.ts` compares these lists with a
 * fresh copy of the API's answers (docs/filing-draft.md, "Refreshing").
 *
 * Rules for the form itself (E40 → `wechat-filing-sdk-field-notes`): only second-level service
 * types may be filed, at most 5; the 前置审批 list has no duplicates and holds 以上都不涉及 when
 * nothing applies; every other 前置审批 type needs its 审批号 and a document; the 备注 is 20–200
 * characters.
 */
import type { CiteText } from '../../book'

/** The date of the captured lists this file copies (E39, commit cda183b). */
export const WECHAT_FORM_SNAPSHOT = '2026-08-07'

/** What the lists rest on. */
export const WECHAT_FORM_CITES: readonly CiteText[] = [
  'wechat-filing-lists-capture 接口实时返回值留存（2026-01-20，2026-08-07 未变）',
  'wechat-filing-api 小程序备案接口（queryIcpServiceContentTypes、queryIcpNrlxTypes、queryIcpSubjectTypes、queryIcpCertificateTypes）',
]

/** The form's limits (E40). */
export const WECHAT_FORM_LIMITS = {
  /** At most this many second-level service types. */
  maxServiceTypes: 5,
  /** The 备注's length, in characters. */
  remarkMin: 20,
  remarkMax: 200,
  cites: ['wechat-filing-sdk-field-notes applyIcpFiling 字段说明（service_content_types、nrlx_details、comment）'] as readonly CiteText[],
} as const

// ── 服务内容类型 (queryIcpServiceContentTypes): 16 first-level, 176 second-level ────────────────
/** A second-level service type: its code, its name and WeChat's remark where the list gives one. */
export interface ServiceType {
  code: number
  name: string
  remark?: string
}
/** A first-level service type (parent_type 0) and its second-level types (parent_type = its code). */
export interface ServiceGroup {
  code: number
  name: string
  types: readonly ServiceType[]
}

/** §9.3 as captured, in WeChat's order. Only the second-level types can be filed. */
export const WECHAT_SERVICE_CONTENT = [
  {
    code: 500,
    name: '生活服务',
    types: [
      { code: 1, name: '生活缴费', remark: '水电煤气话费等' },
      { code: 2, name: '招聘' },
      // '投票' twice: as captured.
      { code: 3, name: '工具', remark: '笔记、日历、记账、投票、天气、备忘录、办公、图片处理、计算器、报价/比价、信息查询、发票查询、预约/报名、字典、邮箱、输入法、投票、菜谱、ar识别、广告图文、回收租赁、寄存等' },
      { code: 4, name: '家政', remark: '清洁、维修、开锁等' },
      { code: 5, name: '婚庆' },
      { code: 6, name: '房地产', remark: '租房、销售、中介、物业、装修等' },
      { code: 7, name: '母婴' },
      { code: 8, name: '共享服务', remark: '单车、充电宝等' },
      { code: 9, name: '丽人', remark: '美甲、美容、美发、纹身等' },
      { code: 10, name: '洗浴保健' },
      { code: 11, name: '宠物' },
      { code: 12, name: '法律咨询' },
      { code: 13, name: '公证' },
      { code: 14, name: '电子认证' },
      { code: 15, name: '拍卖', remark: '文物、非文物、司法拍卖等' },
      { code: 16, name: '专利/商标代理' },
      { code: 17, name: '亲子/司法鉴定' },
      { code: 18, name: '会计师事务所' },
      { code: 19, name: '税务师事务所' },
      { code: 20, name: '公共印章刻制' },
      { code: 21, name: '公司转让信息服务' },
      { code: 22, name: '一般财务服务' },
      { code: 23, name: '公关/推广/市场调查' },
      { code: 24, name: '网络代理' },
      { code: 25, name: '企业管理' },
      { code: 26, name: '会展服务' },
      { code: 27, name: '出国移民' },
      { code: 28, name: '摄影/扩印' },
      { code: 29, name: '质量检测' },
      { code: 30, name: '机械维修' },
      { code: 31, name: '工商代理注册' },
      { code: 32, name: '其他' },
    ],
  },
  {
    code: 501,
    name: '餐饮',
    types: [
      { code: 33, name: '点餐' },
      { code: 34, name: '外卖' },
      { code: 35, name: '其他' },
    ],
  },
  {
    code: 502,
    name: '休闲娱乐',
    types: [
      { code: 36, name: '福利彩票' },
      { code: 37, name: '游戏' },
      { code: 38, name: '歌舞厅、KTV等娱乐、休闲娱乐类服务' },
      { code: 39, name: '健身房/瑜伽/舞蹈/美体机构' },
      { code: 40, name: '棋牌桌游/电玩网吧' },
      { code: 41, name: '网络社交', remark: '熟人社交、陌生人社交、婚恋、社区/论坛、直播、会议、问答、直播答题等' },
      { code: 42, name: '网络图书', remark: '电子书、网络小说、学术期刊等' },
      { code: 43, name: '视频', remark: '在线观看、视频广场、短视频等' },
      { code: 44, name: '音乐、电台、有声读物' },
      { code: 45, name: '文化场馆' },
      { code: 46, name: '体育', remark: '场馆、赛事、培训等' },
      { code: 47, name: '游乐园、嘉年华' },
      { code: 48, name: '院线影城、演出' },
    ],
  },
  {
    code: 503,
    name: '旅游服务',
    types: [
      { code: 49, name: '景区服务' },
      { code: 50, name: '旅行社' },
      { code: 51, name: '旅游管理单位' },
      { code: 52, name: '旅游退税' },
      { code: 53, name: 'OTA（在线旅行社）', remark: '在线旅行社，例如飞猪，携程等' },
      { code: 54, name: '住宿服务' },
      { code: 55, name: '出境', remark: '签证、wifi、国际驾照等' },
      { code: 56, name: '其他' },
    ],
  },
  {
    code: 504,
    name: '交通运输',
    types: [
      { code: 57, name: '火车/高铁/动车' },
      { code: 58, name: '航空' },
      { code: 59, name: '公交/地铁' },
      { code: 60, name: '打车/出租车' },
      { code: 61, name: '自行车' },
      { code: 62, name: '长途汽车' },
      { code: 63, name: '船舶', remark: '港口等' },
      { code: 64, name: '导航' },
      { code: 65, name: '加油' },
      { code: 66, name: '高速' },
      { code: 67, name: '其他' },
    ],
  },
  {
    code: 505,
    name: '汽车服务',
    types: [
      { code: 68, name: '维修保养', remark: '维修/美容/养护/洗车等' },
      { code: 69, name: '汽车用品', remark: '各种交通工具零部件、内饰/外饰等' },
      { code: 70, name: '车辆销售/二手车销售', remark: '销售、估值、报价、查询（车、车企、经销商、4s店）、车展等' },
      { code: 71, name: '代驾' },
      { code: 72, name: '租车' },
      { code: 73, name: '停车' },
      { code: 74, name: '充电' },
      { code: 75, name: 'Etc' },
      { code: 76, name: '道路救援' },
      { code: 77, name: '车联网' },
    ],
  },
  {
    code: 506,
    name: '教育',
    types: [
      { code: 78, name: '儿童教育' },
      { code: 79, name: '培训机构', remark: '驾校、国内、国外、艺术类、线上线下、特殊教育等' },
      { code: 80, name: '学校', remark: '校园服务等' },
      { code: 81, name: '其他' },
    ],
  },
  {
    code: 507,
    name: '仓储和邮政业',
    types: [
      { code: 82, name: '快递' },
      { code: 83, name: '物流' },
      { code: 84, name: '仓储' },
      { code: 85, name: '快递柜' },
      { code: 86, name: '其他' },
    ],
  },
  {
    code: 508,
    name: '医疗服务',
    types: [
      { code: 87, name: '医院', remark: '私立、公立、社区卫生站、就医服务等' },
      { code: 88, name: '医疗器械' },
      { code: 89, name: '医药' },
      { code: 90, name: '健康护理' },
      { code: 91, name: '血液、干细胞服务', remark: '献血' },
      { code: 92, name: '临床试验' },
    ],
  },
  {
    code: 509,
    name: '政务服务',
    types: [
      { code: 93, name: '时政信息' },
      { code: 94, name: '政务服务大厅' },
      { code: 95, name: '交通出行及运输', remark: '出行、运输、交管、航空' },
      { code: 96, name: '户政' },
      { code: 97, name: '公安（含国安）及消防' },
      { code: 98, name: '出境入境及边防' },
      { code: 99, name: '司法公证', remark: '司法 检查 法院' },
      { code: 100, name: '纪检审计' },
      { code: 101, name: '财政' },
      { code: 102, name: '民政' },
      { code: 103, name: '住房保障', remark: '住建 公积金' },
      { code: 104, name: '党/团/组织' },
      { code: 105, name: '文体及教育科研' },
      { code: 106, name: '人力资源及社会保障', remark: '人力资源中积分政策合并入户籍办理' },
      { code: 107, name: '环保绿化' },
      { code: 108, name: '水利水务' },
      { code: 109, name: '气象地质' },
      { code: 110, name: '市场监督管理' },
      { code: 111, name: '医疗卫生' },
      { code: 112, name: '国土规划建设' },
      { code: 113, name: '质量技术' },
      { code: 114, name: '食品监督管理', remark: '食品监督管理部门比较多，涉及卫生部、农业部、市监局、药监局、工信部等' },
      { code: 115, name: '新闻出版及广电' },
      { code: 116, name: '税收财务' },
      { code: 117, name: '金融' },
      { code: 118, name: '知识产权' },
      { code: 119, name: '信访' },
      { code: 120, name: '公用事业', remark: '城管、街道居委、城市道路' },
      { code: 121, name: '海关口岸', remark: '海关改为海关口岸' },
      { code: 122, name: '邮政' },
      { code: 123, name: '检验检疫' },
      { code: 124, name: '商务贸易', remark: '商务改为商务贸易' },
      { code: 125, name: '农林畜牧海洋' },
      { code: 126, name: '社科档案及文物' },
      { code: 127, name: '安全生产及应急' },
      { code: 128, name: '科技创新' },
      { code: 129, name: '统计' },
      { code: 130, name: '经济发展与改革' },
      { code: 131, name: '烟草' },
      { code: 132, name: '网信' },
      { code: 133, name: '工信' },
      { code: 134, name: '能源', remark: '新增能源，包括电力、燃气等资源管理' },
      { code: 135, name: '乡村振兴' },
      { code: 136, name: '民族宗教' },
      { code: 137, name: '信用' },
      { code: 138, name: '公益' },
    ],
  },
  {
    code: 510,
    name: '金融业',
    types: [
      { code: 139, name: '保险', remark: '第三方互联网保险等' },
      { code: 140, name: '银行', remark: '信用卡、电子汇票等' },
      { code: 141, name: '信托' },
      { code: 142, name: '公募基金' },
      { code: 143, name: '私募基金' },
      { code: 144, name: '证券/期货', remark: '投资咨询等' },
      { code: 145, name: '非金融机构自营小额贷款' },
      { code: 146, name: '融资担保' },
      { code: 147, name: '商业保理' },
      { code: 148, name: '汽车金融/融资租赁' },
      { code: 149, name: '征信业务' },
      { code: 150, name: '新三板信息服务平台' },
      { code: 151, name: '股票信息服务平台（港股/美股）' },
      { code: 152, name: '股票信息服务平台' },
      { code: 153, name: '外币兑换' },
      { code: 154, name: '实物黄金买卖' },
      { code: 155, name: '消费金融' },
      { code: 156, name: '收单商户服务' },
      { code: 157, name: '区域性股权交易市场' },
    ],
  },
  {
    code: 511,
    name: '信息传输、软件和信息技术服务业',
    types: [
      { code: 158, name: '音视频设备', remark: '设备购买服务，视频线、摄像头等' },
      { code: 159, name: '电信业务', remark: '运营商、业务代理、转售等' },
      { code: 160, name: '多方通信' },
      { code: 161, name: '软件开发' },
      { code: 162, name: '网络推广' },
    ],
  },
  {
    code: 512,
    name: '批发和零售业',
    types: [
      { code: 163, name: '零售批发', remark: '电商、超市便利店等' },
      { code: 164, name: '自主售卖' },
      { code: 165, name: '百货商场/购物中心' },
    ],
  },
  {
    code: 513,
    name: '安全',
    types: [
      { code: 166, name: '安全生产' },
      { code: 167, name: '杀毒软件', remark: '又叫反病毒软件.如，G+Data（德国）、360杀毒、卡巴斯基安全部队、小红伞、瑞星杀毒软件、金山毒霸等' },
      { code: 168, name: '辅助性安全软件', remark: '主要是清理垃圾、修复漏洞、防木马的软件，比如360安全卫士、金山卫士、瑞星安全助手等等' },
      { code: 169, name: '反流氓软件', remark: '主要是清理流氓软件，保护系统安全的功能.如360安全卫士、恶意软件清理助手、超级兔子、Windows清理助手等等' },
      // WeChat's list gives a long remark on file-encryption software here; the addendum (§9.3) did
      // not copy it, so none is shown (the refresh check skips a remark the snapshot leaves out).
      { code: 170, name: '加密软件' },
      { code: 171, name: '其他' },
    ],
  },
  {
    code: 514,
    name: '工业互联网软件',
    types: [
      { code: 172, name: '工业研发设计' },
      { code: 173, name: '生产管理' },
      { code: 174, name: '其他' },
    ],
  },
  {
    code: 515,
    name: '其他',
    types: [
      { code: 175, name: '宗教信息' },
      { code: 176, name: '咨询广场' },
    ],
  },
] as const satisfies readonly ServiceGroup[]

type Groups = (typeof WECHAT_SERVICE_CONTENT)[number]
/**
 * A second-level service type by name: '<first level>-<second level>', as WeChat writes it
 * (生活服务-生活缴费). Several second-level types are called 其他, so the first level is part of the
 * key. A key that is not in the snapshot fails to compile.
 */
export type ServiceKey = Groups extends infer G ? (G extends { name: infer P extends string; types: readonly (infer T)[] } ? (T extends { name: infer N extends string } ? `${P}-${N}` : never) : never) : never

/** A second-level type with its first level, as the draft shows it. */
export interface ServiceEntry extends ServiceType {
  parent: string
  parentCode: number
  key: ServiceKey
}

/** Every second-level type, in WeChat's order. */
export const SERVICE_TYPES: readonly ServiceEntry[] = WECHAT_SERVICE_CONTENT.flatMap((g: ServiceGroup) =>
  g.types.map((t) => ({ ...t, parent: g.name, parentCode: g.code, key: `${g.name}-${t.name}` as ServiceKey })),
)

const SERVICE_BY_KEY: ReadonlyMap<string, ServiceEntry> = new Map(SERVICE_TYPES.map((t) => [t.key, t]))
/** The second-level type of a name key (its code looked up in the snapshot). */
export const serviceType = (key: ServiceKey): ServiceEntry => SERVICE_BY_KEY.get(key) as ServiceEntry
/** A code that may be filed (a second-level type of the snapshot). */
export const isServiceCode = (code: number): boolean => SERVICE_TYPES.some((t) => t.code === code)

// ── 前置审批类型 (queryIcpNrlxTypes) ─────────────────────────────────────────────────────────────
export interface PreApprovalType {
  code: number
  name: string
  /** What the approval document is (§9.2, "what the engine already maps it to"). */
  document?: string
  /**
   * 网络预约车 only: the code WeChat's own documentation example shows (11), where the captured live
   * list has 12 (§9.2: E38 vs E39). The draft files the captured code; go by the name.
   */
  documentedCode?: number
}

/** §9.2 as captured. Codes 7, 8, 11 and 16–23 appear in neither list. */
export const WECHAT_PRE_APPROVAL_TYPES = [
  { code: 1, name: '新闻', document: '互联网新闻信息服务许可证' },
  { code: 2, name: '出版', document: '网络出版服务许可证（游戏：版号或内容审核）' },
  { code: 3, name: '教育', document: '教育主管部门的审批文件（办学许可等）' },
  { code: 4, name: '医疗保健', document: '卫生健康主管部门的审批文件（医疗机构执业许可证、互联网医院等）' },
  { code: 5, name: '药品和医疗器械', document: '药品、医疗器械互联网信息服务备案凭证' },
  { code: 6, name: '电子公告服务', document: '电子公告服务专项审批（该审批现状未确认）' },
  { code: 9, name: '文化', document: '网络文化经营许可证' },
  { code: 10, name: '广播电影电视节目', document: '信息网络传播视听节目许可证' },
  // The code discrepancy: WeChat's documentation example (E38) shows 11 for 网络预约车; the live list
  // captured in E39 has 12. Key by the name; the draft uses 12 and says so (docs/filing-draft.md).
  { code: 12, name: '网络预约车', document: '网络预约出租汽车经营许可证', documentedCode: 11 },
  { code: 13, name: '互联网金融', document: '金融监管部门的批准文件' },
  { code: 14, name: '校外培训', document: '教育主管部门的校外培训审批文件' },
  { code: 15, name: '宗教', document: '互联网宗教信息服务许可证' },
  { code: 24, name: '以上都不涉及' },
] as const satisfies readonly PreApprovalType[]

export type PreApprovalName = (typeof WECHAT_PRE_APPROVAL_TYPES)[number]['name']
/** The name the form uses when no 前置审批 applies. */
export const NONE_APPLIES: PreApprovalName = '以上都不涉及'
/** The type of a name (its code looked up in the snapshot). */
export const preApprovalType = (name: PreApprovalName): PreApprovalType =>
  (WECHAT_PRE_APPROVAL_TYPES as readonly PreApprovalType[]).find((t) => t.name === name) as PreApprovalType

// ── 主体性质 (queryIcpSubjectTypes) and 证件类型 (queryIcpCertificateTypes) ──────────────────────
export interface Certificate {
  code: number
  name: string
}
export interface SubjectType {
  code: number
  name: string
  certificates: readonly Certificate[]
}

/** §9.4 as captured: each 主体性质 with the certificates the form accepts for it. */
export const WECHAT_SUBJECT_TYPES = [
  { code: 4, name: '企业', certificates: [{ code: 1, name: '营业执照（个人或企业）' }, { code: 12, name: '组织机构代码证' }, { code: 27, name: '外国企业常驻代表机构登记证' }] },
  {
    code: 5,
    name: '个人',
    certificates: [
      { code: 2, name: '居民身份证' },
      { code: 7, name: '护照' },
      { code: 11, name: '台湾居民来往大陆通行证' },
      { code: 14, name: '港澳居民来往内地通行证' },
      { code: 30, name: '外国人永久居留身份证' },
      { code: 41, name: '港澳居民居住证' },
      { code: 42, name: '台湾居民居住证' },
    ],
  },
  { code: 3, name: '事业单位', certificates: [{ code: 3, name: '组织机构代码证' }, { code: 4, name: '事业单位法人证书' }, { code: 15, name: '统一社会信用代码证书' }] },
  { code: 2, name: '政府机关', certificates: [{ code: 9, name: '组织机构代码证' }, { code: 13, name: '统一社会信用代码证书' }] },
  { code: 6, name: '社会团体', certificates: [{ code: 6, name: '社会团体法人登记证书' }, { code: 10, name: '组织机构代码证' }] },
  {
    code: 9,
    name: '民办非企业单位',
    certificates: [{ code: 16, name: '组织机构代码证' }, { code: 17, name: '民办非企业单位登记证书' }, { code: 36, name: '社会服务机构登记证书' }, { code: 37, name: '民办学校办学许可证' }],
  },
  { code: 10, name: '基金会', certificates: [{ code: 18, name: '组织机构代码证' }, { code: 19, name: '基金会法人登记证书' }] },
  { code: 11, name: '律师执业机构', certificates: [{ code: 20, name: '组织机构代码证' }, { code: 21, name: '律师事务所执业许可证' }] },
  {
    code: 12,
    name: '外国在华文化中心',
    certificates: [{ code: 22, name: '外国在华文化中心登记证' }, { code: 34, name: '外国政府旅游部门常驻代表机构批准登记证' }, { code: 40, name: '北京市外国驻华使馆人员子女学校办学许可证' }],
  },
  { code: 13, name: '群众性团体组织', certificates: [{ code: 24, name: '统一社会信用代码证书' }] },
  { code: 14, name: '司法鉴定机构', certificates: [{ code: 28, name: '司法鉴定许可证' }] },
  { code: 15, name: '宗教团体', certificates: [{ code: 25, name: '宗教活动场所登记证' }] },
  { code: 16, name: '境外机构', certificates: [{ code: 35, name: '境外机构证件' }] },
  { code: 17, name: '医疗机构', certificates: [{ code: 38, name: '医疗机构执业许可证' }] },
  { code: 18, name: '公证机构', certificates: [{ code: 39, name: '公证机构执业证' }] },
  { code: 19, name: '集体经济', certificates: [{ code: 43, name: '农村集体经济组织登记证' }] },
  { code: 20, name: '仲裁机构', certificates: [{ code: 44, name: '仲裁委员会登记证' }] },
  { code: 1, name: '国防机构', certificates: [{ code: 5, name: '部队代号' }, { code: 23, name: '军队单位对外有偿服务许可证' }] },
] as const satisfies readonly SubjectType[]

export type SubjectName = (typeof WECHAT_SUBJECT_TYPES)[number]['name']
/** The 主体性质 of a name, with its certificates. */
export const subjectType = (name: SubjectName): SubjectType => (WECHAT_SUBJECT_TYPES as readonly SubjectType[]).find((s) => s.name === name) as SubjectType
