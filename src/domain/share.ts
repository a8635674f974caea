/**
 * Answers carried in a page query, so a shared result opens the same result for the
 * receiver. Short keys keep the share path small; the receiving side validates the
 * profile like any other input and says plainly what is wrong instead of crashing.
 */
import type { Profile } from './types'
import { formatProblems, validateProfile } from './validate'

export const SHARE_SCHEMA = '1'

type Query = Readonly<Record<string, string | undefined>>

const FLAGS = [
  ['m', 'multiProvince'],
  ['z', 'pilotZone'],
  ['d', 'dishonestListed'],
] as const

export function encodeShare(p: Profile, rulesetVersion: string): Record<string, string> {
  const q: Record<string, string> = {
    sv: SHARE_SCHEMA,
    rv: rulesetVersion,
    pl: p.platforms.join(','),
    op: p.operator.type,
  }
  if (p.activities.length > 0) q.ac = p.activities.join(',')
  if (p.sectors.length > 0) q.se = p.sectors.join(',')
  const o = p.operator
  if (o.registeredCapital !== undefined) q.rc = String(o.registeredCapital)
  if (o.foreignShare !== undefined) q.fs = String(o.foreignShare)
  if (o.province !== undefined) q.pr = o.province
  const flags: string[] = FLAGS.filter(([, k]) => o[k] === true).map(([c]) => c)
  if (p.recruitsForOthers === true) flags.push('r')
  if (flags.length > 0) q.fl = flags.join('')
  return q
}

export function toQueryString(q: Record<string, string>): string {
  return Object.entries(q)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
}

export type ShareResult = { ok: true; profile: Profile; rulesetVersion?: string } | { ok: false; message: string }

function decode(s: string | undefined): string | undefined {
  if (s === undefined) return undefined
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

const list = (s: string | undefined): string[] => (s === undefined || s === '' ? [] : s.split(','))

function num(s: string | undefined): number | string | undefined {
  if (s === undefined) return undefined
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : s
}

export function decodeShare(raw: Query): ShareResult {
  const q: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(raw)) q[k] = decode(v)
  if (q.sv === undefined) return { ok: false, message: '分享链接不完整：缺少答案版本，无法还原结果。' }
  if (q.sv !== SHARE_SCHEMA) {
    return { ok: false, message: `这个分享链接来自不同版本的小程序（答案格式 v${q.sv}），当前版本只认识 v${SHARE_SCHEMA}，请更新小程序后再打开。` }
  }
  const flags = q.fl ?? ''
  const operator: Record<string, unknown> = { type: q.op }
  const capital = num(q.rc)
  const share = num(q.fs)
  if (capital !== undefined) operator.registeredCapital = capital
  if (share !== undefined) operator.foreignShare = share
  if (q.pr !== undefined) operator.province = q.pr
  for (const [c, k] of FLAGS) if (flags.includes(c)) operator[k] = true
  const candidate: Record<string, unknown> = {
    schemaVersion: 1,
    platforms: list(q.pl),
    operator,
    activities: list(q.ac),
    sectors: list(q.se),
  }
  if (flags.includes('r')) candidate.recruitsForOthers = true
  const v = validateProfile(candidate)
  if (!v.ok) return { ok: false, message: `分享链接中的答案无效：${formatProblems(v.problems).join('；')}` }
  return q.rv === undefined ? { ok: true, profile: v.profile } : { ok: true, profile: v.profile, rulesetVersion: q.rv }
}
