/** Slots.tsx: fixed slots per requirement id, and StableSlots for lists whose members come and go. */
import { render } from '@testing-library/react'
import { StableSlots } from '@/components/Slots'

const List = ({ items }: { items: string[] }) => (
  <div id='list'>
    <StableSlots items={items} keyOf={(x) => x.split(':')[0]} render={(x, i) => <span id={`item-${i}`}>{x}</span>} />
  </div>
)
const shown = (c: HTMLElement) => Array.from(c.querySelectorAll('#list span')).map((s) => `${s.id}=${s.textContent ?? ''}`)

describe('StableSlots', () => {
  it('renders the list in its own order at first, each with its index in the list', () => {
    const { container } = render(<List items={['a', 'b', 'c']} />)
    expect(shown(container)).toEqual(['item-0=a', 'item-1=b', 'item-2=c'])
  })

  it('a member that goes away leaves its slot; the others keep their places and get their new index', () => {
    const { container, rerender } = render(<List items={['a', 'b', 'c']} />)
    rerender(<List items={['a', 'c']} />)
    expect(shown(container)).toEqual(['item-0=a', 'item-1=c'])
    rerender(<List items={['a', 'b', 'c']} />)
    expect(shown(container)).toEqual(['item-0=a', 'item-1=b', 'item-2=c'])
  })

  it('a new member comes after the members already shown; a changed member stays in its slot', () => {
    const { container, rerender } = render(<List items={['a', 'c']} />)
    rerender(<List items={['b', 'a:changed', 'c']} />)
    expect(shown(container)).toEqual(['item-1=a:changed', 'item-2=c', 'item-0=b'])
  })

  it('a key that repeats still gets its own slot', () => {
    const { container } = render(<List items={['a:1', 'a:2']} />)
    expect(shown(container)).toEqual(['item-0=a:1', 'item-1=a:2'])
  })
})
