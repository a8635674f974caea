/**
 * Walk the compiled wizard with a profile, by the stable ids alone (the outside-test contract):
 * tap `start`, then on each screen tap the profile's options present, type its numbers, tap
 * `wizard-next` (following navigation) until `result-ruleset` shows. Every action is recorded
 * with the setData calls it caused, so tests and the benchmark read the same walk.
 */
import { ANSWER_FIELDS, fromProfile, isVisible, yesNoValue, type Answers } from '../../src/domain/profile/answers'
import type { Profile } from '../../src/domain/contract/types'
import type { MiniProgram, PageHandle, SimNode } from './harness'

export interface Action {
  kind: 'start' | 'answer' | 'next'
  id: string
  route: string
  calls: number
  bytes: number
  /** each call's page, data paths and bytes, when an action cost more than one call or over 1 KB */
  detail?: Array<{ route: string; keys: string[]; bytes: number }>
}

export interface WalkResult {
  page: PageHandle
  actions: Action[]
  screens: number
  /** the profile's option and input ids that never showed */
  untapped: string[]
  /** each wizard screen's text as answered, before 下一步 (the last one is the review) */
  texts: string[]
}

export const classOf = (node: SimNode): string => node.dom.getAttribute('class') ?? ''

/** The option ids of a profile, in wizard order, read from the answers table; yes/no as yes/no/unsure. */
export function optionIds(profile: Profile): Array<{ id: string; toggle: boolean }> {
  const a = fromProfile(profile) as Record<string, unknown>
  const ids: Array<{ id: string; toggle: boolean }> = []
  for (const f of ANSWER_FIELDS) {
    const value = a[f.id]
    // An answer the wizard does not ask for this profile (an individual's branches) is not tapped.
    if (value === undefined || f.kind === 'number' || !isVisible(f.id, a as Answers)) continue
    if (f.kind === 'multi' && 'none' in f && f.none !== undefined && (value as string[]).length === 0) ids.push({ id: `opt-${f.id}-${f.none.value}`, toggle: false })
    else if (f.kind === 'multi') for (const v of value as string[]) ids.push({ id: `opt-${f.id}-${v}`, toggle: true })
    else if (f.kind === 'yesNo') ids.push({ id: `opt-${f.id}-${yesNoValue(value)}`, toggle: false })
    else ids.push({ id: `opt-${f.id}-${String(value)}`, toggle: false })
  }
  return ids
}

/** The number inputs of a profile as typed: capital in 万元 (e.g. "50"), share in percent. */
export function inputTexts(profile: Profile): Array<[string, string | undefined]> {
  const a = fromProfile(profile) as Record<string, unknown>
  return ANSWER_FIELDS.flatMap((f) => (f.kind === 'number' ? [[`input-${f.id}`, typeof a[f.id] === 'number' ? f.toText(a[f.id] as number) : undefined] as [string, string | undefined]] : []))
}

/**
 * Yes/no questions shown but left out by the profile: nothing is pre-answered, so the walk
 * answers them as the contract reads "absent" (否 for operator flags, 不确定 for facts).
 */
export function fallbackIds(profile: Profile): string[] {
  const a = fromProfile(profile) as Record<string, unknown>
  return ANSWER_FIELDS.filter((f) => (f.kind === 'yesNo' || f.id === 'aiModel') && a[f.id] === undefined).map((f) =>
    f.path[0] === 'facts' ? `opt-${f.id}-unsure` : `opt-${f.id}-no`,
  )
}

/** Wait until the setData calls an action causes have come and gone quiet. */
export async function settle(mp: MiniProgram, action: number): Promise<void> {
  const started = Date.now()
  let seen = -1
  let quietSince = Date.now()
  for (;;) {
    const n = mp.setDataCalls.length
    if (n !== seen) {
      seen = n
      quietSince = Date.now()
    }
    const some = mp.setDataAfter(action).length > 0
    if ((some && Date.now() - quietSince >= 50) || (Date.now() - started >= 400 && Date.now() - quietSince >= 400)) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export interface WalkOptions {
  /** called with each page the walk navigates to, once it has rendered (before anything is tapped on it) */
  onPage?: (page: PageHandle) => void
}

export async function walkWizard(mp: MiniProgram, home: PageHandle, profile: Profile, { onPage }: WalkOptions = {}): Promise<WalkResult> {
  const actions: Action[] = []
  const act = async (kind: Action['kind'], page: PageHandle, id: string, run: () => void) => {
    run()
    const n = mp.actions()
    await settle(mp, n)
    const calls = mp.setDataAfter(n)
    const action: Action = { kind, id, route: page.route, calls: calls.length, bytes: calls.reduce((s, c) => s + c.bytes, 0) }
    if (calls.length > 1 || action.bytes > 1024) action.detail = calls.map((c) => ({ route: c.route, keys: c.keys.slice(0, 8), bytes: c.bytes }))
    actions.push(action)
  }
  await act('start', home, 'start', () => home.tap('start'))
  let page = await mp.followNavigation()
  await settle(mp, mp.actions())
  onPage?.(page)

  const wanted = optionIds(profile)
  const inputs = inputTexts(profile)
  const fallback = fallbackIds(profile)
  const done = new Set<string>()
  const texts: string[] = []
  let screens = 0
  while (!page.byId('result-ruleset')) {
    screens += 1
    if (screens > 12) throw new Error(`no result after 12 screens; ${page.route} shows: ${page.text().slice(0, 300)}`)
    // An answer can reveal a follow-up question: go round until nothing new shows.
    for (let progressed = true; progressed; ) {
      progressed = false
      for (const { id, toggle } of wanted) {
        const node = page.byId(id)
        if (done.has(id) || node === undefined) continue
        done.add(id)
        progressed = true
        if (toggle && /\bselected\b/.test(classOf(node))) continue
        const p = page
        await act('answer', p, id, () => p.tap(id))
      }
      for (const [id, value] of inputs) {
        if (value === undefined || done.has(id) || page.byId(id) === undefined) continue
        done.add(id)
        progressed = true
        const p = page
        await act('answer', p, id, () => p.input(id, value))
      }
      for (const id of fallback) {
        if (done.has(id) || page.byId(id) === undefined) continue
        done.add(id)
        progressed = true
        const p = page
        await act('answer', p, id, () => p.tap(id))
      }
    }
    texts.push(page.text())
    const before = mp.navigations.length
    const p = page
    await act('next', p, 'wizard-next', () => p.tap('wizard-next'))
    if (mp.navigations.length > before) {
      page = await mp.followNavigation()
      await settle(mp, mp.actions())
      onPage?.(page)
    }
  }
  const untapped = [...wanted.map((w) => w.id), ...inputs.filter(([, v]) => v !== undefined).map(([id]) => id)].filter((id) => !done.has(id))
  return { page, actions, screens, untapped, texts }
}
