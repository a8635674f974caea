/** src/hooks/useResultView.ts: which result the params ask for, history diffs, share paths. */
import * as fc from 'fast-check'
import { assessmentOf } from '@/domain/result/assess'
import { decodeShare } from '@/domain/profile/share'
import { RULESET_VERSION } from '@/domain/law/version'
import { historyChanges, resolveView, resultPath, shareLink } from '@/hooks/useResultView'
import type { HistoryEntry } from '@/store'
import { example } from '../fixtures/profiles'
import { profileArb } from '../domain/arbitraries'

const entry = (id: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  savedAt: '2026-01-05T08:00:00.000Z',
  profile: example(5).profile,
  rulesetVersion: '2026.01.0',
  headline: '需要：ICP 备案',
  statuses: {},
  ...over,
})

describe('resolveView', () => {
  const own = example(2).profile
  it('a share link wins, then a history entry, then the own answers', () => {
    const q = Object.fromEntries(new URLSearchParams(resultPath(example(9).profile).split('?')[1]))
    expect(resolveView(q, own, [])).toEqual({ kind: 'shared', profile: example(9).profile })
    expect(resolveView({ h: 'a' }, own, [entry('a')])).toMatchObject({ kind: 'history', entry: { id: 'a' } })
    expect(resolveView({}, own, [])).toEqual({ kind: 'own', profile: own })
  })
  it('says plainly what is wrong: a broken link, a deleted entry, no answers yet', () => {
    expect(resolveView({ sv: '9' }, own, [])).toMatchObject({ kind: 'error' })
    expect(resolveView({ h: 'gone' }, own, [entry('a')])).toEqual({ kind: 'error', message: '这条历史记录已被删除。' })
    expect(resolveView({}, null, [])).toMatchObject({ kind: 'error' })
  })
})

describe('historyChanges', () => {
  it('nothing changed when the saved statuses are today’s', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        expect(historyChanges(Object.fromEntries(a.requirements.map((r) => [r.id, r.status])), a)).toEqual([])
      }),
      { numRuns: 50 },
    )
  })
  it('names each requirement whose status moved, appeared or went away', () => {
    const a = assessmentOf(example(5).profile)
    const edi = a.requirements.find((r) => r.id === 'ediLicense')?.status
    const changes = historyChanges({ ediLicense: edi === 'required' ? 'likely' : 'required', foodPermit: 'required' }, a)
    expect(changes).toEqual(
      expect.arrayContaining([
        { id: 'ediLicense', from: edi === 'required' ? 'likely' : 'required', to: edi },
        { id: 'foodPermit', from: 'required', to: null },
        { id: 'icpFiling', from: null, to: 'required' },
      ]),
    )
  })
})

describe('share paths', () => {
  it('a result path decodes back to the same profile', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const path = resultPath(p)
        expect(path.startsWith('/flow/result/index?')).toBe(true)
        const back = decodeShare(Object.fromEntries(new URLSearchParams(path.split('?')[1])))
        expect(back.ok).toBe(true)
        if (back.ok) expect(assessmentOf(back.profile).requirements).toEqual(assessmentOf(p).requirements)
      }),
      { numRuns: 50 },
    )
  })
  it('on the web the link carries the page address before the hash route', () => {
    const p = example(5).profile
    expect(shareLink(p, { origin: 'http://127.0.0.1:8080', pathname: '/' })).toBe(`http://127.0.0.1:8080/#${resultPath(p, RULESET_VERSION)}`)
    expect(shareLink(p)).toBe(resultPath(p))
  })
})
