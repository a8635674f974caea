/**
 * Walk the compiled wizard with a profile, by the stable ids alone (the outside-test contract):
 * tap `start`, then on each screen tap the profile's options present, type its numbers, tap
 * `wizard-next` (following navigation) until `result-ruleset` shows. Every action is recorded
 * with the setData calls it caused, so tests and the benchmark read the same walk.
 */
import { yesNoKey, type Profile, type YesNoUnsure } from '../../src/domain/types'
import type { MiniProgram, PageHandle, SimNode } from './harness'

export interface Action {
  kind: 'start' | 'answer' | 'next'
  id: string
  route: string
  calls: number
  bytes: number
  /** each call's page, data paths and bytes, when an action cost more than one call */
  detail?: Array<{ route: string; keys: string[]; bytes: number }>
}

export interface WalkResult {
  page: PageHandle
  actions: Action[]
  screens: number
  /** the profile's option and input ids that never showed */
  untapped: string[]
}

export const classOf = (node: SimNode): string => node.dom.getAttribute('class') ?? ''

/** The option ids of a profile, in wizard order; booleans as yes/no. */
export function optionIds(profile: Profile): Array<{ id: string; toggle: boolean }> {
  const o = profile.operator
  const ids: Array<{ id: string; toggle: boolean }> = []
  for (const v of profile.platforms) ids.push({ id: `opt-platforms-${v}`, toggle: true })
  ids.push({ id: `opt-operatorType-${o.type}`, toggle: false })
  for (const v of profile.activities) ids.push({ id: `opt-activities-${v}`, toggle: true })
  for (const v of profile.sectors) ids.push({ id: `opt-sectors-${v}`, toggle: true })
  const flags: Array<[string, YesNoUnsure | undefined]> = [
    ['multiProvince', o.multiProvince],
    ['pilotZone', o.pilotZone],
    ['dishonestListed', o.dishonestListed],
    ['recruitsForOthers', profile.recruitsForOthers],
  ]
  for (const [field, value] of flags) if (value !== undefined) ids.push({ id: `opt-${field}-${yesNoKey(value)}`, toggle: false })
  return ids
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

export async function walkWizard(mp: MiniProgram, home: PageHandle, profile: Profile): Promise<WalkResult> {
  const actions: Action[] = []
  const act = async (kind: Action['kind'], page: PageHandle, id: string, run: () => void) => {
    run()
    const n = mp.actions()
    await settle(mp, n)
    const calls = mp.setDataAfter(n)
    const action: Action = { kind, id, route: page.route, calls: calls.length, bytes: calls.reduce((s, c) => s + c.bytes, 0) }
    if (calls.length > 1) action.detail = calls.map((c) => ({ route: c.route, keys: c.keys.slice(0, 8), bytes: c.bytes }))
    actions.push(action)
  }
  await act('start', home, 'start', () => home.tap('start'))
  let page = await mp.followNavigation()
  await settle(mp, mp.actions())

  const wanted = optionIds(profile)
  const inputs: Array<[string, number | undefined]> = [
    ['input-registeredCapital', profile.operator.registeredCapital],
    ['input-foreignShare', profile.operator.foreignShare],
  ]
  const done = new Set<string>()
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
        await act('answer', p, id, () => p.input(id, String(value)))
      }
    }
    const before = mp.navigations.length
    const p = page
    await act('next', p, 'wizard-next', () => p.tap('wizard-next'))
    if (mp.navigations.length > before) {
      page = await mp.followNavigation()
      await settle(mp, mp.actions())
    }
  }
  const untapped = [...wanted.map((w) => w.id), ...inputs.filter(([, v]) => v !== undefined).map(([id]) => id)].filter((id) => !done.has(id))
  return { page, actions, screens, untapped }
}
