/** The wizard's v1.2 questions (issue 23): personalData with 都没有, and the seven new yes/no facts, by their contract ids. */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import Wizard from '@/ask/wizard/index'
import { FIELD_BY_ID, type AnswerId } from '@/domain/profile/answers'
import { STEPS, stepOf, type Answers } from '@/domain/profile/questions'
import { useWizard } from '@/store'
import { resetTaroMock } from '../setup/taro-mock'

;

(Taro as unknown as { pageScrollTo: jest.Mock }).pageScrollTo = jest.fn()

const tap = (c: HTMLElement, id: string) => {
  const el = c.querySelector(`#${id}`)
  if (el === null) throw new Error(`no #${id} on screen: ${c.textContent?.slice(0, 200)}`)
  act(() => {
    fireEvent.click(el)
  })
}
const chosen = (c: HTMLElement, id: string) => c.querySelector(`#${id}`)?.getAttribute('aria-checked')
const personalData = () => useWizard.getState().answers.personalData

const BASE: Answers = { platforms: ['wechat'], operatorType: 'company', activities: [], sectors: [] }
const CONTENT = STEPS.findIndex((s) => s.id === 'content')

beforeEach(() => {
  resetTaroMock()
  jest.spyOn(console, 'error').mockImplementation(() => undefined) // Taro's H5 Input under jsdom (wizard-page.test.tsx)
})
afterEach(() => jest.restoreAllMocks())

describe('personalData: [] is 都没有, absent is not asked', () => {
  const openContent = (answers: Answers = BASE) => {
    useWizard.setState({ answers, step: CONTENT, history: [], notice: null })
    return render(<Wizard />).container
  }

  it('is on the content step, with 都没有 as opt-personalData-none; nothing chosen at first', () => {
    expect(stepOf('personalData')).toBe(CONTENT)
    const c = openContent()
    expect(c.querySelector('#opt-personalData-phone')).not.toBeNull()
    expect(c.querySelector('#opt-personalData-none')?.textContent).toContain('都没有')
    expect(c.querySelector('#opt-personalData-none')?.getAttribute('role')).toBe('checkbox')
    expect(chosen(c, 'opt-personalData-none')).toBe('false')
    expect(personalData()).toBeUndefined()
  })

  it('都没有 stores [] and shows as chosen; tapping it again unsets the answer', () => {
    const c = openContent()
    tap(c, 'opt-personalData-none')
    expect(personalData()).toEqual([])
    expect(chosen(c, 'opt-personalData-none')).toBe('true')
    tap(c, 'opt-personalData-none')
    expect(personalData()).toBeUndefined()
  })

  it('a real option after 都没有 stores [value]; 都没有 after real options stores []', () => {
    const c = openContent({ ...BASE, personalData: [] })
    tap(c, 'opt-personalData-phone')
    expect(personalData()).toEqual(['phone'])
    expect(chosen(c, 'opt-personalData-none')).toBe('false')
    expect(chosen(c, 'opt-personalData-phone')).toBe('true')
    tap(c, 'opt-personalData-face')
    expect(personalData()).toEqual(['phone', 'face'])
    tap(c, 'opt-personalData-none')
    expect(personalData()).toEqual([])
    expect(chosen(c, 'opt-personalData-phone')).toBe('false')
  })

  it('unticking the last real option leaves the question unanswered, not 都没有', () => {
    const c = openContent({ ...BASE, personalData: ['phone', 'address'] })
    tap(c, 'opt-personalData-phone')
    expect(personalData()).toEqual(['address'])
    tap(c, 'opt-personalData-address')
    expect(personalData()).toBeUndefined()
    expect('personalData' in useWizard.getState().answers).toBe(false)
    expect(chosen(c, 'opt-personalData-none')).toBe('false')
  })
})

/** Answers that raise each new fact (checked against the table's own shownWhen below). */
const RAISED: ReadonlyArray<[AnswerId, Answers]> = [
  ['minors', { ...BASE, activities: ['ugc'] }],
  ['aiCompanion', { ...BASE, activities: ['aiGenerated'] }],
  ['healthAds', { ...BASE, sectors: ['medicalInstitution'] }],
  ['othersStream', { ...BASE, activities: ['liveCommerce'] }],
  ['cashOut', { ...BASE, activities: ['storedValue'] }],
  ['largeScale', BASE],
  ['smallSeller', { ...BASE, operatorType: 'individual', activities: ['ownSales'] }],
]

describe.each(RAISED)('the new fact %s', (fact, answers) => {
  it('shows on its step with opt-<fact>-yes|no|unsure and stores the tap', () => {
    expect(FIELD_BY_ID[fact].shownWhen(answers)).toBe(true)
    useWizard.setState({ answers, step: stepOf(fact), history: [], notice: null })
    const { container } = render(<Wizard />)
    for (const v of ['yes', 'no', 'unsure']) expect(container.querySelector(`#opt-${fact}-${v}`)).not.toBeNull()
    tap(container, `opt-${fact}-yes`)
    expect((useWizard.getState().answers as Record<string, unknown>)[fact]).toBe(true)
    expect(chosen(container, `opt-${fact}-yes`)).toBe('true')
    tap(container, `opt-${fact}-unsure`)
    expect((useWizard.getState().answers as Record<string, unknown>)[fact]).toBe('unsure')
  })
})
