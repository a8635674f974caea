/** Share links: the answers travel in the page query and come back the same, or are refused plainly. */
import * as fc from 'fast-check'
import { decodeShare, encodeShare, toQueryString } from '../../src/domain/share'
import { RULESET_VERSION } from '../../src/domain/version'
import { example } from '../fixtures/profiles'
import { profileArb } from './arbitraries'

function parseQuery(s: string): Record<string, string> {
  return Object.fromEntries(s.split('&').map((kv) => kv.split('=') as [string, string]))
}

describe('share query', () => {
  it('round-trips every valid profile, through a URL-encoded query string too', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const q = encodeShare(p, RULESET_VERSION)
        const back = decodeShare(parseQuery(toQueryString(q)))
        expect(back).toEqual({ ok: true, profile: expect.anything(), rulesetVersion: RULESET_VERSION })
        if (back.ok) {
          // Flags that are false travel as absent: compare what they mean.
          const norm = (x: typeof p) => JSON.parse(JSON.stringify(x, (_k, v) => (v === false ? undefined : v)))
          expect(norm(back.profile)).toEqual(norm(p))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('stays short enough for a share path', () => {
    const q = toQueryString(encodeShare(example(38).profile, RULESET_VERSION))
    expect(q.length).toBeLessThan(200)
  })

  it('says plainly when the link comes from another answer format', () => {
    const r = decodeShare({ sv: '2', pl: 'wechat', op: 'company' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('v2')
  })

  it.each([
    ['no version', { pl: 'wechat', op: 'company' }, /不完整/],
    ['an unknown activity', { sv: '1', pl: 'wechat', op: 'company', ac: 'casino' }, /activities\.0/],
    ['no platform', { sv: '1', op: 'company' }, /platforms/],
    ['a share over 100', { sv: '1', pl: 'wechat', op: 'company', fs: '300' }, /operator\.foreignShare/],
    ['capital as words', { sv: '1', pl: 'wechat', op: 'company', rc: 'lots' }, /operator\.registeredCapital/],
    ['broken percent-encoding', { sv: '1', pl: '%E4%', op: 'company' }, /platforms\.0/],
  ])('refuses a link with %s, naming the problem', (_what, q, message) => {
    const r = decodeShare(q)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })
})
