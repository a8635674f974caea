/**
 * The profile → assessment contract (v1), as in `shared/spec/assessment-contract.md`.
 * Names here are fixed by that contract: add fields, never rename or drop one.
 * Pure TypeScript: nothing in src/domain imports Taro or React.
 */

export const PLATFORMS = ['wechat', 'alipay'] as const
export type Platform = (typeof PLATFORMS)[number]

export const OPERATOR_TYPES = ['company', 'soleProprietor', 'individual', 'publicInstitution'] as const
export type OperatorType = (typeof OPERATOR_TYPES)[number]

export const ACTIVITIES = [
  'showcase',
  'freeContent',
  'leadForm',
  'ownSales',
  'marketplace',
  'paidContent',
  'paidListings',
  'classifieds',
  'ads',
  'ugc',
  'dating',
  'messaging',
  'redPackets',
  'storedValue',
  'points',
  'coupons',
  'membershipDiscount',
  'liveCommerce',
  'liveEntertainment',
  'saas',
  'iotControl',
  'smsForOthers',
  'search',
] as const
export type Activity = (typeof ACTIVITIES)[number]

export const SECTORS = [
  'food',
  'alcohol',
  'books',
  'medicalInstitution',
  'internetHospital',
  'healthInfo',
  'drugInfo',
  'medicalDevices',
  'finance',
  'education',
  'k12Tutoring',
  'recruitment',
  'realEstate',
  'news',
  'publishing',
  'games',
  'audiovisual',
  'culture',
  'rideHailing',
  'religion',
] as const
export type Sector = (typeof SECTORS)[number]

export interface Operator {
  type: OperatorType
  /** CNY, whole yuan, >= 0; asked of companies. Unknown when absent. */
  registeredCapital?: number
  /** Percent of foreign ownership, 0..100; default 0. */
  foreignShare?: number
  /** GB/T 2260 code of the province of registration, e.g. "440000". */
  province?: string
  /** Registered in a 2024 VATS opening pilot zone. */
  pilotZone?: boolean
  /** Branches, servers or staff in more than one province. */
  multiProvince?: boolean
  /** Company, main investor or manager on 电信业务经营失信名单. */
  dishonestListed?: boolean
}

export interface Profile {
  schemaVersion: 1
  platforms: Platform[]
  operator: Operator
  activities: Activity[]
  sectors: Sector[]
  /** With sector 'recruitment': posts jobs of other employers. */
  recruitsForOthers?: boolean
}

export const STATUSES = ['required', 'likely', 'depends', 'notRequired', 'consult'] as const
export type Status = (typeof STATUSES)[number]

export type Basis = 'law' | 'platform'

export const REQUIREMENT_IDS = [
  'icpFiling',
  'icpLicense',
  'ediLicense',
  'spLicense',
  'foodPermit',
  'alcoholPermit',
  'publicationPermit',
  'medicalInstitutionLicense',
  'drugInfoCertificate',
  'medicalDeviceRecord',
  'hrServiceLicense',
  'internetNewsLicense',
  'onlinePublishingLicense',
  'networkCultureLicense',
  'audiovisualLicense',
  'rideHailingPermit',
  'gameApproval',
  'financeLicense',
  'schoolPermit',
  'religionPermit',
  'prepaidCardFiling',
] as const
export type RequirementId = (typeof REQUIREMENT_IDS)[number]

/** The three requirements every assessment holds, so "not required" is an answer. */
export const CORE_REQUIREMENTS = ['icpFiling', 'icpLicense', 'ediLicense'] as const satisfies readonly RequirementId[]

/** Telecom (VATS) licences: the eligibility check of 工信部令第42号 applies to these. */
export const TELECOM_LICENSES = ['icpLicense', 'ediLicense', 'spLicense'] as const satisfies readonly RequirementId[]
export type TelecomLicense = (typeof TELECOM_LICENSES)[number]

export interface Reason {
  /** Stable rule id, e.g. "b21.marketplace". */
  rule: string
  /** One sentence a merchant understands (zh-CN). */
  text: string
  /** Ids of entries in the bundled sources list. */
  sources: string[]
}

export interface Requirement {
  id: RequirementId
  status: Status
  basis: Basis[]
  reasons: Reason[]
  /** For 'depends': the fact that decides it. */
  question?: string
}

export interface PlatformGate {
  platform: Platform
  /** The platform's service category, e.g. "电商平台". */
  category: string
  /** Any one inner list suffices; all of its items are needed. Empty: nothing beyond filing. */
  qualifications: string[][]
  note?: string
  /** Added to the contract: the rule that produced this gate and what it rests on. */
  rule: string
  sources: string[]
}

export type EligibilityProblemCode = 'notACompany' | 'capitalTooLow' | 'foreignShareTooHigh' | 'dishonestListed'

export interface EligibilityProblem {
  code: EligibilityProblemCode
  text: string
  /** Added to the contract: what the statement rests on. */
  sources: string[]
}

export interface Eligibility {
  licenses: RequirementId[]
  capitalRequired: number
  authority: 'province' | 'miit' | 'consult'
  /** null: a needed fact (capital) is unknown. */
  eligible: boolean | null
  problems: EligibilityProblem[]
  /** Added to the contract: facts the check could not judge, said as what is needed. */
  notes: string[]
}

/** A materials checklist: any one inner list of `anyOf` suffices; all of its items are needed. */
export interface MaterialGroup {
  title: string
  anyOf: string[][]
}

export interface Assessment {
  rulesetVersion: string
  requirements: Requirement[]
  preApprovals: Sector[]
  platformGates: PlatformGate[]
  eligibility: Eligibility | null
  nextSteps: string[]
  /** Added to the contract: the materials to prepare, as any-of/all-of groups. */
  materials: MaterialGroup[]
}
