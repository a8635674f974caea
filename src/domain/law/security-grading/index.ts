/**
 * 网络安全等级保护、日志留存与实名 (securityGrading) (addendum 2026-12 §7, §0 rows 35–36).
 * 《网络安全法》 as amended 2025-10-28 (in force 2026-01-01): the 等级保护 article (Art. 21 before
 * the amendment; Art. 23 after it according to one secondary source) binds every 网络运营者 and
 * includes logs kept ≥ 6 months; real names for publishing (Art. 24 before, Art. 26 after). That a
 * backend holding users' personal information is level 2 (and files) is a practitioners' view [P]:
 * likely, not 必须; internet hospitals are level 3 by their own rules.
 * 《信息安全等级保护管理办法》第十五条: level 2 and above file with the 公安 within 30 days.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { ALWAYS, anyActivity, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const SECURITY_GRADING = book('securityGrading', {
  authority: '公安机关网安部门（设区的市级以上）',
  cites: ['mlps-measures 第十五条'],
  verified: '2026-12-06',
}, [
  {
    id: 'mlps.grade',
    when: ALWAYS,
    status: 'likely',
    basis: LAW,
    text: '有自己后台的小程序运营者都是网络运营者：按网络安全等级保护给后台系统定级，网络日志至少保存 6 个月。存有用户个人信息、订单或支付数据的系统一般定为二级以上（从业者意见，按 GB/T 22240 自评或咨询），二级以上在定级后 30 日内向设区的市级以上公安机关备案；后台全部由 SaaS 服务商运营的，由服务商定级，请向其确认。',
    cites: [
      'cybersecurity-law 等级保护条款（修正前第二十一条，修正后条款号待核实）',
      'mlps-measures 第十五条（二级以上 30 日内备案）',
    ],
    verified: '2026-12-06',
  },
  {
    id: 'mlps.hospital',
    when: sec('internetHospital'),
    status: 'required',
    basis: LAW,
    text: '互联网医院的信息系统须按第三级等级保护定级、备案并定期测评。',
    cites: ['internet-hospital-measures 信息系统实施第三级信息安全等级保护', 'mlps-measures 第十五条'],
    verified: '2026-12-06',
  },
  {
    id: 'mlps.realName',
    when: anyActivity('ugc', 'classifieds', 'dating', 'messaging', 'liveEntertainment'),
    status: 'required',
    basis: LAW,
    text: '用户能在小程序里发布信息或互相聊天：须要求用户提供真实身份信息（后台实名，例如手机号验证），不提供的不得为其提供发布服务；发布内容和日志至少保存 6 个月。',
    cites: ['cybersecurity-law 实名条款（修正前第二十四条，修正后条款号待核实）'],
    wechat: {
      text: '在微信上还须接入内容安全接口（msgSecCheck、imgSecCheck、mediaCheckAsync），首次提交社交类目须经属地网信部门报备审核（约 7 个自然日）。',
      cites: ['wechat-community-filing-review 报备类目与内容安全接口'],
    },
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
