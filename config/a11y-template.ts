/**
 * A Taro build plugin (issue 25): the templates Taro 4.2 generates for WeChat and Alipay bind the
 * screen-reader attributes both platforms' `view` accepts, so what src/components/a11y.ts sends
 * reaches 读屏 (VoiceOver / TalkBack over the mini-program).
 *
 * Why it is needed: a mini-program page is one generic template (dist/weapp/base.wxml,
 * dist/alipay/base.axml) that renders each node's data through a fixed attribute list per
 * component. Taro's list for `view` has no aria attribute, so a prop such as `aria-label` went out
 * in setData and was never bound.
 *
 * How: after the platform's own template set-up (TaroPlatformBase.setup in @tarojs/service calls
 * `ctx.onSetupClose(platform)` once setupTransaction has run the platform's modifyTemplate), wrap
 * the platform template's `createMiniComponents` (@tarojs/shared template.js), which turns the
 * component list into each template's attributes, and add three bindings to `view` and
 * `static-view` (the templates Taro's runtime picks for a View with a handler or with extra props;
 * `pure-view` / `click-view` are only picked for a View with none, and no View here sets
 * `catchMove`, which would pick `catch-view`).
 *
 * Not `template.mergeComponents(ctx, { View: {...} })`: that also renumbers the short data keys
 * Taro derives from the sorted attribute list (`p0`, `p1`, ... in getComponentsAlias), while the
 * runtime in the app derives them from its own, unpatched list: `hover-class` and the rest would no
 * longer meet, and the new attributes would be read from keys the runtime never writes. Here the
 * aliases stay untouched and the bindings read their own short keys, which the runtime passes
 * through as they are (hydrate() and setAttribute() in @tarojs/runtime keep any prop the alias
 * list does not name, camelCased): a11y.ts sends `ar`, `al`, `ac`.
 */
import type { IPluginContext } from '@tarojs/service'

/** The data keys a11y.ts sends on the mini-programs: role, label, checked (short: every byte goes through setData). */
export const A11Y_KEYS = { role: 'ar', label: 'al', checked: 'ac' } as const

/**
 * Per platform, the `view` attribute each key binds to. WeChat (基础库 ≥ 2.7.1, aria-component):
 * `aria-role`, `aria-label`, `aria-checked`. Alipay (基础库 ≥ 1.18.0): `role`, `aria-label`,
 * `aria-checked`. Douyin (tt) is left as it is: no documentation of its aria support was found.
 */
export const A11Y_BINDINGS: Record<string, Record<string, string>> = {
  weapp: { 'aria-role': A11Y_KEYS.role, 'aria-label': A11Y_KEYS.label, 'aria-checked': A11Y_KEYS.checked },
  alipay: { role: A11Y_KEYS.role, 'aria-label': A11Y_KEYS.label, 'aria-checked': A11Y_KEYS.checked },
}

type Attributes = Record<string, string>
interface MiniTemplate {
  createMiniComponents(components: Record<string, Attributes>): Record<string, Attributes>
}

export default (ctx: IPluginContext): void => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: { platform: string; template?: MiniTemplate }) {
      const bindings = A11Y_BINDINGS[platform.platform]
      const template = platform.template
      if (bindings === undefined || template === undefined) return
      const create = template.createMiniComponents.bind(template)
      template.createMiniComponents = (components) => {
        const result = create(components)
        for (const name of ['view', 'static-view']) {
          // A template attribute's value is the data expression it binds: `aria-label="{{i.al}}"`.
          for (const [attribute, key] of Object.entries(bindings)) result[name][attribute] = `i.${key}`
        }
        return result
      }
    },
  })
}
