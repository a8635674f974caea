/** Shared by the result page's component tests: open the result for a profile, tap an element by id. */
import { act, fireEvent, render } from '@testing-library/react'

import Result from '@/flow/result/index'
import type { Profile } from '@/domain/contract/types'
import { fromProfile } from '@/domain/profile/questions'
import { useWizard } from '@/store'

/** The result page for `p`, as the wizard's last step opens it (own answers, empty history). */
export function openResult(p: Profile): HTMLElement {
  useWizard.setState({ answers: fromProfile(p), step: 6, history: [], notice: null })
  return render(<Result />).container
}

/** Taps `#id` in `c` (a React update, inside act); throws when it is not on the page. */
export function tap(c: HTMLElement, id: string): void {
  const el = c.querySelector(`#${id}`)
  if (el === null) throw new Error(`no #${id}`)
  act(() => {
    fireEvent.click(el)
  })
}
