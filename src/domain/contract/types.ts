/**
 * The profile → assessment contract (v1.1), as in `docs/contract.md`.
 * Names here are fixed by that contract: add fields, never rename or drop one.
 * Pure TypeScript: nothing in src/domain imports Taro or React.
 */

export const PLATFORMS = ['wechat', 'alipay', 'douyin'] as const
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
  'aiGenerated',
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

/** The merchant does not know: a first-class answer, and the engine says what decides it. */
export const UNSURE = 'unsure'
export type Unsure = typeof UNSURE
/** A yes/no answer that may also be 'unsure'. */
export type YesNoUnsure = boolean | Unsure
/** The option value of a yes/no answer in page ids (`opt-<field>-yes|no|unsure`). */
export const yesNoKey = (v: YesNoUnsure): 'yes' | 'no' | 'unsure' => (v === UNSURE ? 'unsure' : v ? 'yes' : 'no')

export const AI_MODELS = ['own', 'thirdParty', 'unfiled'] as const
export type AiModel = (typeof AI_MODELS)[number]

/** What the mini-program collects from its users (contract v1.2 `personalData`). */
export const PERSONAL_DATA = ['phone', 'address', 'location', 'face', 'idDocument', 'health', 'financial', 'userMedia', 'children'] as const
export type PersonalData = (typeof PERSONAL_DATA)[number]

/** The yes/no follow-up facts of contract v1.1, each asked only where it matters. */
export const YES_NO_FACTS = [
  'platformFees',
  'commission',
  'ownDevices',
  'ownDrivers',
  'saasHostsTransactions',
  'storedValueElsewhere',
  'publications',
  'recordedCourses',
  'inAppPurchases',
  /** Contract v1.2: books, shows reports or takes payments for several hospitals, with no diagnosis. */
  'multiHospital',
  /** Contract v1.2: paid school subjects for grades 1–9 (or pre-school children). */
  'k9Academic',
  /** Contract v1.2: minors (under 18) are among the intended users. */
  'minors',
  /** Contract v1.2: an AI keeps up a human-like persona with emotional interaction (companion, virtual partner). */
  'aiCompanion',
  /** Contract v1.2: advertises medical services, drugs, devices, health food or 特医食品 (its own or others'). */
  'healthAds',
  /** Contract v1.2: other people or merchants can live-stream in it. */
  'othersStream',
  /** Contract v1.2: users can withdraw balances, rewards or commissions as cash. */
  'cashOut',
  /** Contract v1.2: it will hold personal information of 1 million people or more. */
  'largeScale',
  /** Contract v1.2: an individual or 个体户 exempt from registration (《电子商务法》第十条: own farm products, handicrafts, 便民劳务, ≤ ¥100,000 a year). */
  'smallSeller',
] as const
export type YesNoFact = (typeof YES_NO_FACTS)[number]

/** Follow-up facts that settle 'depends' verdicts (contract v1.1). */
export type Facts = {
  [K in YesNoFact]?: YesNoUnsure
} & {
  /** aiGenerated: the operator's own (or fine-tuned) model, or a filed third-party model via API. */
  aiModel?: AiModel | Unsure
  /** Sectors whose permit or approval the operator already holds. */
  approvalsHeld?: Sector[]
}

export interface Operator {
  type: OperatorType
  /** CNY, whole yuan, >= 0; asked of companies. Unknown when absent. */
  registeredCapital?: number
  /** Percent of foreign ownership, 0..100; default 0. */
  foreignShare?: number
  /** GB/T 2260 code of the province of registration, e.g. "440000". */
  province?: string
  /** Registered in a 2024 VATS opening pilot zone. */
  pilotZone?: YesNoUnsure
  /** Branches, servers or staff in more than one province. */
  multiProvince?: YesNoUnsure
  /** Company, main investor or manager on 电信业务经营失信名单. */
  dishonestListed?: YesNoUnsure
}

export interface Profile {
  schemaVersion: 1
  platforms: Platform[]
  operator: Operator
  activities: Activity[]
  sectors: Sector[]
  /** With sector 'recruitment': posts jobs of other employers. */
  recruitsForOthers?: boolean
  /** Follow-up facts (contract v1.1). */
  facts?: Facts
  /** What it collects from its users (contract v1.2): [] none of these; absent not asked. */
  personalData?: PersonalData[]
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
  'algorithmFiling',
  'genAiFiling',
  // contract v1.2: the whole launch (licences, filings and duties)
  'privacyRules',
  'privacyDeclaration',
  'sensitiveData',
  'piGovernance',
  'ecommerceDuties',
  'platformDuties',
  'foodPlatformFiling',
  'devicePlatformFiling',
  'liveStreamFiling',
  'liveCommerceDuties',
  'adDuties',
  'adReview',
  'minorProtection',
  'paymentLicence',
  'securityGrading',
  'aiCompanionDuties',
] as const
export type RequirementId = (typeof REQUIREMENT_IDS)[number]

/**
 * What a requirement is (contract v1.2): a permit granted, a 备案 lodged, or a duty nobody grants.
 * The plan shows licences and filings as cards in order, duties as the checklist 上线前还要做到.
 */
export const REQUIREMENT_KINDS = ['licence', 'filing', 'duty'] as const
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number]

/** Each requirement's kind, once. */
export const KIND_OF: Readonly<Record<RequirementId, RequirementKind>> = {
  icpFiling: 'filing',
  icpLicense: 'licence',
  ediLicense: 'licence',
  spLicense: 'licence',
  foodPermit: 'licence',
  alcoholPermit: 'licence',
  publicationPermit: 'licence',
  medicalInstitutionLicense: 'licence',
  drugInfoCertificate: 'filing',
  medicalDeviceRecord: 'licence',
  hrServiceLicense: 'licence',
  internetNewsLicense: 'licence',
  onlinePublishingLicense: 'licence',
  networkCultureLicense: 'licence',
  audiovisualLicense: 'licence',
  rideHailingPermit: 'licence',
  gameApproval: 'licence',
  financeLicense: 'licence',
  schoolPermit: 'licence',
  religionPermit: 'licence',
  prepaidCardFiling: 'filing',
  algorithmFiling: 'filing',
  genAiFiling: 'filing',
  privacyRules: 'duty',
  privacyDeclaration: 'duty',
  sensitiveData: 'duty',
  piGovernance: 'duty',
  ecommerceDuties: 'duty',
  platformDuties: 'duty',
  foodPlatformFiling: 'filing',
  devicePlatformFiling: 'filing',
  liveStreamFiling: 'filing',
  liveCommerceDuties: 'duty',
  adDuties: 'duty',
  adReview: 'licence',
  minorProtection: 'duty',
  paymentLicence: 'licence',
  securityGrading: 'filing',
  aiCompanionDuties: 'duty',
}
/** A duty: shown in the checklist 上线前还要做到, not as a card of the plan. */
export const isDuty = (r: { id: RequirementId }): boolean => KIND_OF[r.id] === 'duty'

/** The three requirements every assessment holds, so "not required" is an answer. */
export const CORE_REQUIREMENTS = ['icpFiling', 'icpLicense', 'ediLicense'] as const satisfies readonly RequirementId[]

/** Telecom (VATS) licences: the eligibility check of 工信部令第42号 applies to these. */
export const TELECOM_LICENSES = ['icpLicense', 'ediLicense', 'spLicense'] as const satisfies readonly RequirementId[]
export type TelecomLicense = (typeof TELECOM_LICENSES)[number]
/** A telecom (VATS) licence: one notion, used by eligibility, steps and the plan. */
export const isTelecomLicense = (id: RequirementId): id is TelecomLicense => (TELECOM_LICENSES as readonly RequirementId[]).includes(id)

/**
 * The one status order: how strongly each status pushes the merchant to act. A demand beats a
 * probable demand; a contested point (consult) beats one a single answer settles (depends); "not
 * required" holds only where nothing else fired. The engine combines firing rules by it; the
 * plan orders cards by it (PLAN_ORDER).
 */
export const STATUS_STRENGTH: Readonly<Record<Status, number>> = { required: 4, likely: 3, consult: 2, depends: 1, notRequired: 0 }
/** "Needed": the merchant must act (required, or likely). Defined here once, imported everywhere. */
export const isNeeded = (r: { status: Status }): boolean => STATUS_STRENGTH[r.status] >= STATUS_STRENGTH.likely
/** Undecided: the answer depends on a fact, or the office should be asked. */
export const isUndecided = (r: { status: Status }): boolean => r.status === 'depends' || r.status === 'consult'
/**
 * The order the result shows statuses in (the contract: required, likely, depends/consult,
 * notRequired): STATUS_STRENGTH, strongest first, with the two undecided statuses as one group.
 */
export const PLAN_ORDER: Readonly<Record<Status, number>> = Object.fromEntries(
  STATUSES.map((s) => [s, STATUS_STRENGTH.required - (isUndecided({ status: s }) ? STATUS_STRENGTH.consult : STATUS_STRENGTH[s])]),
) as Record<Status, number>

export interface Reason {
  /** Stable rule id, e.g. "b21.marketplace". */
  rule: string
  /** One sentence a merchant understands (zh-CN). */
  text: string
  /** Ids of entries in the bundled sources list. */
  sources: string[]
  /** Added to the contract: the article or section of each source the rule rests on. */
  cites?: Array<{ source: string; article: string }>
}

export interface Requirement {
  id: RequirementId
  /** Contract v1.2: licence, filing or duty (KIND_OF). */
  kind: RequirementKind
  status: Status
  basis: Basis[]
  reasons: Reason[]
  /** For 'depends': the fact that decides it. */
  question?: string
  /** Added to the contract: the profile answer that decides a 'depends' (machine-readable). */
  fact?: keyof Facts | 'multiProvince' | 'pilotZone' | 'dishonestListed' | 'recruitsForOthers' | 'personalData'
  /** Why this operator cannot obtain this permit as things stand (contract v1.1). */
  blockers?: Array<{ code: EligibilityProblemCode; text: string }>
  /** The office that decides or answers (zh-CN), e.g. 省通信管理局, 商务主管部门 (contract v1.1). */
  authority?: string
  /** The operator says it already holds it (facts.approvalsHeld): next steps say 备案时提交, not 办理. */
  held?: true
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

export const PROBLEM_CODES = [
  'notACompany',
  'capitalTooLow',
  'foreignShareTooHigh',
  'dishonestListed',
  'foreignInvestmentProhibited',
  // contract v1.2
  'organisationOnly',
  'noNewApprovals',
  'categoryUnavailable',
  'licenceOutOfReach',
] as const
export type EligibilityProblemCode = (typeof PROBLEM_CODES)[number]

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
  /** Added to the contract: the answers that keep `eligible` null (empty when it is not null). */
  open?: EligibilityOpenFact[]
  /** Added to the contract: the foreign share is open only under the 2024 pilot, so MIIT's 试点批复 comes first. */
  pilotApproval?: true
}

/** An answer the eligibility check waits on. */
export type EligibilityOpenFact = 'registeredCapital' | 'multiProvince' | 'pilotZone' | 'dishonestListed'

/** A materials checklist: any one inner list of `anyOf` suffices; all of its items are needed. */
export interface MaterialGroup {
  title: string
  anyOf: string[][]
}

/** A platform service category (服务类目) to choose at submission (contract v1.1). */
export interface Category {
  platform: Platform
  /** The platform's own category names, top level first, e.g. ['商家自营', '食品']. */
  path: string[]
  /** Any one inner list suffices; all of its items are needed. */
  qualifications: string[][]
  /** False where this operator type may not choose the category (e.g. 个人). */
  available: boolean
  note?: string
  /** The date of the category list it comes from, e.g. '2026-02-21'. */
  catalogue: string
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
  /** The platform categories to choose (contract v1.1). */
  categories: Category[]
  /**
   * Contract v1.2: one draft per chosen platform whose 备案 form is known (WeChat). Optional until
   * result/assess.ts fills it (result/filing-draft.ts `filingDraftsOf`); the contract has it required.
   */
  filingDrafts: FilingDraft[]
}

/** Contract v1.2: what to type into the platform's 小程序备案 form (result/filing-draft.ts). */
export interface FilingDraft {
  platform: Platform
  /** 主体性质 as the form names it: 企业 / 个人 / 事业单位 / 政府机关 / 社会团体 … */
  subjectType: string
  /** 1–5 second-level 服务内容 types. */
  serviceContent: Array<{ code: number; name: string; parent: string }>
  /** 前置审批 types, or [{ code: 24, name: '以上都不涉及' }]. */
  preApprovals: Array<{ code: number; name: string }>
  /** The 备注, 20–200 characters, describing what the mini-program really does. */
  remark: string
  /** The documents to have ready for this 主体 type. */
  materials: string[]
  /** The date of the code lists it uses, e.g. '2026-08-07'. */
  snapshot: string
}
