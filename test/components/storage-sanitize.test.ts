/**
 * src/store/sanitize.ts: what survives a read from storage, by the answers table's own
 * schemas. Every valid draft and entry survives unchanged without an alarm; a corrupt value
 * loses only itself.
 */
import * as fc from 'fast-check'
import { ANSWER_FIELDS, fromProfile } from '@/domain/profile/answers'
import type { Profile } from '@/domain/contract/types'
import { ENTRY_LIMITS, HISTORY_LIMIT, sanitizeAnswers, sanitizeEntry, sanitizePersisted, type HistoryEntry } from '@/store/sanitize'
import { tableProfileArb } from '../domain/answer-arbitraries'

const profile: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['ownSales'], sectors: [] }
const entry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'e1',
  savedAt: '2026-11-01T00:00:00.000Z',
  profile,
  rulesetVersion: '2026.11.0',
  headline: '需要：ICP 备案',
  statuses: { icpFiling: 'required' },
  ...over,
})
/** Through JSON, as storage holds it. */
const stored = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

describe('answers', () => {
  it('keeps every valid draft unchanged, v1.1 answers included, with no alarm', () => {
    fc.assert(
      fc.property(tableProfileArb, (p) => {
        const answers = stored(fromProfile(p))
        expect(sanitizeAnswers(answers)).toEqual({ answers, dropped: false })
      }),
      { numRuns: 500 },
    )
  })

  it.each(ANSWER_FIELDS.map((f) => [f.id] as const))('a corrupt %s loses only itself', (id) => {
    const full = stored(
      fromProfile({
        ...profile,
        operator: { type: 'company', registeredCapital: 1_000_000, foreignShare: 10, province: '440000', pilotZone: 'unsure', multiProvince: false, dishonestListed: false },
        activities: ['ownSales', 'aiGenerated', 'storedValue'],
        sectors: ['food'],
        recruitsForOthers: false,
        facts: { aiModel: 'unsure', storedValueElsewhere: true, approvalsHeld: ['food'] },
      }),
    ) as Record<string, unknown>
    const { [id]: _gone, ...rest } = { ...full, [id]: { corrupt: true } }
    const r = sanitizeAnswers({ ...full, [id]: { corrupt: true } })
    expect(r.dropped).toBe(true)
    expect(r.answers).toEqual(rest)
  })

  it('keeps the good items of a list with a bad one, and an empty list without alarm', () => {
    expect(sanitizeAnswers({ platforms: ['wechat', 'baidu', 7], activities: [] })).toEqual({
      answers: { platforms: ['wechat'], activities: [] },
      dropped: true,
    })
    expect(sanitizeAnswers({ platforms: [], sectors: ['food', 'food'] })).toEqual({ answers: { platforms: [], sectors: ['food'] }, dropped: false })
  })

  it('counts an answer this version does not know as lost', () => {
    expect(sanitizeAnswers({ platforms: ['wechat'], teleport: true })).toEqual({ answers: { platforms: ['wechat'] }, dropped: true })
  })
})

describe('history entries', () => {
  it('keep their own name and ticked items', () => {
    const r = sanitizeEntry(stored(entry({ name: '  蛋糕店  ', done: ['m1', 'm2'] })))
    expect(r).toEqual({ entry: { ...entry(), name: '蛋糕店', done: ['m1', 'm2'] }, dropped: false })
  })

  it.each<[string, Record<string, unknown>, Partial<HistoryEntry> | null, boolean]>([
    ['a name of the wrong type', { name: 42 }, {}, true],
    ['an empty name (no own name)', { name: '  ' }, {}, false],
    ['a long name, cut', { name: '名'.repeat(100) }, { name: '名'.repeat(ENTRY_LIMITS.name) }, false],
    ['ticked items not a list', { done: 'm1' }, {}, true],
    ['a bad ticked item', { done: ['m1', 5, 'x'.repeat(ENTRY_LIMITS.doneId + 1)] }, { done: ['m1'] }, true],
    ['too many ticked items, trimmed', { done: Array.from({ length: 300 }, (_, i) => `m${i}`) }, { done: Array.from({ length: ENTRY_LIMITS.done }, (_, i) => `m${i}`) }, false],
    ['a long headline, cut', { headline: 'x'.repeat(1000) }, { headline: 'x'.repeat(ENTRY_LIMITS.headline) }, false],
    ['a bad status', { statuses: { icpFiling: 'maybe', ediLicense: 'required' } }, { statuses: { ediLicense: 'required' } }, true],
    ['an invalid profile', { profile: { schemaVersion: 1 } }, null, true],
    ['no id', { id: undefined }, null, true],
  ])('with %s', (_what, over, want, dropped) => {
    const r = sanitizeEntry(stored(entry(over)))
    expect(r.dropped).toBe(dropped)
    if (want === null) expect(r.entry).toBeNull()
    else {
      const base = entry() as unknown as HistoryEntry
      expect(r.entry).toEqual({ ...base, ...want })
    }
  })
})

describe('the persisted state', () => {
  it('survives a save and a read unchanged, with no alarm', () => {
    fc.assert(
      fc.property(fc.array(tableProfileArb, { maxLength: 5 }), fc.nat({ max: 7 }), (profiles, step) => {
        const state = stored({
          answers: profiles.length > 0 ? fromProfile(profiles[0]) : {},
          step,
          history: profiles.map((p, i) => ({ ...entry({ id: `e${i}`, profile: p, name: `第 ${i} 次`, done: [`m${i}`] }) })),
        })
        expect(sanitizePersisted(state, 7)).toEqual({ state, unshown: [], dropped: false })
      }),
      { numRuns: 200 },
    )
  })

  it('reads past bad entries to fill the history up to its cap', () => {
    const raw = [...Array.from({ length: 5 }, () => 'junk'), ...Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => entry({ id: `e${i}` }))]
    const r = sanitizePersisted({ answers: {}, step: 0, history: raw }, 7)
    expect(r.state.history).toHaveLength(HISTORY_LIMIT)
    expect(r.dropped).toBe(true)
  })

  it('reads a hostile oversized state in bounded time', () => {
    const big = Array.from({ length: 200_000 }, (_, i) => `m${i % 1000}`)
    const state = { answers: { platforms: big, activities: big }, step: 0, history: Array.from({ length: 1000 }, () => entry({ done: big })) }
    const started = performance.now()
    const r = sanitizePersisted(state, 7)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(r.state.history).toHaveLength(HISTORY_LIMIT)
    expect(r.state.history[0].done).toHaveLength(ENTRY_LIMITS.done)
  })
})
