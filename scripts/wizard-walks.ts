/**
 * How long the wizard is for the five merchants of issue 12 (test/e2e/merchants.ts), with the
 * questions of contract v1.2: the screens they pass (every step and the review) and the taps they
 * make — one per option chosen, one per yes/no or single answer, one per number typed, one 下一步
 * per screen. A follow-up the merchant's profile leaves open that the wizard insists on is answered
 * 否 (one tap). Each merchant says what it collects from its users (personalData, below).
 *   npx tsx scripts/wizard-walks.ts
 * Pure: reads the answers table and the steps, as the wizard does.
 */
import { FIELD_BY_ID, fromProfile, isAnswered, type Answers } from '../src/domain/profile/answers'
import { STEPS, visibleFields } from '../src/domain/profile/questions'
import type { PersonalData } from '../src/domain/contract/types'
import { MERCHANTS } from '../test/e2e/merchants'

/** What each merchant collects, as it would answer 小程序收集用户的哪些信息. */
const COLLECTS: Record<string, PersonalData[]> = {
  bakery: ['phone', 'address'],
  mall: ['phone', 'address', 'location'],
  articles: [],
  forum: ['phone', 'userMedia'],
  dental: ['phone', 'health'],
}

export interface Walk {
  slug: string
  name: string
  screens: number
  taps: number
  /** Must-answer follow-ups the profile left open, answered 否. */
  added: string[]
}

export function walk(slug: string): Walk {
  const m = MERCHANTS.find((x) => x.slug === slug)!
  const answers: Answers = { ...fromProfile(m.profile), personalData: COLLECTS[slug] ?? [] }
  const added: string[] = []
  let taps = 0
  for (const step of STEPS) {
    for (const { field, options } of visibleFields(step, answers)) {
      const value = answers[field.id] as unknown
      if (field.kind === 'multi') {
        const chosen = ((value as string[] | undefined) ?? []).filter((v) => options.some((o) => o.value === v))
        taps += chosen.length > 0 ? chosen.length : field.id === 'personalData' && Array.isArray(value) ? 1 : 0
      } else if (value !== undefined) taps += 1
      else if (field.mustAnswer && !isAnswered(field, answers)) {
        ;(answers as Record<string, unknown>)[field.id] = field.kind === 'yesNo' ? false : undefined
        added.push(FIELD_BY_ID[field.id].short)
        taps += 1
      }
    }
    taps += 1 // 下一步
  }
  return { slug, name: m.name, screens: STEPS.length + 1, taps: taps + 1 /* 查看结果 on the review */, added }
}

if (require.main === module) {
  for (const m of MERCHANTS) {
    const w = walk(m.slug)
    console.log(`${w.name}: ${w.screens} screens, ${w.taps} taps${w.added.length > 0 ? `（新问题答「否」：${w.added.join('、')}）` : ''}`)
  }
}
