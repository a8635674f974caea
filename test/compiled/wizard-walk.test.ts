/**
 * The whole wizard on the compiled WeChat output: three worked examples walked by the stable
 * ids to the result, whose cards must show the verdicts §7 gives; and the setData cost per tap.
 */
import { example } from '../fixtures/profiles'
import { launch } from './harness'
import { classOf, walkWizard } from './walk'

jest.setTimeout(60_000)

describe.each([2, 5, 10])('compiled wizard, worked example #%i', (id) => {
  const ex = example(id)

  it(`reaches the result and shows §7's verdicts: ${ex.name}`, async () => {
    const mp = launch()
    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText('小程序资质向导')
    const { page, actions } = await walkWizard(mp, home, ex.profile)

    const want: Record<string, string> = {
      icpFiling: ex.expect.icpFiling,
      icpLicense: ex.expect.icpLicense,
      ediLicense: ex.expect.ediLicense,
      ...ex.expect.others,
    }
    for (const [req, status] of Object.entries(want)) {
      const card = page.byId(`req-${req}`)
      expect([req, card === undefined ? 'missing' : classOf(card)]).toEqual([req, expect.stringContaining(`status-${status}`)])
    }
    const elig = page.byId('eligibility')
    if (ex.expect.eligible === 'noCheck') expect(elig).toBeUndefined()
    else {
      const key = ex.expect.eligible === true ? 'yes' : ex.expect.eligible === false ? 'no' : 'unknown'
      expect(elig === undefined ? 'missing' : classOf(elig)).toContain(`eligible-${key}`)
    }
    expect(page.text()).toContain('规则版本 2026.11.0')

    // Each answer tap: one setData of at most 2 KB.
    for (const a of actions.filter((x) => x.kind === 'answer')) {
      expect([a.id, a.calls <= 1, a.bytes <= 2048]).toEqual([a.id, true, true])
    }
    // Nothing left the phone.
    expect(mp.wx.request).not.toHaveBeenCalled()
  })
})
