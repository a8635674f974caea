/** The bundled sources travel with the rules: every cited id exists, every entry is complete. */
import { RULES } from '../../src/domain/law'
import { SOURCES, sourceById } from '../../src/domain/law/sources'

describe('sources', () => {
  it('lists S1–S26 of the reference, each once, with title, issuer, link and level', () => {
    const ids = SOURCES.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (let i = 1; i <= 26; i++) expect(ids).toContain(`S${i}`)
    for (const s of SOURCES) {
      expect([s.id, s.title.length > 0, /^https?:\/\//.test(s.link), ['V', 'V-sec', 'P', 'I'].includes(s.level)]).toEqual([s.id, true, true, true])
    }
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
