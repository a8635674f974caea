/**
 * The ruleset's version: it changes whenever any rule changes, and every assessment
 * carries it, so a saved result can be explained after the rules move on.
 * Scheme: YEAR.MONTH.PATCH of the rules' last review.
 */
export const RULESET_VERSION = '2026.11.0'
export const RULESET_DATE = '2026-11-22'

export interface ChangelogEntry {
  version: string
  date: string
  changes: string[]
}

/** Newest first. */
export const CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: '2026.11.0',
    date: '2026-11-22',
    changes: [
      '首版规则：ICP 备案、ICP 许可证（B25）、EDI 许可证（B21）、SP 证与 17 项行业许可，依据 licensing-reference（2026-11）及其增补。',
      '外资：EDI 电子商务自 2015 年起可 100% 外资；ICP 许可证外资不超过 50%，2024 年试点区仅放开信息发布平台和递送服务。',
      '申请资格：采用 2017 年《电信业务经营许可管理办法》的「未被列入电信业务经营失信名单」，不再使用「三年内无违法记录」的旧说法。',
      '网约车 EDI 由「有争议」改为「视情况」：撮合独立司机需要，自有员工司机只需备案（增补 §11）。',
      '支付宝的交友、红包类目资质未能核实：只在支付宝上线时说「建议咨询」，不套用微信的门槛（增补 §5）。',
    ],
  },
]
