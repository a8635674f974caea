/** The result as text (src/domain/result/summary.ts): it names the answers it is based on, and cites as text. */
import * as fc from 'fast-check'
import { assessmentOf } from '@/domain/result/assess'
import { describeAnswers, fromProfile } from '@/domain/profile/questions'
import { answerLines, headline, summaryText } from '@/domain/result/summary'
import { profileArb } from './arbitraries'

it('copy-as-text includes every answer line and the headline', () => {
  fc.assert(
    fc.property(profileArb, (p) => {
      const a = assessmentOf(p)
      const text = summaryText(a, p)
      expect(text).toContain(headline(a))
      expect(text).toContain('依据的回答')
      for (const x of describeAnswers(fromProfile(p))) expect(text).toContain(`${x.label}：${x.value}`)
      expect(answerLines(p).length).toBe(describeAnswers(fromProfile(p)).length)
    }),
    { numRuns: 60 },
  )
})

it('reasons cite sources by name, never as bare codes like [S21, A1b]', () => {
  fc.assert(
    fc.property(profileArb, (p) => {
      expect(summaryText(assessmentOf(p), p)).not.toMatch(/\[[SAB]\d+[a-z]?(, [SAB]\d+[a-z]?)*\]/)
    }),
    { numRuns: 60 },
  )
})

it('the short headline (max names per group) names the first ones and counts every one', () => {
  fc.assert(
    fc.property(profileArb, fc.integer({ min: 1, max: 5 }), (p, max) => {
      const a = assessmentOf(p)
      const short = headline(a, max)
      const full = headline(a)
      const groups = (h: string) => h.split('；').map((g) => g.split('：')[0])
      expect(groups(short)).toEqual(groups(full))
      for (const [i, g] of short.split('；').entries()) {
        const names = full.split('；')[i].split('：')[1].split(/ \+ |、/)
        const counted = / 等 (\d+) 项$/.exec(g)
        if (names.length > max) {
          expect(Number(counted?.[1])).toBe(names.length)
          expect(g).toContain(names.slice(0, max).join(g.includes(' + ') ? ' + ' : '、'))
        } else expect(g).toBe(full.split('；')[i])
      }
    }),
    { numRuns: 60 },
  )
})
