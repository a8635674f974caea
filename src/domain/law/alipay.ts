/**
 * Alipay platform rules (basis: platform): only where the sources support them; unverified gates say consult.
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { act, all, not, on } from './condition'
import { CHECKED, PLATFORM, REVIEWED, type RuleRow } from './shared'

export const ALIPAY_RULES = [
  {
    id: 'filing.alipay',
    requirement: 'icpFiling',
    when: on('alipay'),
    status: 'required',
    basis: PLATFORM,
    text: '支付宝自 2023-11-22 起向全部小程序开放代备案，新上架的小程序须同时完成备案。',
    cites: ['S7 全面开放代备案公告（2023-11-22）'],
    verified: CHECKED,
  },
  {
    id: 'b25.dating.alipay',
    requirement: 'icpLicense',
    when: all(act('dating'), on('alipay'), not(on('wechat'))),
    status: 'consult',
    basis: PLATFORM,
    text: '交友类按法规免费时只需备案；支付宝交友类目要求什么资质未能核实，以支付宝《小程序限制类目及所需资质材料》最新版本为准。',
    cites: ['A5 《小程序限制类目及所需资质材料》（交友类目内容未核实）'],
    unsettled: '增补 §5：支付宝类目资质表未找到，不得套用微信门槛',
    verified: REVIEWED,
  },
  {
    id: 'b25.redPackets.alipay',
    requirement: 'icpLicense',
    when: all(act('redPackets'), on('alipay'), not(on('wechat'))),
    status: 'consult',
    basis: PLATFORM,
    text: '用户充值红包按法规不是有偿提供信息；支付宝红包类目要求什么资质未能核实，以支付宝《小程序限制类目及所需资质材料》最新版本为准。',
    cites: ['A5 《小程序限制类目及所需资质材料》（红包类目内容未核实）'],
    unsettled: '增补 §5：支付宝类目资质表未找到，不得套用微信门槛',
    verified: REVIEWED,
  },
] as const satisfies readonly RuleRow[]
