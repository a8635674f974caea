/**
 * The fixed sentences of the next steps, as rows with the sources they rest on (reference
 * §2–§3, S2, S5, S6, S7, S9, S20, S21). ../steps.ts decides which apply and fills in names.
 */
import type { CiteText } from './shared'

export interface StepRow {
  id: string
  text: string
  cites: readonly CiteText[]
}

/**
 * The times stated in more than one place (the next steps here, the plan in ../plan.ts), defined
 * once: licence review (S2 令第42号: 60 日; S21 practitioners: 1–3 个月), licence validity (S20: 5 年),
 * filing review (S6: platform 1–2, bureau 1–20 working days) and when to start it.
 */
export const TIMES = {
  licenceStatutory: '60 日',
  licenceTypical: '1–3 个月',
  licenceValidity: '5 年',
  filingReview: '平台初审 1–2 个工作日，管局审核 1–20 个工作日',
  filingLead: '建议在上线前 20–30 个工作日开始',
} as const

export const STEP_ROWS = {
  apply: {
    id: 'step.apply',
    text: `在工信部政务服务平台（dxzhgl.miit.gov.cn）申请：法定审查期 ${TIMES.licenceStatutory}，实际通常 ${TIMES.licenceTypical}，个别省份更久。`,
    cites: ['S2 令第42号 审查期限（60 日）', 'S21 从业者报告的办理周期'],
  },
  waitForLicence: {
    id: 'step.waitForLicence',
    text: '许可证下来之前，不要上线需要许可证的功能；有代办称微信曾接受受理通知先上线，但并不稳定，不要依赖。',
    cites: ['S21 从业者报告（受理通知先上线）'],
  },
  fileWechat: {
    id: 'step.fileWechat',
    text: `在微信公众平台提交小程序备案：${TIMES.filingReview}，${TIMES.filingLead}。`,
    cites: ['S6 小程序备案指引'],
  },
  fileAlipay: {
    id: 'step.fileAlipay',
    text: '在支付宝开放平台或商家平台提交小程序备案，新上架的小程序须同时完成备案。',
    cites: ['S7 全面开放代备案公告'],
  },
  showNumber: { id: 'step.showNumber', text: '备案通过后，在小程序中展示备案号。', cites: ['S20 未展示备案号的罚则'] },
  noPooling: {
    id: 'step.noPooling',
    text: '商家货款经微信支付、支付宝等持牌机构分账结算，平台不得自己归集资金（「二清」属于无证支付业务）。',
    cites: ['S20 二清属于无证支付业务'],
  },
  redPackets: {
    id: 'step.redPackets',
    text: '红包请使用微信支付或支付宝的官方红包能力；用户充值后相互转账可能构成支付业务，须有支付牌照。',
    cites: ['S20 支付业务须持牌'],
  },
  contentSafety: {
    id: 'step.contentSafety',
    text: '用户发布内容须落实实名和日志留存（不少于 6 个月）。',
    cites: ['S20 实名与日志留存'],
  },
  contentSafetyWechat: {
    id: 'step.contentSafetyWechat',
    text: '在微信上，用户发布内容须接入内容安全接口（msgSecCheck、imgSecCheck、mediaCheckAsync），首次提交社交类目须经属地网信部门报备审核（约 7 个自然日）。',
    cites: ['S16 报备类目与内容安全接口'],
  },
  afterLicence: {
    id: 'step.afterLicence',
    text: `取得许可证后：有效期 ${TIMES.licenceValidity}，到期前申请续期；每年第一季度（3 月 31 日前，具体开放日期以当年通知为准，2025 年为 1 月 10 日起）在工信部系统提交上一年度年报，未报会被列入不良名单。`,
    cites: ['S9 年报通知（一季度、3 月 31 日前）', 'S20 有效期 5 年'],
  },
} as const satisfies Record<string, StepRow>
