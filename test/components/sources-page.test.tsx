/** The sources page (issue 25): one list, a cell per source — title, level and date; a tap opens its issuer and link. */
import { fireEvent, render } from '@testing-library/react'

import Sources from '@/flow/sources/index'
import { LEVEL_LABEL, SOURCES } from '@/domain'
import { resetTaroMock } from '../setup/taro-mock'

beforeEach(() => resetTaroMock())

describe('sources page', () => {
  it('lists every bundled source as one cell of one list, each under its id', () => {
    const { container } = render(<Sources />)
    const cells = container.querySelectorAll('.sources-page__list > [id^="source-"]')
    expect(Array.from(cells, (c) => c.id)).toEqual(SOURCES.map((s) => `source-${s.id}`))
  })

  it('shows the title, the level and the date on the cell; a tap opens the issuer and 复制链接, another closes them', () => {
    const s = SOURCES.find((x) => x.link !== '' && x.date !== '')!
    const { container } = render(<Sources />)
    const cell = container.querySelector(`#source-${s.id}`) as HTMLElement
    const row = cell.querySelector('.sources__row') as HTMLElement
    expect(row.textContent).toBe(`${s.title}${LEVEL_LABEL[s.level]} · ${s.date}`)
    expect([row.getAttribute('role'), row.getAttribute('aria-expanded')]).toEqual(['button', 'false'])
    expect(cell.querySelector('.sources__copy')).toBeNull()
    fireEvent.click(row)
    expect(cell.textContent).toContain(`发布：${s.issuer}`)
    expect(cell.querySelector('.sources__copy')?.textContent).toBe('复制链接')
    expect(row.getAttribute('aria-expanded')).toBe('true')
    fireEvent.click(row)
    expect(cell.querySelector('.sources__copy')).toBeNull()
  })
})
