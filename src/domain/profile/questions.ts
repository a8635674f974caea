/**
 * The wizard's steps: which answers of the table (./answers.ts) are asked on which step, in
 * which order, and what 下一步 waits for. The shape, labels, options and visibility of each
 * answer live in the table only; a step names answers by id.
 */
import {
  ANSWER_FIELDS,
  FIELD_BY_ID,
  isAnswered,
  optionsOf,
  type AnswerField,
  type AnswerId,
  type Answers,
  type Option,
} from './answers'
import { PROVINCE_CODES } from './provinces'
import type { Activity } from '../contract/types'

export {
  ACTIVITY_LABELS,
  SECTOR_LABELS,
  describeAnswers,
  fromProfile,
  isVisible,
  toProfile,
  type AnswerId,
  type AnswerLine,
  type Answers,
  type Option,
} from './answers'

export interface StepField {
  id: AnswerId
  /** The question as asked on this step, when it differs from the table's (a split list). */
  label?: string
  /** This step offers only these options (the activities are split over two steps). */
  only?: readonly string[]
}

export interface Step {
  id: string
  title: string
  intro?: string
  fields: readonly StepField[]
}

const COMMERCE: readonly Activity[] = [
  'ownSales',
  'marketplace',
  'paidContent',
  'paidListings',
  'storedValue',
  'points',
  'coupons',
  'membershipDiscount',
  'redPackets',
  'liveCommerce',
  'ads',
]
const CONTENT: readonly Activity[] = [
  'showcase',
  'freeContent',
  'leadForm',
  'classifieds',
  'ugc',
  'dating',
  'messaging',
  'liveEntertainment',
  'search',
  'saas',
  'iotControl',
  'smsForOthers',
  'aiGenerated',
]

export const STEPS: readonly Step[] = [
  { id: 'platforms', title: '在哪个平台上线？', fields: [{ id: 'platforms', label: '平台（可多选）' }] },
  { id: 'operator', title: '谁来运营这个小程序？', fields: [{ id: 'operatorType', label: '主体类型' }] },
  {
    id: 'commerce',
    title: '小程序怎么收钱？',
    intro: '选出所有符合的，没有就直接下一步。',
    fields: [
      { id: 'activities', label: '交易与付费（可多选）', only: COMMERCE },
      { id: 'storedValueElsewhere' },
      { id: 'publications' },
    ],
  },
  {
    id: 'content',
    title: '小程序提供什么内容和服务？',
    intro: '选出所有符合的，没有就直接下一步。',
    fields: [
      { id: 'activities', label: '内容、社交与服务（可多选）', only: CONTENT },
      { id: 'platformFees' },
      { id: 'saasHostsTransactions' },
      { id: 'ownDevices' },
      { id: 'aiModel' },
      { id: 'othersStream' },
      // Raised by the previous step's answers (储值、积分), so shown on arrival, never by a tap here.
      { id: 'cashOut' },
      { id: 'personalData' },
    ],
  },
  {
    id: 'sectors',
    title: '涉及哪些行业？',
    intro: '这些行业有自己的许可或前置审批；都不涉及就直接下一步。',
    fields: [
      // Raised by the previous step's AI answer: shown on arrival, never by a tap here.
      { id: 'aiCompanion' },
      { id: 'sectors' },
      { id: 'recruitsForOthers' },
      // Read only for a recruiter for others (law/edi: b21.recruitment.*), so asked here, under 招聘.
      { id: 'commission' },
      // Also on the content step: shown here only when a sector (网络文化) raises it and content did not.
      { id: 'platformFees' },
      { id: 'recordedCourses' },
      { id: 'inAppPurchases' },
      { id: 'ownDrivers' },
      { id: 'multiHospital' },
    ],
  },
  {
    id: 'company',
    title: '主体情况',
    intro: '决定能不能申请许可证、向哪里申请。',
    // Permits already held are about the operator, and asked here, after the sectors that name them:
    // on the sector step a tap would reveal them beside the sector's own follow-up, over one setData's 2 KB.
    // 学科类培训 (双减) comes here too: on the sector step, ticking 教育培训 beside paid content would
    // reveal it with 录播课, two questions in one tap, over the 2 KB budget (bench: 2,480 B).
    fields: [
      { id: 'approvalsHeld' },
      { id: 'k9Academic' },
      { id: 'healthAds' },
      { id: 'minors' },
      { id: 'smallSeller' },
      { id: 'largeScale' },
      { id: 'province' },
      { id: 'multiProvince' },
      { id: 'registeredCapital' },
      { id: 'foreignShare' },
      { id: 'pilotZone' },
      { id: 'dishonestListed' },
    ],
  },
]

/** A question as shown: its row, its label on this step, the options it offers now. */
export interface ShownField {
  field: AnswerField
  label: string
  options: readonly Option[]
}

/**
 * The answers a merchant walking forward has given on reaching step `k`: those asked on steps
 * 0..k. A step's questions are shown from these only, so a question is never shown on a step
 * before the answer that raises it (going back after a later answer shows the step as it was).
 */
export function answersUpTo(a: Answers, k: number): Answers {
  return Object.fromEntries(Object.entries(a).filter(([id]) => stepOf(id as AnswerId) <= k)) as Answers
}

/**
 * The questions of a step that are shown for these answers. A question listed on two steps (收发布费:
 * raised by content on one, by a sector on a later one) shows on the first that raises it.
 */
export function visibleFields(step: Step, a: Answers): ShownField[] {
  const k = STEPS.indexOf(step)
  const known = k < 0 ? a : answersUpTo(a, k)
  const shownBefore = (id: AnswerId) =>
    STEPS.slice(0, Math.max(0, k)).some((s, j) => s.fields.some((f) => f.id === id && f.only === undefined) && FIELD_BY_ID[id].shownWhen(answersUpTo(a, j)))
  return step.fields
    .map((sf) => ({ sf, field: FIELD_BY_ID[sf.id] }))
    .filter(({ sf, field }) => field.shownWhen(known) && (sf.only !== undefined || !shownBefore(field.id)))
    .map(({ sf, field }) => {
      const all = optionsOf(field, a)
      const options = sf.only === undefined ? all : all.filter((o) => sf.only?.includes(o.value) === true)
      return { field, label: sf.label ?? field.label, options }
    })
}

/** A follow-up shown under the option that raised it: `under` is the list, `option` its value. */
export interface Placement {
  under: AnswerId
  option: string
}

/**
 * Where each shown question of a step goes (issue 25): under the option of an earlier list on
 * the same step that raised it, not at the bottom of the step. Derived from the questions' own
 * visibility, nothing restated: a question is raised by a list when it would be hidden with none
 * of that list's options on this step chosen; it goes under the first chosen option (in the list's
 * order) that raises it alone with those before it — so ticking a later option never moves it.
 * A question raised by an earlier step's answers keeps its place on the step.
 */
export function placeFollowUps(step: Step, full: Answers, shown: readonly ShownField[] = visibleFields(step, full)): Partial<Record<AnswerId, Placement>> {
  // What raises a question is read from the answers given by this step, as visibleFields reads them.
  const at = STEPS.indexOf(step)
  const a = at < 0 ? full : answersUpTo(full, at)
  const out: Partial<Record<AnswerId, Placement>> = {}
  shown.forEach(({ field: t, options }, i) => {
    if (t.kind !== 'multi' && t.kind !== 'single') return
    const here = new Set(options.map((o) => o.value))
    const current = a[t.id] as unknown
    const chosenHere = (Array.isArray(current) ? (current as string[]) : typeof current === 'string' ? [current] : []).filter((v) => here.has(v))
    if (chosenHere.length === 0) return
    const ordered = options.map((o) => o.value).filter((v) => chosenHere.includes(v))
    const elsewhere = Array.isArray(current) ? (current as string[]).filter((v) => !here.has(v)) : []
    const withOptions = (vs: readonly string[]): Answers =>
      ({ ...a, [t.id]: t.kind === 'multi' ? [...elsewhere, ...vs] : vs[0] }) as Answers
    for (const { field: f } of shown.slice(i + 1)) {
      if (out[f.id] !== undefined || f.shownWhen(withOptions([]))) continue
      const first = ordered.findIndex((_, j) => f.shownWhen(withOptions(ordered.slice(0, j + 1))))
      if (first >= 0) out[f.id] = { under: t.id, option: ordered[first] }
    }
  })
  return out
}

/** The step an answer is asked on (the first, for a list split over steps): 修改 goes there. */
export function stepOf(id: AnswerId): number {
  return STEPS.findIndex((s) => s.fields.some((f) => f.id === id))
}

/** What a shown, unanswered question is called in 下一步's message: in the question's own words (issue 25). */
export function missingText(f: AnswerField): string {
  if (f.id === 'platforms') return '请至少选择一个平台'
  return `请回答：${f.label}`
}

/** What keeps a step from going on, said to the merchant (下一步 and the note above it). */
export function missingAnswers(step: Step, a: Answers, shown: readonly ShownField[] = visibleFields(step, a)): string[] {
  const seen = new Set<AnswerId>()
  const out: string[] = []
  for (const { field } of shown) {
    if (seen.has(field.id)) continue
    seen.add(field.id)
    if (field.mustAnswer && !isAnswered(field, a)) out.push(missingText(field))
  }
  return out
}

/** Every table row is asked on some step (checked by the tests). */
export const UNASKED: readonly AnswerId[] = ANSWER_FIELDS.filter((f) => stepOf(f.id) < 0).map((f) => f.id)

/**
 * The provinces in the six regions of GB/T 2260 (the code's first digit): the
 * province question is a grouped list with a filter, not a 31-item wheel.
 */
const REGION_NAMES: Record<string, string> = {
  '1': '华北',
  '2': '东北',
  '3': '华东',
  '4': '中南',
  '5': '西南',
  '6': '西北',
}
export const PROVINCE_REGIONS: ReadonlyArray<{ name: string; codes: readonly string[] }> = [...new Set(Object.values(REGION_NAMES))].map(
  (name) => ({ name, codes: PROVINCE_CODES.filter((c) => REGION_NAMES[c.charAt(0)] === name) }),
)
