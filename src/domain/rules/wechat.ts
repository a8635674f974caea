/**
 * WeChat platform rules (basis: platform): they fire only when WeChat is among the platforms.
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { act, all, on } from '../condition'
import { CHECKED, PLATFORM, REVIEWED, type RuleRow } from './shared'

export const WECHAT_RULES = [
  {
    id: 'filing.wechat',
    requirement: 'icpFiling',
    when: on('wechat'),
    status: 'required',
    basis: PLATFORM,
    text: '微信自 2023-09-01 起要求未上架的小程序先备案后上架，已上架的须在 2024-03-31 前备案，否则清退。',
    cites: [{ source: 'S6', article: '关于开展微信小程序备案的通知' }],
    verified: CHECKED,
  },
  {
    id: 'b25.dating.wechat',
    requirement: 'icpLicense',
    when: all(act('dating'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「社交-陌生人交友/熟人交友」类目要求增值电信业务经营许可证（含互联网信息服务），即使完全免费也一样；这是平台规则，比法规更严。',
    cites: [{ source: 'S16', article: '社交-陌生人交友/熟人交友 类目资质' }],
    verified: REVIEWED,
  },
  {
    id: 'b25.redPackets',
    requirement: 'icpLicense',
    when: all(act('redPackets'), on('wechat')),
    status: 'likely',
    basis: PLATFORM,
    text: '据从业者报告（2019–2020 年），微信审核含用户充值红包功能的小程序时要求增值电信业务经营许可证；这是平台审核做法，未见微信官方类目原文。',
    cites: [{ source: 'S21', article: '从业者文章（orangekeji，红包类目）' }],
    verified: REVIEWED,
  },
  {
    id: 'b21.marketplace.wechat',
    requirement: 'ediLicense',
    when: all(act('marketplace'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「电商平台」类目（为多个经营者提供交易的平台）二选一：核准服务项目含「在线数据处理与交易处理业务」的增值电信业务经营许可证，或《行政许可不予受理通知书》加全套申请材料；两种都还要平台协议与交易规则、商家审核规则和纠纷处理机制。',
    cites: [{ source: 'B1', article: '电商平台 类目资质（二选一）' }, { source: 'S17', article: '电商平台类目范围' }],
    verified: REVIEWED,
  },
] as const satisfies readonly RuleRow[]
