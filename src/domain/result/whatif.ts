/**
 * What drives a licence, and what if that answer changed. For each licence or permit that
 * is required or likely, the answers that made its rules fire (read back from the rules'
 * conditions), and the profile with one of them taken away — so a merchant can see what to
 * cut or postpone to launch with filing alone.
 */
import { drivers as conditionDrivers, type Driver } from '../profile/condition'
import { RULE_BY_ID, evaluate, type Verdicts } from '../engine/evaluate'
import { ACTIVITY_LABELS, FIELD_BY_ID, SECTOR_LABELS } from '../profile/answers'
import { ANSWER_LABELS, PLATFORM_LABELS } from '../contract/labels'
import { isDuty, isNeeded } from '../contract/types'
import type { Activity, Assessment, Profile, RequirementId, Status } from '../contract/types'

export type { Driver } from '../profile/condition'

export interface Cause {
  requirement: RequirementId
  drivers: Driver[]
}

const keyOf = (d: Driver): string => ('key' in d ? d.key : '')
const sameDriver = (a: Driver, b: Driver) => a.field === b.field && a.value === b.value && keyOf(a) === keyOf(b)

/** What a mini-program is for: the ways it mainly serves its users (the rest are features around them). */
const MAIN: readonly Activity[] = ['ownSales', 'marketplace', 'paidContent', 'liveCommerce', 'saas', 'iotControl']

/**
 * The merchant's core business, never offered as something to drop (issue 25: not "不做「卖自己的商品
 * 或服务」？" to a bakery): its only main activity, and, for a business that sells, its only sector.
 */
export function isCore(d: Driver, p: Profile): boolean {
  const main = p.activities.filter((x) => MAIN.includes(x))
  if (d.field === 'activities') return main.length === 1 && main[0] === d.value
  if (d.field === 'sectors') return p.sectors.length === 1 && main.length > 0
  return false
}

/** Answers a merchant can take back: features, sectors, a second platform, a flag — never the core business. */
function removable(d: Driver, p: Profile): boolean {
  if (isCore(d, p)) return false
  if (d.field === 'operatorType' || d.field === 'foreignShare' || d.field === 'aiModel' || d.field === 'personalData') return false
  // A follow-up answer "yes" is a business choice that can be dropped (stop charging fees,
  // turn off in-app purchases); "no", "unsure" or no answer is not something to take back.
  if (d.field === 'facts' || d.field === 'operatorAnswer') return d.value === 'yes'
  if (d.field === 'platforms') return p.platforms.length > 1
  return true
}

export function causes(p: Profile, a: Assessment): Cause[] {
  const out: Cause[] = []
  for (const req of a.requirements) {
    // Duties bind whatever is cut; what-if is about the licences and filings a launch waits for.
    if (req.id === 'icpFiling' || !isNeeded(req) || isDuty(req)) continue
    const found: Driver[] = []
    for (const reason of req.reasons) {
      const rule = RULE_BY_ID.get(reason.rule)
      if (rule === undefined || rule.status !== req.status) continue
      for (const d of conditionDrivers(rule.when, p)) {
        if (removable(d, p) && !found.some((x) => sameDriver(x, d))) found.push(d)
      }
    }
    if (found.length > 0) out.push({ requirement: req.id, drivers: found })
  }
  return out
}

export function withoutDriver(p: Profile, d: Driver): Profile {
  const next: Profile = { ...p, operator: { ...p.operator } }
  switch (d.field) {
    case 'activities':
      next.activities = p.activities.filter((x) => x !== d.value)
      break
    case 'sectors':
      next.sectors = p.sectors.filter((x) => x !== d.value)
      break
    case 'platforms':
      next.platforms = p.platforms.filter((x) => x !== d.value)
      break
    case 'recruitsForOthers':
      next.recruitsForOthers = false
      break
    case 'multiProvince':
    case 'pilotZone':
    case 'dishonestListed':
      next.operator[d.field] = false
      break
    case 'facts':
      next.facts = { ...p.facts, [d.key]: false }
      break
    case 'operatorAnswer':
      next.operator[d.key] = false
      break
    default:
      break
  }
  return next
}

/** "商家入驻", "行业：游戏", "微信" — the answer in the merchant's words. */
export function driverLabel(d: Driver): string {
  switch (d.field) {
    case 'activities':
      return ACTIVITY_LABELS[d.value]
    case 'sectors':
      return `行业：${SECTOR_LABELS[d.value]}`
    case 'platforms':
      return PLATFORM_LABELS[d.value]
    case 'recruitsForOthers':
    case 'multiProvince':
    case 'pilotZone':
    case 'dishonestListed':
      return FIELD_BY_ID[d.field].short
    case 'personalData':
      return `${FIELD_BY_ID.personalData.short}：${d.value === 'unanswered' ? ANSWER_LABELS.unanswered : optionLabel(d.value)}`
    case 'facts':
    case 'operatorAnswer':
      return `${FIELD_BY_ID[d.key].short}：${ANSWER_LABELS[d.value]}`
    default:
      return String(d.value)
  }
}

/** A personal-data option's label, from the answers table. */
function optionLabel(value: string): string {
  const f = FIELD_BY_ID.personalData
  return ('options' in f ? f.options.find((o) => o.value === value)?.label : undefined) ?? value
}

export interface Change {
  id: RequirementId
  from: Status | null
  to: Status | null
}

/** Requirements whose status differs between two assessments (null: absent). */
export function compare(before: Pick<Assessment, 'requirements'>, after: Pick<Assessment, 'requirements'>): Change[] {
  const ids: RequirementId[] = []
  for (const r of [...before.requirements, ...after.requirements]) if (!ids.includes(r.id)) ids.push(r.id)
  const status = (a: Pick<Assessment, 'requirements'>, id: RequirementId) => a.requirements.find((r) => r.id === id)?.status ?? null
  return ids
    .map((id) => ({ id, from: status(before, id), to: status(after, id) }))
    .filter((c) => c.from !== c.to)
}

export interface WhatIf {
  driver: Driver
  label: string
  profile: Profile
  /** The verdicts without this answer. */
  assessment: Verdicts
  changes: Change[]
}

export function whatIf(p: Profile, base: Assessment, d: Driver): WhatIf {
  const profile = withoutDriver(p, d)
  const assessment = evaluate(profile)
  return { driver: d, label: driverLabel(d), profile, assessment, changes: compare(base, assessment) }
}
