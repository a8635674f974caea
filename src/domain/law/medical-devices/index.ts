/**
 * 医疗器械经营许可 / 备案 (medicalDeviceRecord).
 * The law: 《医疗器械监督管理条例》; WeChat's medical-device categories.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, not, on, sec } from '../../profile/condition'
import { LAW, PLATFORM, sells, book, type BookRow } from '../book'

export const MEDICAL_DEVICES = book('medicalDeviceRecord', { authority: '设区的市级负责药品监督管理的部门', sectors: ['medicalDevices'], cites: ['medical-devices-regulations 第四十一条'], verified: '2026-12-06' }, [
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
    when: all(sec('medicalDevices'), sells),
    status: 'required',
    basis: LAW,
    text: '自己在线卖医疗器械：第三类须有医疗器械经营许可证，第二类须办经营备案（第一类和免于备案的第二类除外），并向设区的市级药监部门报送网络销售信息。',
    cites: ['samr-54 第四条', 'medical-devices-regulations 第四十一条、第四十六条', 'cfda-38 第八条'],
    verified: '2026-12-06',
  },
  {
    id: 'permit.medicalDevices.platform',
    when: all(sec('medicalDevices'), act('marketplace'), not(sells)),
    status: 'notRequired',
    basis: LAW,
    text: '只让其他商家在你的平台上卖医疗器械：经营许可或备案是入驻商家各自的义务，平台本身不需要；平台要核验商家的许可或备案、实名登记，并向省级药监部门办理医疗器械网络交易服务第三方平台备案。',
    cites: ['medical-devices-regulations 第四十六条', 'cfda-38 第十五条、第十六条'],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
