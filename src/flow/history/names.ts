/**
 * The names the history rows show. An entry's own name if it has one; else one made from its
 * answers (autoName). When two rows would read the same, each automatic name gets what tells
 * them apart: the operator type, then the main activity, then the date saved.
 */
import { ACTIVITY_SHORT, ANSWER_FIELDS, autoName } from '../../domain'
import type { HistoryEntry } from '../../store'

const OPERATOR_FIELD = ANSWER_FIELDS.find((f) => f.id === 'operatorType')
const operatorLabel = (e: HistoryEntry): string =>
  OPERATOR_FIELD !== undefined && 'options' in OPERATOR_FIELD
    ? ((OPERATOR_FIELD.options as ReadonlyArray<{ value: string; label: string }>).find((o) => o.value === e.profile.operator.type)?.label ?? e.profile.operator.type)
    : e.profile.operator.type
const mainActivity = (e: HistoryEntry): string => {
  const a = e.profile.activities[0]
  return a === undefined ? '无经营活动' : `主要：${ACTIVITY_SHORT[a]}`
}
const savedOn = (e: HistoryEntry): string => e.savedAt.slice(0, 16).replace('T', ' ')

/** One name per entry, in the order given; automatic names that would repeat say what differs. */
export function historyNames(entries: readonly HistoryEntry[]): string[] {
  const base = entries.map((e) => e.name ?? autoName(e.profile))
  const count = (names: readonly string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>())
  let names = base
  for (const part of [operatorLabel, mainActivity, savedOn]) {
    const seen = count(names)
    if (![...seen.values()].some((n) => n > 1)) break
    names = names.map((n, i) => (entries[i].name === undefined && (seen.get(n) ?? 0) > 1 ? `${n}（${part(entries[i])}）` : n))
  }
  return names
}
