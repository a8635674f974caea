/**
 * Share links: every valid profile — v1.1 facts, 'unsure', any number — travels in the page
 * query and comes back deep-equal; a link that is incomplete, unknown, tampered with or too
 * long is refused with a short message that never echoes it.
 */
import * as fc from 'fast-check'
import { ANSWER_FIELDS } from '../../src/domain/profile/answers'
import { MAX_SHARE_CHARS, SHARE_SCHEMA, decodeShare, encodeShare, isShareQuery, numberText, toQueryString } from '../../src/domain/profile/share'
import type { Profile } from '../../src/domain/contract/types'
import { UNSURE } from '../../src/domain/contract/types'
import { validateProfile } from '../../src/domain/profile/validate'
import { RULESET_VERSION } from '../../src/domain/law/version'
import { example } from '../fixtures/profiles'
import { tableProfileArb as profileArb } from './answer-arbitraries'

function parseQuery(s: string): Record<string, string> {
  return Object.fromEntries(s.split('&').map((kv) => kv.split('=') as [string, string]))
}

const roundTrip = (p: Profile) => decodeShare(parseQuery(toQueryString(encodeShare(p, RULESET_VERSION))))

describe('share query', () => {
  it('round-trips every valid profile exactly, through a URL-encoded query string', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(roundTrip(p)).toEqual({ ok: true, profile: p, rulesetVersion: RULESET_VERSION })
      }),
      { numRuns: 1000 },
    )
  })

  it.each([1e-7, 5e-324, 1e-300, 0.1 + 0.2, -0])('writes %p so that it reads back exactly', (n) => {
    expect(Object.is(Number(numberText(n)), n)).toBe(true)
    const p: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company', foreignShare: n }, activities: [], sectors: [] }
    const back = roundTrip(p)
    expect(back.ok && Object.is(back.profile.operator.foreignShare, n)).toBe(true)
  })

  it('carries v1.1 answers: facts, 不确定 and AI generation', () => {
    const p: Profile = {
      schemaVersion: 1,
      platforms: ['wechat', 'alipay'],
      operator: { type: 'company', pilotZone: UNSURE, dishonestListed: false },
      activities: ['storedValue', 'aiGenerated'],
      sectors: ['food'],
      facts: { aiModel: UNSURE, storedValueElsewhere: UNSURE, approvalsHeld: ['food'] },
    }
    expect(validateProfile(p).ok).toBe(true)
    expect(roundTrip(p)).toEqual({ ok: true, profile: p, rulesetVersion: RULESET_VERSION })
  })

  it('uses one key per answer from the table, none of them the link’s own', () => {
    const keys = ANSWER_FIELDS.map((f) => f.shareKey)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).not.toContain('sv')
    expect(keys).not.toContain('rv')
    expect(encodeShare(example(5).profile, RULESET_VERSION).sv).toBe(SHARE_SCHEMA)
  })

  it('stays short enough for a share path', () => {
    const q = toQueryString(encodeShare(example(38).profile, RULESET_VERSION))
    expect(q.length).toBeLessThan(200)
  })

  it('carries the v1.2 answers (format 3): personal data, 都没有 as an empty value, and the new facts', () => {
    const base: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'individual' }, activities: ['ownSales'], sectors: [] }
    for (const personalData of [['phone', 'children'], []] as Profile['personalData'][]) {
      const p: Profile = { ...base, personalData, facts: { smallSeller: true, largeScale: UNSURE } }
      const q = encodeShare(p, RULESET_VERSION)
      expect(q.sv).toBe('3')
      expect(decodeShare(q)).toEqual({ ok: true, rulesetVersion: RULESET_VERSION, profile: p })
    }
    // A v2 link (before personalData existed) opens as "not asked", not as "none".
    const old = decodeShare({ sv: '2', pl: 'wechat', op: 'company', ac: 'ownSales' })
    expect(old.ok && old.profile.personalData).toBeUndefined()
    // An unknown personal-data value is refused with the answer named.
    const bad = decodeShare({ sv: '3', pl: 'wechat', op: 'company', pd: 'phone,dna' })
    expect(bad.ok).toBe(false)
    expect(bad.ok ? '' : bad.message).toMatch(/个人信息/)
  })

  it('still opens v1 links', () => {
    const r = decodeShare({ sv: '1', rv: '2026.11.0', pl: 'wechat,alipay', op: 'company', ac: 'ownSales', rc: '1000000', fs: '50.5', pr: '440000', fl: 'mzdr' })
    expect(r).toEqual({
      ok: true,
      rulesetVersion: '2026.11.0',
      profile: {
        schemaVersion: 1,
        platforms: ['wechat', 'alipay'],
        operator: { type: 'company', registeredCapital: 1000000, foreignShare: 50.5, province: '440000', multiProvince: true, pilotZone: true, dishonestListed: true },
        activities: ['ownSales'],
        sectors: [],
        recruitsForOthers: true,
      },
    })
  })

  it('says plainly when the link comes from another answer format', () => {
    const r = decodeShare({ sv: '9', pl: 'wechat', op: 'company' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('v9')
  })

  it('counts a query with answers but no version as a (refused) share link, not as the own answers', () => {
    expect(isShareQuery({ pl: 'wechat', op: 'company' })).toBe(true)
    expect(isShareQuery({ h: 'abc' })).toBe(false)
    expect(isShareQuery({})).toBe(false)
  })

  it.each([
    ['no version', { pl: 'wechat', op: 'company' }, /缺少答案版本/],
    ['an empty version', { sv: '', pl: 'wechat', op: 'company' }, /答案版本（sv）是空的/],
    ['a version of spaces', { sv: '  ', pl: 'wechat', op: 'company' }, /答案版本（sv）是空的/],
    ['an unknown flag letter (v1)', { sv: '1', pl: 'wechat', op: 'company', fl: 'mx' }, /无法识别的选项/],
    ['an unknown activity', { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', ac: 'casino' }, /「功能」的值无效/],
    ['no platform', { sv: SHARE_SCHEMA, op: 'company' }, /「平台」的值无效/],
    ['no operator type', { sv: SHARE_SCHEMA, pl: 'wechat' }, /「主体」的值无效/],
    ['a share over 100', { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', fs: '300' }, /「外资」的值无效/],
    ['capital as words', { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', rc: 'lots' }, /「注册资本」的值无效/],
    ['capital as Infinity', { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', rc: 'Infinity' }, /「注册资本」的值无效/],
    ['a yes/no as something else', { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', d: 'maybe' }, /「失信名单」的值无效/],
    ['broken percent-encoding', { sv: SHARE_SCHEMA, pl: '%E4%', op: 'company' }, /「平台」的值无效/],
  ])('refuses a link with %s, naming the problem', (_what, q, message) => {
    const r = decodeShare(q)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })

  it('refuses a long link quickly, with a short message that does not echo it', () => {
    const cases: Record<string, string>[] = [
      { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', ac: 'casino,'.repeat(200_000) },
      { sv: 'x'.repeat(MAX_SHARE_CHARS), pl: 'wechat', op: 'company' },
      { sv: SHARE_SCHEMA, pl: 'wechat', op: 'company', junk: '\u202e'.repeat(MAX_SHARE_CHARS) },
    ]
    for (const q of cases) {
      const started = performance.now()
      const r = decodeShare(q)
      expect(performance.now() - started).toBeLessThan(50)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.message.length).toBeLessThan(80)
        expect(r.message).not.toMatch(/casino|xxx|\u202e/)
      }
    }
  })

  it('names at most a few problems of a bad link, never its values', () => {
    const r = decodeShare({ sv: SHARE_SCHEMA, pl: 'a,b,c,d,e,f', op: '\u001b[31mevil' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toMatch(/另有 \d+ 处/)
      expect(r.message).not.toMatch(/evil|\u001b/)
    }
  })
})

describe('share links: sv present but wrong (issue 21)', () => {
  it.each([
    ['empty', { sv: '', pl: 'wechat', op: 'company' }, /是空的/],
    ['repeated, as a list', { sv: ['2', '2'] as unknown as string, pl: 'wechat', op: 'company' }, /出现了不止一次/],
    ['repeated, joined by the router', { sv: '2,2', pl: 'wechat', op: 'company' }, /出现了不止一次/],
    ['repeated, different', { sv: '1,2', pl: 'wechat', op: 'company' }, /出现了不止一次/],
  ])('an %s sv says what is wrong, not "another version"', (_what, q, message) => {
    const r = decodeShare(q)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toMatch(message)
      expect(r.message).not.toMatch(/不同版本/)
    }
  })
})

// Issue 22: a damaged share link showed the validator's English ("operator.foreignShare: must be
// between 0 and 100") to the merchant. It names the answer as the wizard does, in Chinese.
describe('a damaged link says what is wrong in the merchant’s words', () => {
  const base = encodeShare({ schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company', foreignShare: 30 }, activities: ['marketplace'], sectors: [] }, '2026.12.1')
  it.each([
    ['fs', '500', '「外资」'],
    ['ac', 'zzz', '「功能」'],
  ])('%s=%s names %s, with no English', (key, value, label) => {
    const r = decodeShare({ ...(base as Record<string, string>), [key]: value })
    expect(r.ok).toBe(false)
    const message = r.ok ? '' : r.message
    expect(message).toContain(label)
    expect(message).not.toMatch(/[A-Za-z]{3,}/)
  })
})
