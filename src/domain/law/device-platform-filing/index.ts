/**
 * 医疗器械网络交易服务第三方平台备案 (devicePlatformFiling): a platform on which others sell
 * medical devices (addendum 2026-12 §3.2, §0 row 22). The sellers' own licences stay theirs
 * (../medical-devices/); the platform files, and needs the drug/device information filing (../drug-info/).
 * The law: 《医疗器械网络销售监督管理办法》第十五条至第十七条; 《医疗器械监督管理条例》第四十六条.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act, all, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const DEVICE_PLATFORM_FILING = book('devicePlatformFiling', {
  authority: '省级药品监督管理部门',
  cites: ['cfda-38 第十五条'],
  verified: '2026-12-06',
}, [
  {
    id: 'devicePlatform.marketplace',
    when: all(act('marketplace'), sec('medicalDevices')),
    status: 'required',
    basis: LAW,
    text: '其他商家在你的小程序里卖医疗器械，你是医疗器械网络交易服务第三方平台：向所在地省级药品监督管理部门备案，备案前须已办理互联网药品医疗器械信息服务备案和 ICP 备案或许可；核验入驻商家的经营许可或备案并实名登记。',
    cites: ['cfda-38 第十五条至第十七条', 'medical-devices-regulations 第四十六条'],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
