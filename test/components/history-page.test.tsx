/** The history page: rows named from their answers (editable), delete with undo, back/home. */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'

import History from '@/flow/history/index'
import { useWizard, type HistoryEntry } from '@/store'
import type { Profile } from '@/domain/contract/types'
import { resetTaroMock } from '../setup/taro-mock'

const profile = (p: Partial<Profile>): Profile => ({ schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: [], sectors: [], ...p })
const entry = (id: string, p: Profile): HistoryEntry => ({ id, savedAt: '2026-11-24T10:00:00.000Z', profile: p, rulesetVersion: 'x', headline: '需要：ICP 备案', statuses: {} })
const tap = (c: HTMLElement, id: string) => {
  const el = c.querySelector(`#${id}`)
  if (el === null) throw new Error(`no #${id}: ${c.textContent}`)
  fireEvent.click(el)
}

beforeEach(() => {
  resetTaroMock()
  useWizard.setState({
    answers: {},
    step: 0,
    notice: null,
    history: [
      entry('a', profile({ sectors: ['food'], activities: ['ownSales', 'storedValue'] })),
      entry('b', profile({ operator: { type: 'soleProprietor' }, activities: ['paidContent'] })),
    ],
  })
})

describe('history page', () => {
  it('names each row from its answers, so rows with the same headline differ', () => {
    const { container } = render(<History />)
    expect(container.querySelector('#name-text-a')?.textContent).toBe('食品 · 自营 + 储值')
    expect(container.querySelector('#name-text-b')?.textContent).toBe('个体工商户 · 付费内容')
  })

  it('lets the merchant rename a row, and an empty name goes back to the automatic one', async () => {
    const { container } = render(<History />)
    tap(container, 'rename-a')
    const input = container.querySelector('#name-a') as HTMLElement
    await act(async () => {
      input.dispatchEvent(new CustomEvent('input', { detail: { value: '  朝阳店  ' } }))
    })
    tap(container, 'save-name-a')
    expect(useWizard.getState().history[0].name).toBe('朝阳店')
    expect(container.querySelector('#name-text-a')?.textContent).toBe('朝阳店')
    act(() => useWizard.getState().renameHistory('a', ''))
    expect(useWizard.getState().history[0].name).toBeUndefined()
  })

  it('deletes with 撤销, which puts the row back where it was', () => {
    const { container } = render(<History />)
    tap(container, 'delete-a')
    expect(useWizard.getState().history.map((e) => e.id)).toEqual(['b'])
    expect(container.querySelector('#history-undo')?.textContent).toContain('食品 · 自营 + 储值')
    tap(container, 'undo-delete')
    expect(useWizard.getState().history.map((e) => e.id)).toEqual(['a', 'b'])
    expect(container.querySelector('#history-undo')).toBeNull()
  })

  it('has a heading, buttons with roles, and 返回/首页 on H5', () => {
    const { container } = render(<History />)
    expect(container.querySelector('[role="heading"]')?.textContent).toBe('历史记录')
    expect(container.querySelector('#delete-a')?.getAttribute('role')).toBe('button')
    tap(container, 'nav-home')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
    tap(container, 'nav-back')
    expect(Taro.reLaunch).toHaveBeenCalledTimes(2)
  })
})
