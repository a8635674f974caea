/** The compact form of WeChat's table (wechat.ts): lines, the document table, and the rows they expand to. */
import { DOCS, LINES, WECHAT_TABLE } from '../../../src/domain/categories/wechat'

const allLines = LINES.flatMap(([, lines]) => lines)
const items = (line: string): string[] => (line.split(';')[2] ?? '').split(/[|&]/).filter((x) => x !== '')

describe('WeChat table, compact form', () => {
  it('has one row per line, top levels in the same order', () => {
    expect(WECHAT_TABLE.map(([top]) => top)).toEqual(LINES.map(([top]) => top))
    WECHAT_TABLE.forEach(([, rows], i) => expect(rows.length).toBe(LINES[i][1].length))
  })

  it('has two to four fields per line, only known flags, no empty name or scope', () => {
    for (const line of allLines) {
      const f = line.split(';')
      expect([line, f.length >= 2 && f.length <= 4]).toEqual([line, true])
      expect([line, f[0] !== '' && f[1] !== '']).toEqual([line, true])
      expect([line, /^[RPB]*$/.test(f[3] ?? '')]).toEqual([line, true])
    }
  })

  it('resolves every #n to a document of the table, and the rows hold no reference', () => {
    for (const line of allLines) for (const it of items(line)) if (/^#/.test(it)) expect([line, DOCS[Number(it.slice(1))] !== undefined]).toEqual([line, true])
    for (const [, rows] of WECHAT_TABLE) for (const [name, q, scope] of rows) {
      for (const s of [name, scope, ...(q === 0 ? [] : q.flat())]) {
        expect([s, /[;|&]/.test(s) || /^#\d+$/.test(s)]).toEqual([s, false])
      }
      if (q !== 0) for (const g of q) expect([name, g.length > 0 && g.every((d) => d.trim() === d && d !== '')]).toEqual([name, true])
    }
  })

  it('lists each document once, and only documents that several lines or shared lists name', () => {
    expect(new Set(DOCS).size).toBe(DOCS.length)
    const used = new Map<number, number>()
    for (const line of allLines) for (const it of items(line)) if (/^#\d+$/.test(it)) used.set(Number(it.slice(1)), (used.get(Number(it.slice(1))) ?? 0) + 1)
    DOCS.forEach((d, i) => expect([d, used.has(i)]).toEqual([d, true]))
    // A document written out in a line is not also in the table (it would be #n).
    for (const line of allLines) for (const it of items(line)) expect([it, DOCS.includes(it)]).toEqual([it, false])
  })
})
