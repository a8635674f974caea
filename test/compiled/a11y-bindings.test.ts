/**
 * 读屏 labels on the compiled WeChat and Alipay output (issue 25). Taro's generated templates bind
 * only the attributes they list, and its list for `view` has no aria attribute; config/a11y-template.ts
 * adds three, read from the short data keys src/components/a11y.ts sends (`ar`, `al`, `ac`).
 *
 * 1. By structure: dist/weapp/base.wxml binds `aria-role`, `aria-label` and `aria-checked` on every
 *    `view` and `static-view` template, dist/alipay/base.axml `role`, `aria-label` and `aria-checked`;
 *    Douyin's template is left as it was.
 * 2. Live: the built WeChat app under miniprogram-simulate with the official WXML compiler. A node's
 *    attributes here are what WeChat's template evaluated from the data Taro's runtime sent, so a key
 *    the template does not bind, or a binding the runtime never fills, shows up as missing or empty.
 *
 * Checked to fail (2026-12-06): with the plugin left out of config/index.ts, part 1 finds no binding and
 * part 2 reads no role, state or label (the runtime still sent `ar` / `ac`: nothing read them).
 */
import fs from 'fs'
import path from 'path'
import { A11Y_BINDINGS, A11Y_KEYS } from '../../config/a11y-template'
import { RICH_PROFILE } from '../../bench/setdata/rich-profile'
import { assessmentOf } from '../../src/domain/result/assess'
import { buildPlan } from '../../src/domain/result/plan'
import { RESULT_URL } from '../../src/routes'
import { encodeShare, toQueryString } from '../../src/domain/profile/share'
import { RULESET_VERSION } from '../../src/domain/law/version'
import { launch, waitFor, type PageHandle } from './harness'

jest.setTimeout(60_000)

const dist = path.resolve(__dirname, '../../dist')
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8')

/** Every opening `<view ...>` tag of a template file. */
const viewTags = (xml: string) => xml.match(/<view\b[^>]*>/g) ?? []
/**
 * Taro's templates for a View that keeps View's own attributes: `view` (with its handlers) and
 * `static-view` (none). They bind `hover-class`; `catch-view` is `view` with touchmove caught (no
 * View here sets catchMove); `pure-view` and `click-view` bind class and style (and tap) only.
 */
const fullViews = (xml: string, catchMove: string) => viewTags(xml).filter((t) => t.includes('hover-class=') && !t.includes(catchMove))

describe('the templates bind the screen-reader attributes on view', () => {
  it('WeChat: aria-role, aria-label and aria-checked on every view and static-view, from ar / al / ac', () => {
    const tags = fullViews(read('weapp/base.wxml'), 'catchtouchmove')
    // base.wxml repeats each template per nesting level (Taro's baseLevel): view and static-view at each.
    expect(tags.length).toBeGreaterThanOrEqual(2)
    const bound = ['aria-role="{{i.ar}}"', 'aria-label="{{i.al}}"', 'aria-checked="{{i.ac}}"']
    expect(tags.filter((t) => !bound.every((b) => t.includes(b)))).toEqual([])
    expect(A11Y_BINDINGS.weapp).toEqual({ 'aria-role': A11Y_KEYS.role, 'aria-label': A11Y_KEYS.label, 'aria-checked': A11Y_KEYS.checked })
  })

  it('Alipay: role (its name for the role), aria-label and aria-checked on every view and static-view', () => {
    const tags = fullViews(read('alipay/base.axml'), 'catchTouchMove')
    expect(tags.length).toBeGreaterThanOrEqual(2)
    const bound = ['role="{{i.ar}}"', 'aria-label="{{i.al}}"', 'aria-checked="{{i.ac}}"']
    expect(tags.filter((t) => !bound.every((b) => t.includes(b)))).toEqual([])
  })

  it('Douyin: left as Taro generates it (no aria support documented): nothing bound, so a11y.ts sends nothing there', () => {
    expect(read('tt/base.ttml')).not.toMatch(/aria-|role=/)
  })
})

/** The attributes WeChat's template evaluated for the node with this id (wcc names them camelCased). */
function attrsOf(page: PageHandle, id: string): Record<string, unknown> {
  const node = page.byId(id) as unknown as { _exparserNode?: { _vt?: { attrs: Array<{ name: string; value: unknown }> } } } | undefined
  const attrs = node?._exparserNode?._vt?.attrs
  if (attrs === undefined) throw new Error(`no rendered node #${id} on ${page.route}`)
  return Object.fromEntries(attrs.map((a) => [a.name, a.value]))
}
const a11yOf = (page: PageHandle, id: string) => {
  const a = attrsOf(page, id)
  return { role: a.ariaRole, label: a.ariaLabel, checked: a.ariaChecked }
}

describe('the built WeChat app: what 读屏 gets', () => {
  it('a wizard answer is a checkbox whose state follows the tap, in the one setData of the tap', async () => {
    const mp = launch()
    const home = await mp.loadPage('/pages/index/index')
    await home.waitForText('小程序资质向导')
    home.tap('start')
    await waitFor(() => mp.navigations.length > 0)
    const wizard = await mp.followNavigation()
    await wizard.waitFor(() => wizard.byId('opt-platforms-wechat'))

    // Its text (微信小程序) names it, so no label: the role and the state, which the text does not say.
    expect(a11yOf(wizard, 'opt-platforms-wechat')).toEqual({ role: 'checkbox', label: '', checked: 'false' })
    wizard.tap('opt-platforms-wechat')
    await wizard.waitFor(() => attrsOf(wizard, 'opt-platforms-wechat').ariaChecked === 'true')
    expect(a11yOf(wizard, 'opt-platforms-wechat')).toEqual({ role: 'checkbox', label: '', checked: 'true' })
    const tap = mp.setDataAfter(mp.actions())
    expect(tap.length).toBe(1)
    expect(tap[0].keys.filter((k) => k.endsWith(`.${A11Y_KEYS.checked}`))).toHaveLength(1)
  })

  it('a label says what the visible text does not (whose 依据); a reason\'s label, which repeats its text, is not sent', async () => {
    const a = assessmentOf(RICH_PROFILE)
    const duty = buildPlan(RICH_PROFILE, a).duties[0]
    expect(duty).toBeDefined()
    const mp = launch()
    const page = await mp.loadPage(`${RESULT_URL}?${toQueryString(encodeShare(RICH_PROFILE, RULESET_VERSION))}`)
    await page.waitFor(() => page.byId('result-ruleset'))

    // The row: a checkbox with its state. Its 依据 button (text 依据 ›): labelled with the duty.
    expect(a11yOf(page, `req-${duty.id}`)).toEqual({ role: 'checkbox', label: '', checked: 'false' })
    expect(a11yOf(page, `duty-open-${duty.id}`)).toEqual({ role: '', label: `${duty.label}：查看依据`, checked: '' })
    page.tap(`duty-open-${duty.id}`)
    await page.waitFor(() => attrsOf(page, `duty-open-${duty.id}`).ariaLabel === `${duty.label}：收起依据`)

    // Reasons keep their label on H5 only (aria(…, 'h5')): it would send each reason's text twice.
    expect(JSON.stringify(page.component.instance.data)).not.toContain('点按查看依据')
  })
})
