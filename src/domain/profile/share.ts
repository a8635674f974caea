/**
 * Answers carried in a page query, so a shared result opens the same result for the
 * receiver. The keys and value shapes come from the answers table (answers.ts: each row's
 * `shareKey`, `encodeValue`/`decodeValue`), so a new answer travels without a change here.
 * The receiving side validates the profile like any other input and refuses plainly —
 * with a short message that never echoes the link — instead of crashing.
 *
 * Format v2 (`sv=2`): `sv`, `rv` (ruleset version), then one key per answer present:
 * lists joined by ",", yes/no/不确定 as y/n/u, numbers in their shortest exact form.
 * Format v3 (`sv=3`, contract v1.2) is v2 with the new answers (`pd` personalData, where an empty
 * value is 都没有, and the v1.2 facts): a v2 link has none of them and opens as "not asked".
 * Formats v1 (`sv=1`, yes/no flags as letters in `fl`) and v2 are still read.
 */
import { ANSWER_FIELDS, decodeValue, encodeValue, getAt, setAt, type AnswerField } from './answers'
import type { Profile } from '../contract/types'
import { validateProfile } from './validate'

export const SHARE_SCHEMA = '3'
/** Formats still read. */
const READS = ['1', '2', SHARE_SCHEMA] as const

/** A share query longer than this (all keys and values, as received) is refused unread. */
export const MAX_SHARE_CHARS = 2000
/** At most this many problems are named in a refusal. */
const MAX_NAMED = 3

type Query = Readonly<Record<string, string | undefined>>

/** Where each answer sits in the profile, and its row. */
const FIELDS: readonly AnswerField[] = ANSWER_FIELDS

/** The shortest text that reads back as exactly this number (-0 included). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n)
}

/** A decimal as numberText writes it (exponent allowed); anything else stays text for the schema to refuse. */
function readNumber(text: string): number | string {
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? Number(text) : text
}

function encodeField(f: AnswerField, value: unknown): string {
  return f.kind === 'number' && typeof value === 'number' ? numberText(value) : encodeValue(f, value)
}

function decodeField(f: AnswerField, text: string): unknown {
  return f.kind === 'number' ? readNumber(text) : decodeValue(f, text)
}

export function encodeShare(p: Profile, rulesetVersion: string): Record<string, string> {
  const q: Record<string, string> = { sv: SHARE_SCHEMA, rv: rulesetVersion }
  for (const f of FIELDS) {
    const value = getAt(p, f.path)
    if (value === undefined) continue
    // A required list that is empty says nothing: absent reads back as [].
    if (f.required === true && Array.isArray(value) && value.length === 0) continue
    q[f.shareKey] = encodeField(f, value)
  }
  return q
}

export function toQueryString(q: Record<string, string>): string {
  return Object.entries(q)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
}

/** The query keys that make a page query a share link (a link missing `sv` is then refused, not ignored). */
export const SHARE_KEYS: readonly string[] = ['sv', ...FIELDS.map((f) => f.shareKey), 'fl']

/** True when the query carries a share link, complete or not. */
export function isShareQuery(q: Query): boolean {
  return SHARE_KEYS.some((k) => q[k] !== undefined)
}

export type ShareResult = { ok: true; profile: Profile; rulesetVersion?: string } | { ok: false; message: string }

const refuse = (message: string): ShareResult => ({ ok: false, message })

function decodeComponent(s: string | undefined): string | undefined {
  if (s === undefined) return undefined
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** v1: yes/no flags were letters in `fl`, true only. */
const V1_FLAGS: Record<string, readonly [string, string] | readonly [string]> = {
  m: ['operator', 'multiProvince'],
  z: ['operator', 'pilotZone'],
  d: ['operator', 'dishonestListed'],
  r: ['recruitsForOthers'],
}
const V1_KEYS: Record<string, readonly string[]> = {
  pl: ['platforms'],
  op: ['operator', 'type'],
  ac: ['activities'],
  se: ['sectors'],
  rc: ['operator', 'registeredCapital'],
  fs: ['operator', 'foreignShare'],
  pr: ['operator', 'province'],
}

function candidateV1(q: Record<string, string | undefined>): Record<string, unknown> | string {
  const c: Record<string, unknown> = { schemaVersion: 1, platforms: [], operator: {}, activities: [], sectors: [] }
  for (const [key, path] of Object.entries(V1_KEYS)) {
    const text = q[key]
    if (text === undefined) continue
    const isList = key === 'pl' || key === 'ac' || key === 'se'
    const isNumber = key === 'rc' || key === 'fs'
    setAt(c, path, isList ? (text === '' ? [] : text.split(',')) : isNumber ? readNumber(text) : text)
  }
  for (const letter of q.fl ?? '') {
    const path = V1_FLAGS[letter]
    if (path === undefined) return '分享链接中有无法识别的选项，无法还原结果。'
    setAt(c, path, true)
  }
  return c
}

function candidateV2(q: Record<string, string | undefined>): Record<string, unknown> {
  const c: Record<string, unknown> = { schemaVersion: 1, platforms: [], operator: {}, activities: [], sectors: [] }
  for (const f of FIELDS) {
    const text = q[f.shareKey]
    if (text !== undefined) setAt(c, f.path, decodeField(f, text))
  }
  return c
}

export function decodeShare(raw: Query): ShareResult {
  let size = 0
  for (const [k, v] of Object.entries(raw)) size += k.length + (v?.length ?? 0) + 2
  if (size > MAX_SHARE_CHARS) return refuse('分享链接过长，不是本小程序生成的链接，无法打开。')

  // A key given twice arrives as a list (or, from some routers, its values joined by ",").
  const sv: unknown = raw.sv
  if (Array.isArray(sv) || (typeof sv === 'string' && /^\d{1,3}(,\d{1,3})+$/.test(decodeComponent(sv) ?? ''))) {
    return refuse('分享链接有误：答案版本（sv）出现了不止一次，无法还原结果。')
  }
  const q: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(raw)) q[k] = typeof v === 'string' ? decodeComponent(v) : undefined
  if (q.sv === undefined) return refuse('分享链接不完整：缺少答案版本，无法还原结果。')
  if (q.sv.trim() === '') return refuse('分享链接不完整：答案版本（sv）是空的，无法还原结果。')
  if (!(READS as readonly string[]).includes(q.sv)) {
    const which = /^\d{1,3}$/.test(q.sv) ? `（答案格式 v${q.sv}）` : ''
    return refuse(`这个分享链接来自不同版本的小程序${which}，当前版本只认识 v${READS.join('、v')}，请更新小程序后再打开。`)
  }
  const candidate = q.sv === '1' ? candidateV1(q) : candidateV2(q)
  if (typeof candidate === 'string') return refuse(candidate)
  const v = validateProfile(candidate)
  if (!v.ok) {
    // Each answer by its name in the wizard (the answers table), in Chinese: the link's values are
    // never echoed, and the validator's English messages are for the CLI, not for a merchant.
    const named = v.problems.slice(0, MAX_NAMED).map((p) => {
      const f = ANSWER_FIELDS.find((x) => p.path === x.path.join('.') || p.path.startsWith(`${x.path.join('.')}.`))
      return f === undefined ? `无法识别的答案（${p.path}）` : `「${f.short}」的值无效`
    })
    const more = v.problems.length > MAX_NAMED ? `；另有 ${v.problems.length - MAX_NAMED} 处` : ''
    return refuse(`分享链接中的答案无效：${named.join('；')}${more}`)
  }
  const rv = q.rv !== undefined && /^[\w.-]{1,40}$/.test(q.rv) ? q.rv : undefined
  return rv === undefined ? { ok: true, profile: v.profile } : { ok: true, profile: v.profile, rulesetVersion: rv }
}
