/**
 * What to have ready for WeChat's 小程序备案 form, by 主体 type (addendum 2026-12 §9.4; field notes
 * of applyIcpFiling via SDK copies, E40; face check, E38; the filing guide, S6). Each line is
 * written for the merchant; the draft picks the lines for its 主体 type (result/filing-draft.ts).
 */
import type { CiteText } from '../../book'

export const MATERIALS_CITES: readonly CiteText[] = [
  'wechat-filing-sdk-field-notes applyIcpFiling：icp_subject、icp_applets、icp_materials',
  'wechat-filing-api createIcpVerifyTask 小程序负责人人脸核验',
  'wechat-filing-guide 小程序备案指引（备案材料）',
]

export const MATERIAL_LINES = {
  /** {certificates}: the accepted certificates of the 主体 type, joined. */
  certificate: (certificates: string) => `主办单位证件（可用：${certificates}）：证件号码、住所和证件照片`,
  personalCertificate: (certificates: string) => `本人身份证件（可用：${certificates}）：证件号码和照片`,
  address: '通讯地址：须在所选的省、市、区县之内',
  principal: '主体负责人身份证件（一般为法定代表人）：姓名、证件号码、有效期（可填「长期」）、证件正反面照片，手机号、邮箱和应急联系方式',
  soleProprietorPrincipal: '主体负责人身份证件（一般为营业执照上的经营者）：姓名、证件号码、有效期（可填「长期」）、证件正反面照片，手机号、邮箱和应急联系方式',
  unitPrincipal: '主体负责人身份证件（一般为法定代表人或单位负责人）：姓名、证件号码、有效期（可填「长期」）、证件正反面照片，手机号、邮箱和应急联系方式',
  personalPrincipal: '主体负责人和小程序负责人都是你本人：同一身份证件，手机号、邮箱和应急联系方式',
  appPrincipal: '小程序负责人身份证件：姓名、证件号码、有效期、证件照片，手机号、邮箱和应急联系方式',
  faceCheck: '小程序负责人在微信里完成人脸核验（核验任务有效期有限，发起后尽快完成）',
  authorisation: '授权书：主体负责人或小程序负责人不是法定代表人时上传，并填写法定代表人的姓名和身份证号',
  undertaking: '《互联网信息服务承诺书》（平台提供模板，签字或盖章后上传）',
  residencePermit: '居住证：在身份证签发地以外的省份备案时，部分省份要求（具体规则为推断）',
  renamed: '主体更名函：主体名称变更过的单位需要',
  partyBuilding: '党建确认函：部分省份要求（哪些省份为推断）',
  preApproval: (types: string) => `前置审批文件（${types}）：每一项都要填审批号并上传文件`,
  notInvolved: '《不涉及前置审批的承诺书》或情况说明：名称含行业用词时部分管局会要，作为「其他附件」上传 [从业者做法]',
} as const
