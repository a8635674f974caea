/**
 * Alipay platform rules (basis: platform): only where the sources support them; unverified gates say consult.
 * One row per rule; see ./shared.ts for the row shape and docs/rules.md for how to add one.
 */
import { act, all, not, on } from '../condition'
import { CHECKED, PLATFORM, type RuleRow } from './shared'

export const ALIPAY_RULES = [
  {
    id: 'filing.alipay',
    requirement: 'icpFiling',
    when: on('alipay'),
    status: 'required',
    basis: PLATFORM,
    text: '支付宝自 2023-11-22 起向全部小程序开放代备案，新上架的小程序须同时完成备案。',
    cites: [{ source: 'S7', article: '代备案公告' }],
    verified: CHECKED,
  },
  {
    id: 'b25.dating.alipay',
    requirement: 'icpLicense',
    when: all(act('dating'), on('alipay'), not(on('wechat'))),
    status: 'consult',
    basis: PLATFORM,
    text: '交友类在微信须有 ICP 许可证；支付宝的类目资质表未能核实，以支付宝《小程序限制类目及所需资质材料》最新版本为准。',
    cites: [{ source: 'A5', article: '限制类目（内容未核实）' }, { source: 'S16', article: '官方说明：社交、医疗类目' }],
    verified: CHECKED,
  },
  {
    id: 'b25.redPackets.alipay',
    requirement: 'icpLicense',
    when: all(act('redPackets'), on('alipay'), not(on('wechat'))),
    status: 'consult',
    basis: PLATFORM,
    text: '用户充值红包在微信须有增值电信许可证；支付宝的类目资质表未能核实，以支付宝《小程序限制类目及所需资质材料》最新版本为准。',
    cites: [{ source: 'A5', article: '限制类目（内容未核实）' }, { source: 'S21', article: '从业者文章' }],
    verified: CHECKED,
  },
] as const satisfies readonly RuleRow[]
