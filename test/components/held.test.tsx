/** A permit the operator already holds reads as done (issue 22, 25): 已持有 in the done colour, never the alarm of 必须. */
import { render } from '@testing-library/react'
import RequirementCard from '@/components/RequirementCard'
import { assessmentOf } from '@/domain/result/assess'
import type { Profile } from '@/domain/contract/types'

beforeEach(() => expect.hasAssertions())

const BAKERY: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['ownSales'], sectors: ['food'] }

it('a held permit keeps its status class (the contract) but its pill and border say done', () => {
  const held = assessmentOf({ ...BAKERY, facts: { approvalsHeld: ['food'] } }).requirements.find((r) => r.id === 'foodPermit')!
  const card = render(<RequirementCard req={held} />).container.querySelector('#req-foodPermit')!
  expect(card.className).toContain('status-required')
  expect(card.className).toContain('card--held')
  const pill = card.querySelector('.pill')!
  expect(pill.className).toContain('pill--held')
  expect(pill.className).not.toContain('pill--required')
  expect(pill.textContent).toBe('已持有')
})

it('a permit still to obtain keeps the alarm colour', () => {
  const todo = assessmentOf(BAKERY).requirements.find((r) => r.id === 'foodPermit')!
  const card = render(<RequirementCard req={todo} />).container.querySelector('#req-foodPermit')!
  expect(card.className).not.toContain('card--held')
  expect(card.querySelector('.pill')!.className).toContain('pill--required')
})
