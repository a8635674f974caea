/** The assessment in words: a one-line headline and a readable zh-CN text (CLI --text, copy). */
import { AUTHORITY_LABELS, BASIS_LABELS, REQUIREMENT_LABELS, formatYuan, eligibleText, openFactsText, statusLabel } from '../contract/labels'
import { sourcesText } from './citations'
import { describeAnswers, fromProfile } from '../profile/questions'
import { categoryLines } from '../categories/text'
import { PRE_APPROVALS } from '../law'
import type { Assessment, Profile, Requirement } from '../contract/types'
import { isDuty } from '../contract/types'
import type { EvaluatedAssessment } from './assess'
import { filingDraftLines } from './filing-draft'
import { orderDuties, orderRequirements } from './steps'

const named = (rs: readonly Requirement[], sep = ' + '): string => rs.map((r) => REQUIREMENT_LABELS[r.id]).join(sep)

/** How many requirements a short headline names per group (the result page, a way out's "之后…"). */
export const HEADLINE_NAMES = 3

/**
 * E.g. "需要：ICP 备案 + EDI 许可证；很可能还需要：ICP 许可证". With `max`, a group longer than
 * that names its first `max` and counts the rest ("…等 9 项"): the result page's headline, read at
 * a glance above the steps that list them all (and cheap to update when an answer moves one).
 */
export function headline(a: Pick<Assessment, 'requirements'>, max = Infinity): string {
  return headlineParts(a, max).join('；')
}

/** The headline's groups (需要 / 很可能还需要 / 待确认), each as its own text. */
export function headlineParts(a: Pick<Assessment, 'requirements'>, max = Infinity): string[] {
  // A permit already held is done, not a to-do: it leaves 需要 and is named last (issue 22).
  // Duties are the checklist 上线前还要做到, not licences to obtain: they stay out of the headline.
  const by = (s: Requirement['status']) => a.requirements.filter((r) => r.status === s && r.held !== true && !isDuty(r))
  const list = (rs: readonly Requirement[], sep: string) =>
    rs.length > max ? `${named(rs.slice(0, max), sep)} 等 ${rs.length} 项` : named(rs, sep)
  const parts = [`需要：${list(by('required'), ' + ')}`]
  const likely = by('likely')
  if (likely.length > 0) parts.push(`很可能还需要：${list(likely, ' + ')}`)
  const open = [...by('depends'), ...by('consult')]
  if (open.length > 0) parts.push(`待确认：${list(open, '、')}`)
  const held = a.requirements.filter((r) => r.held === true)
  if (held.length > 0) parts.push(`已持有：${list(held, '、')}`)
  return parts
}

/** The duties' checklist, as the result page, the copied text and the CLI name it. */
export const DUTIES_TITLE = '上线前还要做到'

export const DISCLAIMER = '本结果是根据公开法规和平台规则整理的合规指引，不构成法律意见；办理前请以主管部门和平台的最新要求为准。'

/** The answers an assessment was based on, one line each: "小程序做什么：商家入驻、付费阅读". */
export function answerLines(p: Profile): string[] {
  return describeAnswers(fromProfile(p)).map((x) => `${x.label}：${x.value}`)
}

/** The result as text to paste: the headline, the answers it is based on, then every verdict and step. */
export function summaryText(a: Assessment & Partial<Pick<EvaluatedAssessment, 'filingDrafts' | 'filingDraftNotes'>>, profile?: Profile): string {
  const lines: string[] = [`小程序资质评估（规则版本 ${a.rulesetVersion}）`, headline(a), '']
  if (profile !== undefined) {
    lines.push('依据的回答：')
    for (const l of answerLines(profile)) lines.push(`  · ${l}`)
    lines.push('')
  }
  const printVerdict = (r: Requirement) => {
    lines.push(`【${statusLabel(r)}】${REQUIREMENT_LABELS[r.id]}（${r.basis.map((b) => BASIS_LABELS[b]).join(' + ')}）`)
    for (const reason of r.reasons) lines.push(`  · ${reason.text}（${sourcesText(reason.sources)}）`)
    for (const b of r.blockers ?? []) lines.push(`  ✗ ${b.text}`)
    if (r.question !== undefined) lines.push(`  ？${r.question}`)
  }
  // The plan's one order (the cards, 完整办理说明, the image): orderRequirements.
  orderRequirements(a.requirements.filter((r) => !isDuty(r))).forEach(printVerdict)
  const duties = orderDuties(a.requirements)
  if (duties.length > 0) {
    lines.push('', `${DUTIES_TITLE}（办不办都没人发证，检查时会看）：`)
    duties.forEach(printVerdict)
  }
  if (a.preApprovals.length > 0) {
    lines.push('', `前置审批：${[...new Set(a.preApprovals.map((s) => PRE_APPROVALS.value[s]))].join('、')}`)
  }
  // The platform gates are derived from the categories: print the categories once.
  lines.push(...categoryLines(a.categories))
  const e = a.eligibility
  if (e !== null) {
    const verdict = e.eligible === true ? eligibleText(e) : e.eligible === false ? '暂不符合' : `待确认（还差：${openFactsText(e.open)}）`
    lines.push('', `申请资格（${named(e.licenses.map((id) => ({ id }) as Requirement), '、')}）：${verdict}`)
    lines.push(`  · 注册资本至少 ${formatYuan(e.capitalRequired)}；受理机关：${AUTHORITY_LABELS[e.authority]}`)
    for (const p of e.problems) lines.push(`  ✗ ${p.text}`)
    for (const n of e.notes) lines.push(`  · ${n}`)
  }
  lines.push('', '下一步：')
  a.nextSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${s}`))
  for (const d of a.filingDrafts ?? []) lines.push('', ...filingDraftLines(d))
  for (const n of a.filingDraftNotes ?? []) lines.push('', n.text)
  lines.push('', '准备材料：')
  for (const m of a.materials) {
    lines.push(`  · ${m.title}：${m.anyOf.map((x) => x.join('、')).join(' 或 ')}`)
  }
  lines.push('', DISCLAIMER)
  return lines.join('\n')
}
