/**
 * Is a follow-up answer worth asking? Only where some answer to it would change a verdict: the
 * rows of every requirement that reads it (./deciders.ts, derived from the rulebook) are combined
 * as the engine combines them (./combine.ts) under each possible answer; the question is asked
 * when two answers give different verdicts or reasons. Nothing here restates a rule.
 */
import { AI_MODELS, UNSURE, type Profile } from '../contract/types'
import { combine } from './combine'
import { DECIDERS } from './deciders'
import type { FollowUp } from './follow-ups'

/** Every answer a follow-up can have, "not answered" included. */
const ANSWERS: Record<'yesNo' | 'aiModel', ReadonlyArray<boolean | string | undefined>> = {
  yesNo: [true, false, UNSURE, undefined],
  aiModel: [...AI_MODELS, UNSURE, undefined],
}

function withFollowUp(p: Profile, fact: FollowUp, value: boolean | string | undefined): Profile {
  const facts: Record<string, unknown> = { ...p.facts }
  if (value === undefined) delete facts[fact]
  else facts[fact] = value
  return { ...p, facts: facts as Profile['facts'] }
}

/** Whether some answer to `fact` would change a verdict of this (draft) profile. */
export function decides(fact: FollowUp, p: Profile): boolean {
  const answers = ANSWERS[fact === 'aiModel' ? 'aiModel' : 'yesNo']
  for (const requirement of DECIDERS.reads[fact]) {
    const rows = DECIDERS.rows[requirement] ?? []
    const outcomes = new Set(answers.map((v) => combine(rows, withFollowUp(p, fact, v)).map((r) => r.id).join(' ')))
    if (outcomes.size > 1) return true
  }
  return false
}
