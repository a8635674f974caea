/**
 * The 备案 form, filled in (issue 24, contract v1.2 `FilingDraft`): from the answers and the
 * engine's verdicts, what to type into WeChat's 小程序备案 form — 主体性质, 1–5 second-level 服务内容
 * types (best fit first, with what else fits), the 前置审批 types or exactly 以上都不涉及, a 备注 of
 * 20–200 characters in plain words, and the materials for the 主体 type.
 *
 * The code lists and the mapping are data in ../law/filing/form/ (a dated snapshot, keyed by name:
 * no code outside the snapshot can be produced). Alipay's lists are not public here (§9.6): no
 * draft, a note instead (filingDraftNotes). docs/filing-draft.md.
 */
import { PLATFORM_LABELS } from '../contract/labels'
import { TELECOM_LICENSES, isNeeded, isUndecided, type Activity, type Assessment, type FilingDraft, type Platform, type Profile, type Sector } from '../contract/types'
import { SECTOR_SHORT } from '../profile/answers'
import { holds } from '../profile/condition'
import { toCite, type CiteText } from '../law/book'
import {
  ALIPAY_FORM_NOTE,
  BULLETIN_ACTIVITIES,
  BULLETIN_NOTE,
  FALLBACK_SERVICE,
  MATERIALS_CITES,
  MATERIAL_LINES,
  NAME_HINT_CITES,
  NAME_WORDS,
  NONE_APPLIES,
  PRE_APPROVAL_BY_REQUIREMENT,
  PRE_APPROVAL_BY_SECTOR,
  PRE_APPROVAL_CITES,
  SERVICE_ROWS,
  SUBJECT_BY_OPERATOR,
  SUBJECT_CITES,
  WECHAT_FORM_CITES,
  WECHAT_FORM_LIMITS,
  WECHAT_FORM_SNAPSHOT,
  preApprovalType,
  serviceType,
  subjectType,
  type PreApprovalMapping,
  type PreApprovalName,
  type ServiceKey,
  type ServiceRow,
} from '../law/filing/form'

/** A service type as the contract shows it. */
export interface ServiceCode {
  code: number
  name: string
  parent: string
}

/** A chosen service type, with what else fits in its place and, where the fit is [P]/[I], why. */
export interface ServiceChoice extends ServiceCode {
  alternatives: ServiceCode[]
  note?: string
  /** The mapping row (../law/filing/form/mapping.ts) that chose it. */
  rule: string
}

/** A 前置审批 type to tick, with a note where the type is practice or inference. */
export interface PreApprovalChoice {
  code: number
  name: string
  note?: string
  /** 网络预约车: the other code WeChat's documentation shows (11; the captured list has 12). */
  documentedCode?: number
}

/** A 主体性质 the operator may file as, with the certificates the form accepts for it. */
export interface SubjectOption {
  code: number
  name: string
  certificates: string[]
}

/** The contract's draft, with the extras the result shows beside it. */
export interface FilingDraftDetail extends FilingDraft {
  serviceContent: ServiceChoice[]
  preApprovals: PreApprovalChoice[]
  /** The form's 主体性质 this operator may choose from (one, or several for 机关、事业单位或社会组织; none when unknown). */
  subjectOptions: SubjectOption[]
  /** Types that also fit but did not make the form's 5 (best first). */
  moreServices: ServiceCode[]
  /** Plain notes for the merchant: [P]/[I] practice, choices to make, what the draft could not decide. */
  notes: string[]
  /** The source ids the draft rests on. */
  sources: string[]
}

export interface FilingDraftOptions {
  /** The mini-program's name, where known: sector words in it earn the 情况说明 hint (E42). */
  name?: string
}

/** What the draft reads from the assessment: the verdicts and the engine's pre-approval sectors. */
export type FilingDraftInput = Pick<Assessment, 'requirements' | 'preApprovals'>

/** Characters as the form counts them (one per Chinese character). */
export const remarkLength = (s: string): number => Array.from(s).length

// ── 服务内容 ─────────────────────────────────────────────────────────────────────────────────────
const codeOf = (key: ServiceKey): ServiceCode => {
  const t = serviceType(key)
  return { code: t.code, name: t.name, parent: t.parent }
}

function services(p: Profile): { chosen: ServiceChoice[]; more: ServiceCode[]; rows: ServiceRow[] } {
  const firing = SERVICE_ROWS.filter((r) => holds(r.when, p))
  const specific = firing.filter((r) => r.rank < 3)
  // General types (工具) only where nothing more specific fits, as the category classifier does.
  const rows = specific.length > 0 ? specific : firing.length > 0 ? firing : [FALLBACK_SERVICE]
  const ordered = [...rows].sort((a, b) => a.rank - b.rank)
  const all: ServiceChoice[] = []
  for (const r of ordered) {
    const pick = codeOf(r.pick)
    const same = all.find((c) => c.code === pick.code)
    const alternatives = (r.alternatives ?? []).map(codeOf)
    if (same === undefined) all.push({ ...pick, alternatives, ...(r.note !== undefined ? { note: r.note } : {}), rule: r.id })
    else same.alternatives.push(...alternatives)
  }
  const chosen = all.slice(0, WECHAT_FORM_LIMITS.maxServiceTypes)
  const taken = new Set(all.map((c) => c.code))
  // What else fits: each code once, never one already chosen (or left out for want of room).
  for (const c of chosen) c.alternatives = c.alternatives.filter((a, i, xs) => !taken.has(a.code) && xs.findIndex((b) => b.code === a.code) === i)
  const more = all.slice(WECHAT_FORM_LIMITS.maxServiceTypes).map(({ code, name, parent }) => ({ code, name, parent }))
  return { chosen, more, rows: ordered }
}

// ── 前置审批 ─────────────────────────────────────────────────────────────────────────────────────
function preApprovals(input: FilingDraftInput): PreApprovalChoice[] {
  const byName = new Map<PreApprovalName, PreApprovalMapping[]>()
  const add = (m: PreApprovalMapping | undefined) => {
    if (m !== undefined) byName.set(m.name, [...(byName.get(m.name) ?? []), m])
  }
  for (const s of input.preApprovals) add(PRE_APPROVAL_BY_SECTOR[s])
  for (const r of input.requirements) if (isNeeded(r)) add(PRE_APPROVAL_BY_REQUIREMENT[r.id])
  const out = [...byName.entries()].map(([name, ms]): PreApprovalChoice => {
    const t = preApprovalType(name)
    // A note says the type is practice or inference: dropped where another answer makes it plain.
    const note = ms.every((m) => m.note !== undefined) ? ms[0].note : ms.find((m) => m.note !== undefined && m.level !== 'I')?.note
    return { code: t.code, name: t.name, ...(note !== undefined ? { note } : {}), ...(t.documentedCode !== undefined ? { documentedCode: t.documentedCode } : {}) }
  })
  if (out.length === 0) {
    const none = preApprovalType(NONE_APPLIES)
    return [{ code: none.code, name: none.name }]
  }
  return out.sort((a, b) => a.code - b.code)
}

const involvesNone = (list: readonly PreApprovalChoice[]) => list.length === 1 && list[0].name === NONE_APPLIES

// ── 备注 ─────────────────────────────────────────────────────────────────────────────────────────
/** What each answer offers, in the order the remark names them (main business first). */
const OFFERS: Record<Activity, string> = {
  marketplace: '商家入驻开店、用户在线下单的交易平台服务',
  ownSales: '自有商品或服务的在线销售',
  saas: '供其他商家使用的软件服务',
  paidContent: '付费内容',
  liveEntertainment: '娱乐直播',
  liveCommerce: '直播销售自有商品',
  ugc: '用户发帖和评论的社区',
  dating: '交友',
  messaging: '用户之间的即时聊天',
  classifieds: '用户信息发布',
  paidListings: '付费信息发布和推广',
  iotControl: '联网设备的控制和计费',
  smsForOthers: '为企业代发短信',
  search: '信息搜索',
  aiGenerated: 'AI 生成内容',
  leadForm: '在线预约、报名和咨询',
  freeContent: '免费文章和查询工具',
  showcase: '品牌和门店信息展示',
  storedValue: '会员储值',
  membershipDiscount: '付费会员折扣',
  coupons: '优惠券',
  points: '积分兑换',
  redPackets: '用户红包',
  ads: '广告展示',
}

/** To whom: the first audience the answers name. */
const AUDIENCES: ReadonlyArray<{ activities?: readonly Activity[]; sectors?: readonly Sector[]; text: string }> = [
  { activities: ['saas', 'smsForOthers'], text: '商家和企业客户' },
  { activities: ['marketplace'], text: '入驻商家和消费者' },
  { sectors: ['recruitment'], text: '求职者和用人单位' },
  { sectors: ['k12Tutoring'], text: '学生和家长' },
  { sectors: ['education'], text: '学员' },
  { sectors: ['medicalInstitution', 'internetHospital'], text: '患者' },
  { sectors: ['rideHailing'], text: '乘客' },
  { activities: ['ugc', 'dating', 'messaging', 'liveEntertainment', 'classifieds'], text: '注册用户' },
  { activities: ['ownSales', 'liveCommerce', 'storedValue', 'coupons', 'points', 'membershipDiscount'], text: '消费者' },
]

function audience(p: Profile): string {
  const hit = AUDIENCES.find((a) => (a.activities ?? []).some((x) => p.activities.includes(x)) || (a.sectors ?? []).some((s) => p.sectors.includes(s)))
  return hit?.text ?? '公众用户'
}

/** 经营性 where a telecom licence is needed, 非经营性 where none is, unsaid while one is undecided. */
function commercial(input: FilingDraftInput): 'yes' | 'no' | 'open' {
  const telecom = input.requirements.filter((r) => (TELECOM_LICENSES as readonly string[]).includes(r.id))
  if (telecom.some(isNeeded)) return 'yes'
  return telecom.some(isUndecided) ? 'open' : 'no'
}

const list = (items: readonly string[], n: number): string => (n < items.length ? `${items.slice(0, n).join('、')}等` : items.join('、'))

/** The 备注: what it offers, to whom, 经营性 or not, and the 前置审批 sentence; 20–200 characters. */
export function remarkOf(p: Profile, input: FilingDraftInput, pre: readonly PreApprovalChoice[]): string {
  const offers = (Object.keys(OFFERS) as Activity[]).filter((a) => p.activities.includes(a)).map((a) => OFFERS[a])
  const sectors = p.sectors.map((s) => SECTOR_SHORT[s])
  const what = offers.length > 0 ? offers : ['信息展示']
  const kind = commercial(input)
  const tail = [
    kind === 'yes' ? '属经营性互联网信息服务。' : kind === 'no' ? '属非经营性互联网信息服务。' : '',
    involvesNone(pre) ? '不涉及前置审批项目。' : `涉及前置审批：${pre.map((x) => x.name).join('、')}，审批文件随备案提交。`,
  ].join('')
  const build = (k: number, m: number) => `本小程序提供${list(what, k)}${m > 0 ? `，涉及${list(sectors, m)}领域` : ''}，面向${audience(p)}。${tail}`
  // Shorten by whole list items (then "等"), sectors first, until it fits.
  let k = what.length
  let m = sectors.length
  let text = build(k, m)
  while (remarkLength(text) > WECHAT_FORM_LIMITS.remarkMax && (k > 1 || m > 0)) {
    if (m > 0 && (m >= k || k === 1)) m -= 1
    else k -= 1
    text = build(k, m)
  }
  return fitRemark(text)
}

/** The form's bounds, whatever the text: whole sentences dropped from the end, then a plain closing. */
export function fitRemark(text: string): string {
  let out = text
  if (remarkLength(out) > WECHAT_FORM_LIMITS.remarkMax) {
    const sentences = out.match(/[^。]+。?/g) ?? [out]
    out = ''
    for (const s of sentences) if (remarkLength(out + s) <= WECHAT_FORM_LIMITS.remarkMax) out += s
    if (out === '') out = `${Array.from(text).slice(0, WECHAT_FORM_LIMITS.remarkMax - 1).join('')}。`
  }
  if (remarkLength(out) < WECHAT_FORM_LIMITS.remarkMin) out += '具体服务以小程序上线的功能为准。'
  return out
}

// ── 主体 and materials ───────────────────────────────────────────────────────────────────────────
function subjects(p: Profile): { subjectType: string; options: SubjectOption[]; note?: string } {
  const m = SUBJECT_BY_OPERATOR[p.operator.type]
  if (m === undefined) {
    return { subjectType: '', options: [], note: `备案表的主体性质里没有与「${p.operator.type}」对应的一项：按你的登记证书在表单里选择，这里不替你猜。` }
  }
  const options = m.names.map((n) => {
    const s = subjectType(n)
    return { code: s.code, name: s.name, certificates: s.certificates.map((c) => c.name) }
  })
  return { subjectType: m.names.join(' / '), options, ...(m.note !== undefined ? { note: m.note } : {}) }
}

function materials(p: Profile, options: readonly SubjectOption[], pre: readonly PreApprovalChoice[], nameHint: boolean): string[] {
  const L = MATERIAL_LINES
  const type = p.operator.type
  const certs = options.length === 1 ? options[0].certificates.join('、') : options.map((o) => `${o.name}：${o.certificates.join('、')}`).join('；')
  const out: string[] = []
  if (type === 'individual') {
    out.push(L.personalCertificate(certs), L.address, L.personalPrincipal, L.faceCheck, L.undertaking, L.residencePermit)
  } else {
    if (options.length > 0) out.push(L.certificate(certs))
    out.push(L.address)
    out.push(type === 'soleProprietor' ? L.soleProprietorPrincipal : type === 'company' ? L.principal : L.unitPrincipal)
    out.push(L.appPrincipal, L.faceCheck, L.authorisation, L.undertaking, L.renamed, L.partyBuilding)
  }
  if (!involvesNone(pre)) out.push(L.preApproval(pre.map((x) => x.name).join('、')))
  if (nameHint) out.push(L.notInvolved)
  return out
}

// ── the draft ────────────────────────────────────────────────────────────────────────────────────
/** Sector words of the name whose 前置审批 type is not ticked (E42: the bureau may ask). */
function nameWords(name: string | undefined, pre: readonly PreApprovalChoice[]): Array<{ word: string; type: PreApprovalName }> {
  if (name === undefined) return []
  return NAME_WORDS.filter((w) => name.includes(w.word) && !pre.some((x) => x.name === w.type))
}

const sourceIds = (cites: readonly CiteText[]): string[] => [...new Set(cites.map((c) => toCite(c).source))]

/** The 情况说明 hint for sector words in the name (E42, a practitioner's view: said as such). */
function nameNote(words: ReadonlyArray<{ word: string; type: PreApprovalName }>): string {
  const shown = [...new Set(words.map((w) => `「${w.word}」`))].join('')
  const types = [...new Set(words.map((w) => w.type))].join('、')
  return `小程序名称含${shown}：部分管局会问是否涉及「${types}」前置审批；不涉及的，准备情况说明或《不涉及前置审批的承诺书》，作为「其他附件」上传 [从业者做法]。`
}

/**
 * The name check of a draft already made (the result page's 小程序名称 box): the hint and the
 * extra material when the name holds a sector word whose 前置审批 type the draft does not tick,
 * else null. The same words and text as a draft made with `options.name`.
 */
export function nameCheck(name: string, draft: Pick<FilingDraftDetail, 'preApprovals'>): { note: string; material: string; sources: string[] } | null {
  const words = nameWords(name.trim() === '' ? undefined : name, draft.preApprovals)
  return words.length === 0 ? null : { note: nameNote(words), material: MATERIAL_LINES.notInvolved, sources: sourceIds(NAME_HINT_CITES) }
}

/** WeChat's form, filled in from the answers and the verdicts. */
export function wechatFilingDraft(p: Profile, input: FilingDraftInput, options: FilingDraftOptions = {}): FilingDraftDetail {
  const { chosen, more, rows } = services(p)
  const pre = preApprovals(input)
  const subject = subjects(p)
  const words = nameWords(options.name, pre)
  const notes: string[] = []
  if (subject.note !== undefined) notes.push(subject.note)
  if (more.length > 0) {
    notes.push(`表单最多选 ${WECHAT_FORM_LIMITS.maxServiceTypes} 项服务内容；你的答案还对应：${more.map((s) => `${s.parent}-${s.name}（${s.code}）`).join('、')}，按主营业务取舍。`)
  }
  if (BULLETIN_ACTIVITIES.some((a) => p.activities.includes(a)) && !pre.some((x) => x.name === '电子公告服务')) notes.push(BULLETIN_NOTE)
  if (commercial(input) === 'open') notes.push('是否属经营性互联网信息服务还要看 ICP/EDI 许可证那一项：确定后在备注末尾写明「经营性」或「非经营性」。')
  if (words.length > 0) notes.push(nameNote(words))
  notes.push(`编码取自微信备案接口 ${WECHAT_FORM_SNAPSHOT} 的列表，微信会不定期调整：以表单里的名称为准。`)
  const cites: CiteText[] = [...WECHAT_FORM_CITES, ...WECHAT_FORM_LIMITS.cites, ...rows.flatMap((r) => r.cites), ...PRE_APPROVAL_CITES, ...SUBJECT_CITES, ...MATERIALS_CITES]
  if (words.length > 0) cites.push(...NAME_HINT_CITES)
  return {
    platform: 'wechat',
    subjectType: subject.subjectType,
    serviceContent: chosen,
    preApprovals: pre,
    remark: remarkOf(p, input, pre),
    materials: materials(p, subject.options, pre, words.length > 0),
    snapshot: WECHAT_FORM_SNAPSHOT,
    subjectOptions: subject.options,
    moreServices: more,
    notes,
    sources: sourceIds(cites),
  }
}

/** The platforms whose 备案 form this tool knows. */
const DRAFTERS: Partial<Record<Platform, typeof wechatFilingDraft>> = { wechat: wechatFilingDraft }

/**
 * Contract v1.2 `filingDrafts`: one draft per chosen platform whose form is known (WeChat). A
 * platform without one gets a note from filingDraftNotes instead.
 */
export function filingDraftsOf(p: Profile, input: FilingDraftInput, options: FilingDraftOptions = {}): FilingDraftDetail[] {
  return p.platforms.flatMap((platform) => {
    const draft = DRAFTERS[platform]
    return draft === undefined ? [] : [draft(p, input, options)]
  })
}

/** What the result says for a chosen platform without a draft (Alipay: its code lists are not public here). */
export interface FilingDraftNote {
  platform: Platform
  text: string
  sources: string[]
}

export function filingDraftNotes(p: Profile): FilingDraftNote[] {
  return p.platforms
    .filter((platform) => DRAFTERS[platform] === undefined)
    .map((platform) =>
      platform === 'alipay'
        ? { platform, text: ALIPAY_FORM_NOTE.text, sources: sourceIds(ALIPAY_FORM_NOTE.cites) }
        : { platform, text: `${PLATFORM_LABELS[platform] ?? platform}小程序备案表单的编码这里没有收录：按平台备案页面的选项填写。`, sources: [] },
    )
}

/** The draft as plain lines (CLI `--text`, the copied text): each field once, codes with names. */
export function filingDraftLines(d: FilingDraftDetail): string[] {
  const label = PLATFORM_LABELS[d.platform] ?? d.platform
  return [
    `${label}小程序备案（编码快照 ${d.snapshot}）`,
    `主体性质：${d.subjectType === '' ? '按登记证书选择' : d.subjectType}`,
    `服务内容：${d.serviceContent.map((s) => `${s.parent}-${s.name}（${s.code}）${s.note !== undefined ? `〔${s.note}〕` : ''}`).join('；')}`,
    ...d.serviceContent.filter((s) => s.alternatives.length > 0).map((s) => `  可替换 ${s.name}：${s.alternatives.map((a) => `${a.parent}-${a.name}（${a.code}）`).join('、')}`),
    `前置审批：${d.preApprovals.map((x) => `${x.name}（${x.code}）${x.note !== undefined ? `〔${x.note}〕` : ''}`).join('；')}`,
    `备注：${d.remark}`,
    '材料：',
    ...d.materials.map((m) => `  - ${m}`),
    ...d.notes.map((n) => `说明：${n}`),
  ]
}
