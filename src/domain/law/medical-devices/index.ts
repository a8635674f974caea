/**
 * 医疗器械经营许可 / 备案 (medicalDeviceRecord).
 * The law: 《医疗器械监督管理条例》; WeChat's medical-device categories.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, anyActivity, on, sec } from '../../profile/condition'
import { LAW, PLATFORM, sells, book, type BookRow } from '../book'

export const MEDICAL_DEVICES = book('medicalDeviceRecord', { authority: '负责药品监督管理的部门（设区的市级；层级按推断）', sectors: ['medicalDevices'], cites: ['practitioner-market-access-list 准入许可清单'] , verified: '2026-11-24' }, [
  {
    id: 'permit.medicalDevices.wechat',
    when: all(sec('medicalDevices'), sells, on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「医疗服务-医疗器械自营」类目要求《医疗器械生产许可证》或《医疗器械经营许可证》；类目资质里没有列经营备案凭证。',
    cites: ['wechat-categories 医疗服务-医疗器械自营 类目资质'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.medicalDevices',
    when: all(sec('medicalDevices'), anyActivity('ownSales', 'marketplace', 'liveCommerce')),
    status: 'required',
    basis: LAW,
    text: '网络销售医疗器械须有医疗器械经营许可证或备案凭证。',
    cites: ['practitioner-market-access-list 准入许可清单（医疗器械网络销售）'],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
