/** The bundled sources travel with the rules: every cited id exists, every entry is complete. */
import fs from 'fs'
import path from 'path'
import { RULES } from '../../src/domain/law'
import { SOURCES, sourceById } from '../../src/domain/law/sources'

describe('sources', () => {
  it('names each instrument once, in kebab-case, never with a reference code (S4, B21 …), each complete', () => {
    const ids: string[] = SOURCES.map((s) => s.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    const bad = SOURCES.filter(
      (s) =>
        !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id) ||
        /^[sabe]\d/.test(s.id) ||
        s.title.length === 0 ||
        !(s.link === '' || /^https?:\/\//.test(s.link)) ||
        !['V', 'V-sec', 'P', 'I'].includes(s.level) ||
        s.ref.length === 0,
    ).map((s) => s.id)
    expect(bad).toEqual([])
  })

  it('covers every source of the reference and its addenda (S1–S26, A, B1–B30, E1–E46): each ref is somewhere', () => {
    const refs = SOURCES.flatMap((s) => s.ref.split(/[,;]\s*/).map((r) => r.split(' ')[0]))
    const want = [...Array.from({ length: 26 }, (_, i) => `S${i + 1}`), ...Array.from({ length: 30 }, (_, i) => `B${i + 1}`), ...Array.from({ length: 46 }, (_, i) => `E${i + 1}`)]
    expect(want.filter((r) => !refs.includes(r))).toEqual([])
  })

  it('docs/sources-map.md maps every source id (the table a reviewer reads)', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/sources-map.md'), 'utf8')
    expect(SOURCES.filter((s) => !doc.includes(`\`${s.id}\``)).map((s) => s.id)).toEqual([])
  })

  it('holds every source id a rule cites', () => {
    for (const r of RULES) {
      expect(r.sources.length).toBeGreaterThan(0)
      for (const id of r.sources) expect([r.id, id, sourceById(id)?.id]).toEqual([r.id, id, id])
    }
  })

  it('names every source in Chinese for the merchant (citations and the sources page read them): no English phrase', () => {
    const english = /[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}/
    const found = SOURCES.filter((s) => english.test(s.title) || english.test(s.issuer)).map((s) => `${s.id}: ${s.title} · ${s.issuer}`)
    expect(found).toEqual([])
  })
})
