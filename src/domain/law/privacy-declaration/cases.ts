/** Golden cases of ./index.ts (a company on WeChat unless the profile says otherwise); run by test/domain/golden.test.ts. */
import type { GoldenCase } from '../book'

const R = 'privacyDeclaration'
export const CASES: readonly GoldenCase[] = [
  { rule: 'privacy.wechat', fires: true, profile: { personalData: [] }, requirement: R, status: 'required', reasons: ['privacy.wechat'] },
  { rule: 'privacy.wechat', fires: false, profile: { platforms: ['alipay'], personalData: [] }, requirement: R, status: 'required', reasons: ['privacy.alipay'] },
  { rule: 'privacy.wechat.open', fires: true, profile: {}, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.open'] },
  { rule: 'privacy.wechat.open', fires: false, profile: { personalData: ['address'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.address'] },
  { rule: 'privacy.wechat.phone', fires: true, profile: { personalData: ['phone'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.phone'] },
  { rule: 'privacy.wechat.phone', fires: false, profile: { personalData: ['location'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.location'] },
  { rule: 'privacy.wechat.phone.individual', fires: true, profile: { personalData: ['phone'], operator: { type: 'individual' } }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.phone', 'privacy.wechat.phone.individual'] },
  { rule: 'privacy.wechat.phone.individual', fires: false, profile: { personalData: ['phone'], operator: { type: 'soleProprietor' } }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.phone'] },
  { rule: 'privacy.wechat.location', fires: true, profile: { personalData: ['location', 'address'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.location', 'privacy.wechat.address'] },
  { rule: 'privacy.wechat.location', fires: false, profile: { personalData: [] }, requirement: R, status: 'required', reasons: ['privacy.wechat'] },
  { rule: 'privacy.wechat.address', fires: true, profile: { personalData: ['address'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.address'] },
  { rule: 'privacy.wechat.address', fires: false, profile: { personalData: ['address'], platforms: ['alipay'] }, requirement: R, status: 'required', reasons: ['privacy.alipay'] },
  { rule: 'privacy.wechat.media', fires: true, profile: { personalData: ['idDocument'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.media'] },
  { rule: 'privacy.wechat.media', fires: false, profile: { personalData: ['health'] }, requirement: R, status: 'required', reasons: ['privacy.wechat'] },
  { rule: 'privacy.alipay', fires: true, profile: { platforms: ['wechat', 'alipay'], personalData: [] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.alipay'] },
  { rule: 'privacy.alipay', fires: false, profile: { personalData: [] }, requirement: R, status: 'required', reasons: ['privacy.wechat'] },
  { rule: 'privacy.alipay.phone', fires: true, profile: { platforms: ['alipay'], personalData: ['phone'] }, requirement: R, status: 'required', reasons: ['privacy.alipay', 'privacy.alipay.phone'] },
  { rule: 'privacy.alipay.phone', fires: false, profile: { personalData: ['phone'] }, requirement: R, status: 'required', reasons: ['privacy.wechat', 'privacy.wechat.phone'] },
]
