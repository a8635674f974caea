/**
 * Who decides each requirement, and the sector whose approval it is (so an approval already
 * held can be recognised): one row per requirement, addendum 2026-11b §5 (B16–B28) and
 * reference §1.2–§1.3 (S2, S3). The telecom licences' office also depends on coverage and
 * foreign investment: ../evaluate.ts takes it from the eligibility check.
 */
import type { RequirementId, Sector } from '../contract/types'
import type { CiteText } from './shared'

export interface Office {
  /** The office that decides or answers (zh-CN); a bracketed [I] marks an inferred level. */
  authority: string
  /** Sectors whose permit this is (facts.approvalsHeld names sectors). */
  sectors?: readonly Sector[]
  cites: readonly CiteText[]
}

const VATS: Office = {
  authority: '省通信管理局（跨省经营：工业和信息化部）',
  cites: ['S3 《电信条例》第九条', 'S2 令第42号 第三条'],
}

export const OFFICES: Readonly<Record<RequirementId, Office>> = {
  icpFiling: { authority: '主办者住所地省通信管理局（经微信或支付宝代备案）', cites: ['S5 备案通知', 'S6 微信备案通知'] },
  icpLicense: VATS,
  ediLicense: VATS,
  spLicense: VATS,
  foodPermit: { authority: '县级以上市场监督管理局', sectors: ['food'], cites: ['B27 预包装食品备案通告'] },
  alcoholPermit: { authority: '注册地酒类流通主管部门（多为商务部门，各省不一）[I]', sectors: ['alcohol'], cites: ['S21 从业者文章'] },
  publicationPermit: { authority: '出版行政主管部门（新闻出版局）[I]', sectors: ['books'], cites: ['S21 从业者文章'] },
  medicalInstitutionLicense: { authority: '卫生健康行政部门 [I]', sectors: ['medicalInstitution', 'internetHospital'], cites: ['S16 医疗类目'] },
  drugInfoCertificate: { authority: '省药品监督管理局', sectors: ['drugInfo', 'medicalDevices'], cites: ['B23 第五条'] },
  medicalDeviceRecord: { authority: '负责药品监督管理的部门（设区的市级）[I]', sectors: ['medicalDevices'], cites: ['S26 准入许可清单'] },
  hrServiceLicense: { authority: '注册地人力资源社会保障局', sectors: ['recruitment'], cites: ['B24 人社部令第50号 第三条、第五条'] },
  internetNewsLicense: { authority: '网信办（省级网信办受理，国家网信办决定 [I]）', sectors: ['news'], cites: ['B22 国家网信办令第1号 第六条、第七条'] },
  onlinePublishingLicense: { authority: '省级出版主管部门受理，国家新闻出版署审批', sectors: ['publishing'], cites: ['B21 第九条至第十六条'] },
  networkCultureLicense: { authority: '省文化和旅游厅', sectors: ['culture'], cites: ['B20 《互联网文化管理暂行规定》第八条'] },
  audiovisualLicense: { authority: '省广电局受理，国家广播电视总局审批', sectors: ['audiovisual'], cites: ['B20 《互联网视听节目服务管理规定》第十条'] },
  rideHailingPermit: { authority: '注册地市或县交通运输局（出租汽车行政主管部门）', sectors: ['rideHailing'], cites: ['B25 网约车经营许可证向哪里申请'] },
  gameApproval: { authority: '省级出版主管部门，报国家新闻出版署', sectors: ['games'], cites: ['A7 移动游戏出版服务管理通知'] },
  financeLicense: { authority: '中国人民银行、国家金融监督管理总局等金融监管部门 [I]', sectors: ['finance'], cites: ['S21 金融类目通知'] },
  schoolPermit: { authority: '教育行政部门（省级 [I]）', sectors: ['k12Tutoring'], cites: ['B28 (b) 由备案改为审批'] },
  religionPermit: { authority: '省级宗教事务部门（民宗委、宗教局）', sectors: ['religion'], cites: ['B26 国家宗教事务局令第17号'] },
  prepaidCardFiling: {
    authority: '商务主管部门（集团/品牌企业→省商务厅；规模企业→设区的市商务局；其他→县/区商务局）',
    cites: ['A6 第七条'],
  },
  algorithmFiling: { authority: '国家网信办（beian.cac.gov.cn）', cites: ['B10 第二十四条'] },
  genAiFiling: { authority: '省级网信办（备案报国家网信办）', cites: ['B6 备案与登记公告'] },
}
