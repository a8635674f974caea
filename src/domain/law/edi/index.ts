/**
 * EDI 许可证 (ediLicense): 目录 B21 在线数据处理与交易处理业务.
 * The law: MIIT's test (办事指南 申办条件): a third-party trading platform on which both parties complete the transaction; a shop selling its own goods is a sales channel, not EDI.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { ALWAYS, act, all, anyActivity, fact, flag, not, on, open, sec } from '../../profile/condition'
import { PILOT_CITE, TELECOM_OFFICE, type CapRow } from '../telecom'
import { LAW, PLATFORM, type CiteText, book, type BookRow } from '../book'

const TEST: CiteText = 'miit-edi-service-guide 办事指南 申办条件（一）（二）：第三方交易平台、双方在平台上在线完成交易'
const TRADE: CiteText = 'telecom-catalogue-2015 目录 B21 交易处理业务'
const DEVICES: CiteText = 'edi-subtype-definitions-copy B21 子类定义：网络/电子设备数据处理业务'
const IOT_PLATFORM: CiteText = 'edi-business-scope-notes 业务界定：物联网应用平台（自建第三方平台为他人服务）'
const CLOUD: CiteText = 'telecom-catalogue-2015 目录 B11 互联网资源协作服务'
const RIDE_HAILING_10: CiteText = 'ride-hailing-measures 第十条'

export const EDI = book('ediLicense', TELECOM_OFFICE, [
  {
    id: 'b21.marketplace.wechat',
    ecommerce: true,
    when: all(act('marketplace'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「电商平台」类目（为多个经营者提供交易的平台）二选一：核准服务项目含「在线数据处理与交易处理业务」的增值电信业务经营许可证，或《行政许可不予受理通知书》加全套申请材料；两种都还要平台协议与交易规则、商家审核规则和纠纷处理机制。',
    cites: ['wechat-categories 电商平台 类目资质（二选一）', 'tencent-cloud-category-qualifications 电商平台类目范围'],
    verified: '2026-11-24',
  },
  {
    id: 'b21.marketplace',
    ecommerce: true,
    when: act('marketplace'),
    status: 'likely',
    basis: LAW,
    text: '其他商家在你的小程序里卖货、买卖双方在平台上完成交易，符合工信部办事指南对「交易处理业务」（第三方交易平台）的申办条件，很可能须取得 EDI 许可证；没有法规条文直接写明「须办 EDI」，这是按办事指南和从业者的一致做法。货款须经持牌支付机构分账，平台不得「二清」。',
    cites: [TEST, TRADE, 'howtolivebetter 二清属于无证支付业务'],
    verified: '2026-11-24',
  },
  {
    id: 'b21.saas',
    when: all(act('saas'), open('saasHostsTransactions')),
    status: 'depends',
    basis: LAW,
    text: '给其他商家用的 SaaS 是否属于 EDI，取决于交易是否在你的系统上完成：商家的买家在你的系统里下单付款，属于交易处理；只提供软件或云资源则不属于（云托管是 B11）。',
    question: '商家的买家是否在你的系统里下单、付款、完成交易？',
    fact: 'saasHostsTransactions',
    cites: [TEST, CLOUD],
    verified: '2026-11-24',
  },
  {
    id: 'b21.saas.hosts',
    when: all(act('saas'), fact('saasHostsTransactions')),
    status: 'likely',
    basis: LAW,
    text: '商家的买家在你的系统里下单付款、完成交易：符合办事指南「交易双方在平台上在线完成交易」的条件，很可能须 EDI 许可证（工信部对 SaaS 没有专门说法，很多 SaaS 厂商为稳妥起见办理）。',
    cites: [TEST, TRADE],
    fact: 'saasHostsTransactions',
    verified: '2026-11-24',
  },
  {
    id: 'b21.saas.tools',
    when: all(act('saas'), fact('saasHostsTransactions', 'no')),
    status: 'notRequired',
    basis: LAW,
    text: '只向商家提供软件或云资源，交易不在你的系统上完成：不属于交易处理，通常不需要 EDI（云资源属于 B11，另有规定）。',
    cites: [TEST, CLOUD],
    fact: 'saasHostsTransactions',
    verified: '2026-11-24',
  },
  {
    id: 'b21.iot',
    when: all(act('iotControl'), open('ownDevices')),
    status: 'depends',
    basis: LAW,
    text: '为其他企业或用户的联网设备提供控制和数据处理平台，属于 B21「网络/电子设备数据处理业务」，很可能需要 EDI；只控制自家卖出的设备，通常不算为他人提供的平台。',
    question: '小程序只控制你自家卖出的设备，还是也为其他企业或用户的设备提供平台？',
    fact: 'ownDevices',
    cites: [DEVICES, IOT_PLATFORM],
    verified: '2026-11-24',
  },
  {
    id: 'b21.iot.platform',
    when: all(act('iotControl'), fact('ownDevices', 'no')),
    status: 'likely',
    basis: LAW,
    text: '为其他企业或用户的联网设备提供控制和数据处理平台，属于 B21「网络/电子设备数据处理业务」，很可能须 EDI 许可证（业务界定为从业者转载，未见官方原文）。',
    cites: [DEVICES, IOT_PLATFORM],
    fact: 'ownDevices',
    verified: '2026-11-24',
  },
  {
    id: 'b21.iot.own',
    when: all(act('iotControl'), fact('ownDevices')),
    status: 'notRequired',
    basis: LAW,
    text: '只控制自家卖出的设备：B21 的定义是为他人提供设备控制和数据处理的业务，自家设备的配套小程序通常不属于，备案即可（这是按定义的推断，业务范围有疑问时向省通信管理局确认）。',
    cites: [DEVICES, IOT_PLATFORM],
    fact: 'ownDevices',
    verified: '2026-11-24',
  },
  {
    id: 'b21.rideHailing',
    when: all(sec('rideHailing'), open('ownDrivers')),
    status: 'depends',
    basis: LAW,
    text: '撮合乘客与独立司机的网约车平台，从业者转载的业务界定把它列为交易处理（如滴滴出行），很可能需要 EDI；司机都是与你签劳动合同的员工（如神州专车）的，只需备案。',
    question: '司机是平台撮合的独立司机，还是与你公司签了劳动合同的员工？',
    fact: 'ownDrivers',
    cites: ['edi-business-scope-notes 业务界定：案例（滴滴出行）与注意3（神州专车）', RIDE_HAILING_10],
    verified: '2026-11-24',
  },
  {
    id: 'b21.rideHailing.matching',
    ecommerce: true,
    when: all(sec('rideHailing'), fact('ownDrivers', 'no')),
    status: 'likely',
    basis: LAW,
    text: '你撮合乘客与独立司机：从业者转载的工信部业务界定把这类平台（如滴滴出行）列为交易处理，很可能需要 EDI。这只是从业者的依据；另有转述称工信部答复「网约车平台只需做网站备案」，申请前请向省通信管理局确认。',
    cites: ['edi-business-scope-notes 业务界定：案例（滴滴出行）'],
    fact: 'ownDrivers',
    verified: '2026-11-24',
  },
  {
    id: 'b21.rideHailing.ownDrivers',
    when: all(sec('rideHailing'), fact('ownDrivers')),
    status: 'notRequired',
    basis: LAW,
    text: '司机都是与你签劳动合同的员工，是自营服务而不是撮合平台：业务界定举神州专车为例，只需网站备案；《网约车暂行办法》第十条也只要求备案。',
    cites: ['edi-business-scope-notes 业务界定 注意3（神州专车）', 'howtolivebetter 工信部答复：网约车平台只需做网站备案', RIDE_HAILING_10],
    fact: 'ownDrivers',
    verified: '2026-11-24',
  },
  {
    id: 'b21.recruitment',
    when: all(sec('recruitment'), flag('recruitsForOthers'), not(act('marketplace')), open('commission')),
    status: 'depends',
    basis: LAW,
    text: '招聘平台只有在用人单位与求职者在平台上在线完成交易、平台按成交收取佣金或服务费时，才符合交易处理的条件。',
    question: '平台是否按成交向用人单位或求职者收取佣金或服务费？',
    fact: 'commission',
    cites: [TEST],
    verified: '2026-11-24',
  },
  {
    id: 'b21.recruitment.commission',
    ecommerce: true,
    when: all(sec('recruitment'), flag('recruitsForOthers'), not(act('marketplace')), fact('commission')),
    status: 'likely',
    basis: LAW,
    text: '用人单位与求职者在平台上成交、平台收取佣金或服务费：符合办事指南「第三方交易平台、双方在线完成交易」的条件，很可能须 EDI 许可证。',
    cites: [TEST, 'edi-business-scope-notes 业务界定 注意2（只收平台占用费或佣金）'],
    fact: 'commission',
    verified: '2026-11-24',
  },
  {
    id: 'b21.ownSales',
    when: all(anyActivity('ownSales', 'storedValue', 'points', 'coupons', 'liveCommerce'), not(act('marketplace'))),
    status: 'notRequired',
    basis: LAW,
    text: '只卖自己的商品是「销售渠道的延伸」，不是第三方交易平台，不属于 EDI；个别代办机构说收款、储值、积分就要办证，是少数、偏保守的看法。',
    cites: ['edi-business-scope-notes 业务界定 注意1（销售渠道的延伸）', 'practitioner-articles 从业者文章（自营电商）'],
    verified: '2026-11-24',
  },
  {
    id: 'b21.classifieds',
    when: all(anyActivity('classifieds', 'paidListings'), not(act('marketplace'))),
    status: 'notRequired',
    basis: LAW,
    text: '信息发布平台上买卖双方不在平台内下单付款，不属于交易处理；如果让他们在平台内成交，请选择「商家入驻」。',
    cites: [TEST, 'telecom-catalogue-2015 目录 B25 第①项 信息发布平台和递送服务'],
    verified: '2026-11-24',
  },
  {
    id: 'b21.none',
    when: ALWAYS,
    fallback: true,
    status: 'notRequired',
    basis: LAW,
    text: '没有第三方商家在你的平台上与买家完成交易，不属于 EDI（在线数据处理与交易处理业务）。',
    cites: [TEST, TRADE],
    verified: '2026-11-22',
  },
] as const satisfies readonly BookRow[])

/**
 * Foreign ownership of an EDI licence: 经营类电子商务 (the rows marked `ecommerce` above) open to
 * 100 % since 2015-06-19; the rest of B21 capped at 50 % outside the 2024 pilot zones.
 */
export const EDI_CAPS = {
  ecommerce: {
    id: 'cap.edi.ecommerce',
    percent: 100,
    text: '经营类电子商务（第三方交易平台的 EDI）自 2015-06-19 起全国放开外资股比，可达 100%。',
    cites: ['ecommerce-fdi-notice-2015 工信部通〔2015〕196号'],
    since: '2015-06-19',
  },
  pilot: {
    id: 'cap.edi.pilot',
    percent: 100,
    text: '试点区内 EDI（B21）全部放开外资股比，须取得工信部《电信业务经营试点批复》。',
    cites: [PILOT_CITE],
    since: '2024-04-08',
  },
  other: {
    id: 'cap.edi.other',
    percent: 50,
    text: '电子商务以外的 EDI 业务外资股比不超过 50%（2024 年试点区除外）。',
    cites: ['vats-pilot-notice-2024 试点前 B21 其余业务仍限 50%', 'negative-list-2020 负面清单 第十六条'],
  },
} as const satisfies Record<string, CapRow>
