/**
 * 互联网药品信息服务资格证书 / 备案 (drugInfoCertificate).
 * The law: 《互联网药品信息服务管理办法》第五条、第六条; WeChat's medical categories.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, anyActivity, anySector, on, sec } from '../../profile/condition'
import { LAW, PLATFORM, book, type BookRow, type Holders, type CiteText } from '../book'

/** Since 2025-12-22 the certificate is a filing with the provincial drug administration (国家药监局公告2025年第123号). */
const FILING_2025: CiteText = 'drug-device-info-filing-provisions 《互联网药品医疗器械信息服务备案管理规定》（由审批改为备案）'

export const DRUG_INFO = book('drugInfoCertificate', { authority: '省药品监督管理局', sectors: ['drugInfo', 'medicalDevices'], cites: [FILING_2025], verified: '2026-12-06' }, [
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
    // The law, for every service that publishes drug or device information: shops and platforms too (not only a platform gate).
    when: anySector('drugInfo', 'medicalDevices'),
    status: 'required',
    basis: LAW,
    text: '在小程序里发布药品或医疗器械信息（目录、说明、价格、平台上的商品页）须向省级药监部门办理互联网药品医疗器械信息服务备案：自 2025-12-22 起由资格证书审批改为备案，办理者须为法人或其他组织，并有 2 名以上药学或医疗器械专业人员；小程序备案时还要选前置审批类型「药品和医疗器械」。是否须在小程序备案之前办好，未见明文（推断）。',
    cites: [FILING_2025, 'internet-info-services-measures 国务院令第292号 第五条（药品和医疗器械）'],
    effective: '2025-12-22',
    wechat: {
      text: '微信「医疗服务-药品信息展示」和「医疗服务-医疗器械信息展示」类目要求该证书或《药品、医疗器械互联网信息服务备案凭证》。',
      cites: ['wechat-categories 医疗服务-药品信息展示、医疗器械信息展示 类目资质（2选1）'],
    },
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])

/** Who may hold it (reviewed on the outside review, issue 22). */
export const HOLDERS: Holders = {
  excludes: ['individual'],
  text: '互联网药品医疗器械信息服务备案只由法人或其他组织办理',
  cites: ['drug-device-info-filing-provisions 备案主体（法人或其他组织）'],
  verified: '2026-12-06',
}
