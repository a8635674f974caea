/**
 * WeChat platform rules (basis: platform): they fire only when WeChat is among the platforms.
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { act, all, anyActivity, on, sec } from './condition'
import { CHECKED, PLATFORM, REVIEWED, sells, type RuleRow } from './shared'

export const WECHAT_RULES = [
  {
    id: 'filing.wechat',
    requirement: 'icpFiling',
    when: on('wechat'),
    status: 'required',
    basis: PLATFORM,
    text: '微信自 2023-09-01 起要求未上架的小程序先备案后上架，已上架的须在 2024-03-31 前备案，否则清退。',
    cites: ['S6 关于开展微信小程序备案的通知'],
    verified: CHECKED,
  },
  {
    id: 'b25.dating.wechat',
    requirement: 'icpLicense',
    when: all(act('dating'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「社交-陌生人交友」和「社交-熟人交友」类目要求增值电信业务经营许可证（含互联网信息服务），即使完全免费也一样；这是平台规则，比法规更严。',
    cites: ['S16 社交-陌生人交友/熟人交友 类目资质'],
    verified: REVIEWED,
  },
  {
    id: 'b25.redPackets',
    requirement: 'icpLicense',
    when: all(act('redPackets'), on('wechat')),
    status: 'likely',
    basis: PLATFORM,
    text: '据从业者报告（2019–2020 年），微信审核含用户充值红包功能的小程序时要求增值电信业务经营许可证；这是平台审核做法，未见微信官方类目原文。',
    cites: ['S21 从业者文章（orangekeji，红包类目）'],
    verified: REVIEWED,
  },
  {
    id: 'b21.marketplace.wechat',
    requirement: 'ediLicense',
    when: all(act('marketplace'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「电商平台」类目（为多个经营者提供交易的平台）二选一：核准服务项目含「在线数据处理与交易处理业务」的增值电信业务经营许可证，或《行政许可不予受理通知书》加全套申请材料；两种都还要平台协议与交易规则、商家审核规则和纠纷处理机制。',
    cites: ['B1 电商平台 类目资质（二选一）', 'S17 电商平台类目范围'],
    verified: REVIEWED,
  },
  {
    id: 'permit.drugInfo.wechatDevices',
    requirement: 'drugInfoCertificate',
    when: all(sec('medicalDevices'), anyActivity('ownSales', 'liveCommerce', 'marketplace'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「医疗服务-医疗器械自营」和「医疗服务-医疗器械经营销售平台」类目（自营、平台各一个）唯一的提交途径都含《互联网药品信息服务资格证书》或《药品、医疗器械互联网信息服务备案凭证》；这是平台规则。',
    cites: ['B1 医疗服务-医疗器械自营、医疗器械经营销售平台 类目资质'],
    verified: REVIEWED,
  },
  {
    id: 'permit.medicalDevices.wechat',
    requirement: 'medicalDeviceRecord',
    when: all(sec('medicalDevices'), sells, on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「医疗服务-医疗器械自营」类目要求《医疗器械生产许可证》或《医疗器械经营许可证》；类目资质里没有列经营备案凭证。',
    cites: ['B1 医疗服务-医疗器械自营 类目资质'],
    verified: REVIEWED,
  },
  {
    id: 'permit.religion.wechat',
    requirement: 'religionPermit',
    when: all(sec('religion'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「文娱-宗教信息」类目要求《互联网宗教信息服务许可证》，且许可的服务形式须含微信小程序、应用程序或互联网小程序。',
    cites: ['B1 文娱-宗教信息 类目资质'],
    verified: REVIEWED,
  },
  {
    id: 'permit.food.wechatAlcohol',
    requirement: 'foodPermit',
    when: all(sec('alcohol'), sells, on('wechat')),
    status: 'likely',
    basis: PLATFORM,
    text: '微信「商家自营-酒类」类目不要求酒类经营许可，而是三选一：含酒类的《食品生产许可证》或含预包装食品销售的《食品经营许可证》、《预包装食品销售备案凭证》（仅销售预包装食品），或口岸商店的《国境口岸卫生许可证》；口岸商店以外，很可能要先办食品经营许可或预包装食品销售备案。',
    cites: ['B1 商家自营-酒类 类目资质（3选1）'],
    verified: REVIEWED,
  },
] as const satisfies readonly RuleRow[]
