/**
 * 互联网药品信息服务资格证书 / 备案 (drugInfoCertificate).
 * The law: 《互联网药品信息服务管理办法》第五条、第六条; WeChat's medical categories.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, any, anyActivity, not, on, sec } from '../../profile/condition'
import { LAW, PLATFORM, book, type BookRow, type Holders } from '../book'

export const DRUG_INFO = book('drugInfoCertificate', { authority: '省药品监督管理局', sectors: ['drugInfo', 'medicalDevices'], cites: ['internet-drug-info-measures 第五条'] , verified: '2026-11-24' }, [
  {
    id: 'permit.drugInfo.wechatDevices',
    when: all(sec('medicalDevices'), anyActivity('ownSales', 'liveCommerce', 'marketplace'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「医疗服务-医疗器械自营」和「医疗服务-医疗器械经营销售平台」类目（自营、平台各一个）唯一的提交途径都含《互联网药品信息服务资格证书》或《药品、医疗器械互联网信息服务备案凭证》；这是平台规则。',
    cites: ['wechat-categories 医疗服务-医疗器械自营、医疗器械经营销售平台 类目资质'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.drugInfo',
    when: any(sec('drugInfo'), all(sec('medicalDevices'), not(anyActivity('ownSales', 'marketplace', 'liveCommerce')))),
    status: 'required',
    basis: LAW,
    text: '提供药品或医疗器械信息须有互联网药品信息服务资格证书（省级药监部门核发，有效期 5 年），须在备案或申请许可证之前取得。',
    cites: ['internet-drug-info-measures 《互联网药品信息服务管理办法》第五条、第六条', 'internet-info-services-measures 国务院令第292号 第五条（药品和医疗器械）', 'practitioner-market-access-list 准入许可清单（药品信息）'],
    wechat: {
      text: '微信「医疗服务-药品信息展示」和「医疗服务-医疗器械信息展示」类目要求该证书或《药品、医疗器械互联网信息服务备案凭证》。',
      cites: ['wechat-categories 医疗服务-药品信息展示、医疗器械信息展示 类目资质（2选1）'],
    },
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** Who may hold it (reviewed on the outside review, issue 22). */
export const HOLDERS: Holders = {
  excludes: ['individual'],
  text: '互联网药品信息服务只由企事业单位或其他组织办理',
  cites: ['internet-drug-info-measures 第五条、第六条'],
  verified: '2026-12-06',
}
