import { readFileSync } from 'fs'
import { join } from 'path'
import { RULESET_DATE, RULESET_VERSION } from '../../src/domain/law/version'

/** docs/changelog.md: `## VERSION（DATE）` headings, newest first, each with its `- ` changes. */
const text = readFileSync(join(__dirname, '../../docs/changelog.md'), 'utf8')
const entries = text
  .split(/^## /m)
  .slice(1)
  .map((block) => {
    const m = /^(\d{4}\.\d{1,2}\.\d+)（(\d{4}-\d{2}-\d{2})）/.exec(block)
    return { head: block.split('\n')[0], version: m?.[1], date: m?.[2], changes: block.split('\n').filter((l) => l.startsWith('- ')) }
  })
const key = (v: string) => v.split('.').map(Number)
const newer = (a: string, b: string) => {
  const [x, y] = [key(a), key(b)]
  const i = x.findIndex((n, k) => n !== y[k])
  return i >= 0 && x[i] > y[i]
}

describe('the ruleset version and docs/changelog.md', () => {
  it('has an entry for the current version and date, first', () => {
    expect(entries[0]).toMatchObject({ version: RULESET_VERSION, date: RULESET_DATE })
  })

  it.each(entries.map((e) => [e.head, e]))('%s: a version, a date and at least one change', (_, e) => {
    expect(e.version).toBeDefined()
    expect(e.date).toBeDefined()
    expect(e.changes.length).toBeGreaterThan(0)
  })

  it('is newest first, versions and dates', () => {
    expect(entries.length).toBeGreaterThan(1)
    for (let i = 1; i < entries.length; i++) {
      expect(newer(entries[i - 1].version!, entries[i].version!)).toBe(true)
      expect(entries[i - 1].date! >= entries[i].date!).toBe(true)
    }
  })
})
