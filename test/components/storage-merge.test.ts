/**
 * The history merge before each write (src/store/merge.ts), alone: by entry id, the newer copy
 * wins, fields this version does not know are kept, removals here and elsewhere stay removed,
 * and the cap applies only when asked.
 */
import { mergeHistory } from '@/store/merge'
import { HISTORY_LIMIT, uniqueIds } from '@/store/shape'

const e = (id: string, savedAt: string, extra: Record<string, unknown> = {}) => ({ id, savedAt, ...extra })
const ids = (list: unknown[]) => list.map((x) => (x as { id?: string }).id ?? x)
const none = new Set<string>()

describe('mergeHistory', () => {
  it('keeps a result saved by another page, and this page’s new one', () => {
    const { list } = mergeHistory({ mine: [e('a', '2026-11-02')], theirs: [e('b', '2026-11-03')], base: none, removed: none, trim: false })
    expect(ids(list)).toEqual(['b', 'a'])
  })

  it('keeps the newer copy of an entry, and the stored fields this version does not know', () => {
    const stored = e('a', '2026-11-01', { updatedAt: '2026-11-05', name: 'theirs', origin: 'v3' })
    expect(mergeHistory({ mine: [e('a', '2026-11-01', { name: 'mine' })], theirs: [stored], base: none, removed: none, trim: false }).list).toEqual([stored])
    const newer = e('a', '2026-11-01', { updatedAt: '2026-11-09', name: 'mine' })
    expect(mergeHistory({ mine: [newer], theirs: [stored], base: none, removed: none, trim: false }).list).toEqual([{ ...newer, origin: 'v3' }])
  })

  it('does not bring back an entry this page removed, nor keep one another page removed', () => {
    expect(mergeHistory({ mine: [], theirs: [e('a', '1')], base: new Set(['a']), removed: new Set(['a']), trim: false }).list).toEqual([])
    expect(mergeHistory({ mine: [e('a', '1')], theirs: [], base: new Set(['a']), removed: none, trim: false }).list).toEqual([])
  })

  it('keeps items it cannot read, and cuts to the cap only when asked', () => {
    const theirs = [...Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => e(`t${i}`, String(1000 - i).padStart(4, '0'))), 'junk']
    expect(mergeHistory({ mine: [], theirs, base: none, removed: none, trim: false }).list).toHaveLength(HISTORY_LIMIT + 6)
    const cut = mergeHistory({ mine: [], theirs, base: none, removed: none, trim: true })
    expect(cut.list).toHaveLength(HISTORY_LIMIT + 1)
    expect(cut.trimmed).toEqual(['t50', 't51', 't52', 't53', 't54'])
  })
})

describe('uniqueIds', () => {
  it('gives a repeated id one of its own, the same each time', () => {
    const list = [e('x', '1'), e('x', '2'), e('x~2', '3')]
    expect(ids(uniqueIds(list))).toEqual(['x', 'x~3', 'x~2'])
    expect(uniqueIds(list)).toEqual(uniqueIds(list))
  })
})
