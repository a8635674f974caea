/**
 * The five merchants of issue 12, as contract profiles: each walks the wizard in Chromium and on
 * the compiled WeChat output. Their verdicts come from the rules core (the core is tested on
 * its own): the walks check that the pages let each merchant say exactly this, and show it.
 */
import type { Profile } from '../../src/domain/contract/types'

export interface Merchant {
  slug: string
  name: string
  profile: Profile
}

export const MERCHANTS: readonly Merchant[] = [
  {
    slug: 'bakery',
    name: '烘焙店：自营 + 储值卡',
    profile: {
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company', registeredCapital: 500_000, province: '330000', multiProvince: false, dishonestListed: false },
      activities: ['ownSales', 'storedValue', 'coupons'],
      sectors: ['food'],
      facts: { storedValueElsewhere: false, approvalsHeld: ['food'] },
    },
  },
  {
    slug: 'mall',
    name: '商场：200 家商户入驻',
    profile: {
      schemaVersion: 1,
      platforms: ['wechat', 'alipay'],
      operator: { type: 'company', registeredCapital: 10_000_000, province: '440000', multiProvince: false, dishonestListed: false },
      activities: ['marketplace', 'coupons', 'points'],
      sectors: ['food'],
    },
  },
  {
    slug: 'articles',
    name: '个体户：付费文章',
    profile: {
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'soleProprietor', province: '510000', multiProvince: false },
      activities: ['paidContent', 'freeContent'],
      sectors: [],
      facts: { publications: false },
    },
  },
  {
    slug: 'forum',
    name: '论坛：外资 60 %，付费会员',
    profile: {
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: {
        type: 'company',
        registeredCapital: 1_000_000,
        foreignShare: 60,
        province: '310000',
        pilotZone: 'unsure',
        multiProvince: false,
        dishonestListed: false,
      },
      activities: ['ugc', 'paidContent'],
      sectors: [],
      facts: { publications: false, platformFees: true },
    },
  },
  {
    slug: 'dental',
    name: '牙科诊所：在线预约',
    profile: {
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company', registeredCapital: 2_000_000, province: '110000', multiProvince: false, dishonestListed: false },
      activities: ['showcase', 'leadForm'],
      sectors: ['medicalInstitution'],
      facts: { approvalsHeld: ['medicalInstitution'] },
    },
  },
]
