/** ShowMore.tsx: a long list a few at a time; each 更多 tap appends the next few until none is left. */
import { act, fireEvent, render } from '@testing-library/react'
import ShowMore from '@/components/ShowMore'

const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const List = ({ initial }: { initial?: number }) => (
  <div id='list'>
    <ShowMore items={items} step={3} initial={initial} id='more' render={(x, i) => <span key={x} id={`item-${i}`}>{x}</span>} />
  </div>
)
const shown = (c: HTMLElement) => Array.from(c.querySelectorAll('#list span')).map((s) => s.textContent)

it('shows the first step, appends a step per tap, and says how many are left', () => {
  const { container } = render(<List />)
  expect(shown(container)).toEqual(['a', 'b', 'c'])
  expect(container.querySelector('#more')?.textContent).toBe('显示更多（还有 4 项）')
  act(() => {
    fireEvent.click(container.querySelector('#more') as Element)
  })
  expect(shown(container)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  act(() => {
    fireEvent.click(container.querySelector('#more') as Element)
  })
  expect(shown(container)).toEqual(items)
  expect(container.querySelector('#more')).toBeNull()
})

it('starts from `initial` when given, and has no link when everything fits', () => {
  const { container } = render(<List initial={1} />)
  expect(shown(container)).toEqual(['a'])
  const all = render(<ShowMore items={['x']} step={3} id='none' render={(x) => <span key={x}>{x}</span>} />)
  expect(all.container.querySelector('#none')).toBeNull()
})
