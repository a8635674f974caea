/**
 * Freshness of the sources (addendum 2026-12 §0.1, issue 22): 《网络安全法》 as amended on
 * 2025-10-28 (in force 2026-01-01) is the text in force, so its entry carries that date, and its
 * new article numbers stay unconfirmed; the anthropomorphic-AI measures are final (published
 * 2026-04-10, in force 2026-07-15).
 */
import { sourceById } from '../../../src/domain/law/sources'

describe('sources carry the text in force', () => {
  it('《网络安全法》: the 2025 amendment, in force 2026-01-01, article numbers unconfirmed', () => {
    const s = sourceById('cybersecurity-law')
    expect(s?.date).toBe('2025-10-28')
    expect(s?.title).toMatch(/2025年10月28日修正/)
    expect(s?.title).toMatch(/2026年1月1日起施行/)
    expect(s?.title).toMatch(/条文编号/)
  })

  it('《人工智能拟人化互动服务管理暂行办法》: final, published 2026-04-10, in force 2026-07-15', () => {
    const s = sourceById('ai-companion-measures')
    expect(s?.date).toBe('2026-04-10')
    expect(s?.title).toMatch(/2026-07-15起施行/)
  })
})
