/**
 * Browser back inside the wizard (H5 only). The wizard's steps are one page, so the browser's
 * back button would leave it. While a step after the first is shown, one extra history entry
 * (a guard, same url) sits on top; browser back consumes it, and the wizard goes back one step
 * instead of leaving, then puts the guard back while there is still a step to go back to.
 * Mini-programs have no browser back: there this module does nothing.
 */
import { WIZARD_URL } from '../../routes'
import { useWizard } from '../../store'

const H5 = process.env.TARO_ENV === 'h5' && typeof window !== 'undefined'
const GUARD = '__wizardStep'

let guarded = false
let listening = false

function onPop(e: PopStateEvent): void {
  const state = e.state as Record<string, unknown> | null
  if (state !== null && state[GUARD] === true) return
  if (!guarded) return
  guarded = false
  const s = useWizard.getState()
  if (s.step > 0) s.back()
  syncGuard()
}

/** Keep the guard in place while the wizard shows a step after the first. */
export function syncGuard(): void {
  if (!H5) return
  if (!listening) {
    window.addEventListener('popstate', onPop)
    listening = true
  }
  const onWizard = window.location.href.includes(WIZARD_URL)
  if (!guarded && onWizard && useWizard.getState().step > 0) {
    window.history.pushState({ ...(window.history.state as object | null), [GUARD]: true }, '', window.location.href)
    guarded = true
  }
}

/** Leaving the wizard by its own buttons: how many history entries the guard adds (0 or 1). */
export function guardDepth(): number {
  return H5 && guarded ? 1 : 0
}

/** Forget the guard when the wizard page goes away by navigation. */
export function dropGuard(): void {
  guarded = false
}
