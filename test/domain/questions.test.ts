/** The question model: skipping, checking typed numbers, answers ↔ profile. */
import * as fc from 'fast-check'
import {
  STEPS,
  describeAnswers,
  fromProfile,
  isVisible,
  missingAnswers,
  parseNumberInput,
  toProfile,
  type Answers,
  type FieldId,
} from '../../src/domain/questions'
import { ACTIVITIES, SECTORS } from '../../src/domain/types'
import { validateProfile } from '../../src/domain/validate'
import { profileArb } from './arbitraries'

describe('steps', () => {
  it('offer every activity and every sector exactly once', () => {
    const values = (id: string) => STEPS.flatMap((s) => s.fields).filter((f) => f.id === id).flatMap((f) => ('options' in f ? f.options.map((o) => o.value) : []))
    expect([...values('activities')].sort()).toEqual([...ACTIVITIES].sort())
    expect([...values('sectors')].sort()).toEqual([...SECTORS].sort())
  })
  it('describe every activity in plain words', () => {
    const field = STEPS.flatMap((s) => s.fields).filter((f) => f.id === 'activities')
    for (const f of field) if ('options' in f) for (const o of f.options) expect([o.value, o.description]).toEqual([o.value, expect.any(String)])
  })
})

describe('skipping questions that cannot matter', () => {
  it.each<[FieldId, Answers, boolean]>([
    ['registeredCapital', { operatorType: 'individual' }, false],
    ['registeredCapital', { operatorType: 'company' }, true],
    ['pilotZone', { operatorType: 'company', foreignShare: 50 }, false],
    ['pilotZone', { operatorType: 'company', foreignShare: 51 }, true],
    ['recruitsForOthers', { sectors: ['food'] }, false],
    ['recruitsForOthers', { sectors: ['recruitment'] }, true],
  ])('%s is shown for %j: %s', (field, answers, shown) => {
    expect(isVisible(field, answers)).toBe(shown)
  })

  it('drops the answers of a skipped question from the profile', () => {
    const p = toProfile({ platforms: ['wechat'], operatorType: 'individual', registeredCapital: 5, foreignShare: 80, pilotZone: true })
    expect(p?.operator).toEqual({ type: 'individual' })
  })
})

describe('the next button', () => {
  it('says what is missing', () => {
    expect(missingAnswers(STEPS[0], {})).toEqual(['请至少选择一个平台'])
    expect(missingAnswers(STEPS[1], {})).toEqual(['请选择主体类型'])
    expect(missingAnswers(STEPS[2], {})).toEqual([])
  })
})

describe('numbers as typed', () => {
  it.each([
    ['registeredCapital', '1000000', { ok: true, value: 1_000_000 }],
    ['registeredCapital', '1,000,000', { ok: true, value: 1_000_000 }],
    ['registeredCapital', '', { ok: true, value: undefined }],
    ['registeredCapital', '100万', { ok: false, message: expect.stringContaining('注册资本只能填数字') }],
    ['registeredCapital', '-5', { ok: false, message: expect.stringContaining('注册资本') }],
    ['foreignShare', '12.5', { ok: true, value: 12.5 }],
    ['foreignShare', '101', { ok: false, message: expect.stringContaining('0 到 100') }],
    ['foreignShare', 'abc', { ok: false, message: expect.stringContaining('外资持股比例') }],
  ] as const)('%s "%s"', (field, text, want) => {
    expect(parseNumberInput(field, text)).toEqual(want)
  })
})

describe('answers and profiles', () => {
  it('an incomplete draft has no profile', () => {
    expect(toProfile({ platforms: ['wechat'] })).toBeNull()
    expect(toProfile({ operatorType: 'company', platforms: [] })).toBeNull()
  })

  it('every profile survives fromProfile → toProfile as a valid profile that means the same', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const back = toProfile(fromProfile(p))
        expect(back).not.toBeNull()
        expect(validateProfile(back).ok).toBe(true)
        expect(back?.activities).toEqual(p.activities)
        expect(back?.operator.type).toBe(p.operator.type)
        if (p.operator.type === 'company') expect(back?.operator.registeredCapital).toBe(p.operator.registeredCapital)
      }),
      { numRuns: 500 },
    )
  })

  it('describes the answers for the review screen', () => {
    const lines = describeAnswers({ platforms: ['wechat'], operatorType: 'company', activities: ['marketplace'], registeredCapital: 5_000_000 })
    expect(lines).toEqual(
      expect.arrayContaining([
        { field: 'platforms', label: '平台（可多选）', value: '微信小程序' },
        { field: 'activities', label: '小程序做什么', value: '商家入驻' },
        { field: 'registeredCapital', label: '注册资本（元）', value: '5000000 元' },
      ]),
    )
  })
})
