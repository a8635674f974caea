/**
 * ICP 备案 (filing): every mini-program, every operator; 前置审批 (S1 第五条).
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { ALWAYS, anySector } from './condition'
import type { Sector } from '../contract/types'
import { CHECKED, LAW, REVIEWED, type RuleRow } from './shared'

export const FILING_RULES = [
  {
    id: 'filing.all',
    requirement: 'icpFiling',
    when: ALWAYS,
    status: 'required',
    basis: LAW,
    text: '工信部 2023-08-04 通知要求境内提供互联网信息服务的 App 和小程序都要备案，公司、个体户和个人都一样；未备案的不得上架或接入。',
    cites: ['S5 移动互联网应用程序备案通知（2023-08-04）', 'S1 国务院令第292号 第四条'],
    verified: CHECKED,
  },
  {
    id: 'filing.preApproval',
    requirement: 'icpFiling',
    when: anySector(
      'news',
      'publishing',
      'games',
      'education',
      'k12Tutoring',
      'medicalInstitution',
      'internetHospital',
      'healthInfo',
      'drugInfo',
      'medicalDevices',
      'culture',
      'audiovisual',
      'rideHailing',
      'finance',
      'religion',
    ),
    status: 'required',
    basis: LAW,
    text: '你的行业属于前置审批范围：先取得主管部门的审批文件，备案时一并提交，缺少文件的备案会被驳回。',
    cites: ['S1 国务院令第292号 第五条', 'S6 《非经营性互联网信息服务备案管理办法》第十一条（文化、广播电影电视节目），见小程序备案指引'],
    wechat: { text: '微信小程序备案按「前置审批类型」要求上传对应的审批文件。', cites: ['S18 前置审批类型（queryIcpNrlxTypes）'] },
    verified: REVIEWED,
  },
] as const satisfies readonly RuleRow[]

// ── 前置审批: sectors whose regulator must approve before filing ───────────────────────
/** Sector → what the approval is, and where the list comes from (S1 Art. 5, S5, S18). */
export const PRE_APPROVALS: Readonly<Partial<Record<Sector, string>>> = {
  news: '新闻',
  publishing: '出版',
  games: '出版（游戏内容审核）',
  education: '教育',
  k12Tutoring: '校外培训',
  medicalInstitution: '医疗保健',
  internetHospital: '医疗保健',
  healthInfo: '医疗保健',
  drugInfo: '药品和医疗器械',
  medicalDevices: '药品和医疗器械',
  culture: '文化',
  audiovisual: '广播电影电视节目',
  rideHailing: '网络预约车',
  finance: '互联网金融',
  religion: '宗教',
}
