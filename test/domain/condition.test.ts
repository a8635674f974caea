/** The condition language (profile/condition.ts): each leaf, the combinators, and which answers drive a rule. */
import { ALWAYS, act, all, any, answerOf, drivers, fact, flag, flagIs, holds, not, on, op, open, sec, type Condition } from '../../src/domain/profile/condition'
import { UNSURE, type Profile } from '../../src/domain/contract/types'
import { makeProfile } from './profile-factory'

const p = makeProfile({
  activities: ['marketplace'],
  sectors: ['food'],
  platforms: ['alipay'],
  operator: { type: 'soleProprietor', foreignShare: 30, multiProvince: UNSURE, pilotZone: true },
  recruitsForOthers: true,
  facts: { commission: false, aiModel: 'own' },
})

describe('leaves', () => {
  it.each<[string, Condition, boolean]>([
    ['an activity chosen', act('marketplace'), true],
    ['an activity not chosen', act('ownSales'), false],
    ['a sector chosen', sec('food'), true],
    ['a platform', on('alipay'), true],
    ['another platform', on('wechat'), false],
    ['the operator type', op('soleProprietor'), true],
    ['a flag set true', flag('pilotZone'), true],
    ['a flag answered unsure is not true', flag('multiProvince'), false],
    ['recruiting for others', flag('recruitsForOthers'), true],
    ['a foreign share above 20', { foreignShareAbove: 20 }, true],
    ['a foreign share above 30 (not at)', { foreignShareAbove: 30 }, false],
    ['a fact answered no', fact('commission', 'no'), true],
    ['a fact answered yes (it is no)', fact('commission'), false],
    ['a fact not answered', fact('ownDevices', 'unanswered'), true],
    ['an unsure operator answer', flagIs('multiProvince', 'unsure'), true],
    ['the AI model', { aiModel: 'own' }, true],
  ])('%s', (_name, c, want) => {
    expect(holds(c, p)).toBe(want)
  })

  it('reads an answer as yes, no, unsure or unanswered', () => {
    expect([answerOf(true), answerOf(false), answerOf(UNSURE), answerOf(undefined)]).toEqual(['yes', 'no', 'unsure', 'unanswered'])
  })

  it('open(fact) holds while the fact is unanswered or unsure, not once answered', () => {
    const with_ = (commission: Profile['facts']) => ({ ...p, facts: commission })
    expect([holds(open('commission'), with_({})), holds(open('commission'), with_({ commission: UNSURE })), holds(open('commission'), with_({ commission: true }))]).toEqual([true, true, false])
  })
})

describe('combinators', () => {
  it('all, any, not, and ALWAYS (an empty all)', () => {
    expect(holds(all(act('marketplace'), sec('food')), p)).toBe(true)
    expect(holds(all(act('marketplace'), sec('news')), p)).toBe(false)
    expect(holds(any(sec('news'), sec('food')), p)).toBe(true)
    expect(holds(any(), p)).toBe(false)
    expect(holds(not(sec('food')), p)).toBe(false)
    expect(holds(ALWAYS, p)).toBe(true)
  })
})

describe('drivers: the answers a holding condition rests on', () => {
  it('names the leaves that hold, outside any not', () => {
    expect(drivers(all(act('marketplace'), not(act('ownSales')), any(sec('food'), sec('news'))), p)).toEqual([
      { field: 'activities', value: 'marketplace' },
      { field: 'sectors', value: 'food' },
    ])
  })
  it('names nothing for a condition that does not hold', () => {
    expect(drivers(act('ownSales'), p)).toEqual([])
  })
})
