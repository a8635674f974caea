/**
 * Structural checks on the built mini-programs (the Alipay output cannot be run here):
 * every page listed in app.json has all its files, no `wx.` is left in the Alipay output, the
 * scripts parse as ES2015 (the syntax level the mini-program runtimes take; zustand and valibot ship
 * newer syntax, which config/index.ts has babel compile), every usingComponents path resolves, the
 * styles use no flex `gap` (above the client floor, docs/checks.md), `globalThis` is only read behind a
 * typeof guard, WeChat loads components lazily (lazyCodeLoading) with every component a page's templates
 * use declared for that page, and Alipay opens in component2 mode with templates that parse as XML.
 * The checks above run on dist/tt (Douyin) too; its own ones are in tt-structure.test.ts.
 */
import fs from 'fs'
import path from 'path'
import { parse } from 'acorn'
import { ALIPAY_UNVERIFIED_NOTE } from '../../src/domain/categories/catalogue'
import { DISHONEST_LOOKUP } from '../../src/domain/engine/eligibility'
import { RULES } from '../../src/domain/law'

const dist = path.resolve(__dirname, '../../dist')

function filesEndingWith(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesEndingWith(full, suffix)
    return entry.name.endsWith(suffix) ? [full] : []
  })
}
const scripts = (dir: string) => filesEndingWith(dir, '.js')

type ComponentConfig = { usingComponents?: Record<string, string>; component?: boolean }
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T

/** Where a usingComponents path points, without extension (absolute paths start at the package root). */
function componentTarget(root: string, fromJson: string, ref: string): string {
  return ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(fromJson), ref)
}

const targets = {
  weapp: { template: '.wxml', style: '.wxss' },
  alipay: { template: '.axml', style: '.acss' },
  tt: { template: '.ttml', style: '.ttss' }
} as const

describe.each(Object.entries(targets))('dist/%s', (target, ext) => {
  const root = path.join(dist, target)
  type Sub = { root: string; pages: string[] }
  const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: Sub[]
    subpackages?: Sub[]
  }
  const subs = appJson.subPackages ?? appJson.subpackages ?? []
  /** Every page, main package and subpackages. */
  const pages = [...appJson.pages, ...subs.flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`))]

  it('opens on the home page alone in the main package; the wizard is `ask`, result, history and sources are `flow`', () => {
    expect(appJson.pages).toEqual(['pages/index/index'])
    expect(subs.map((sp) => [sp.root, sp.pages])).toEqual([
      ['ask', ['wizard/index']],
      ['flow', ['result/index', 'history/index', 'sources/index']],
    ])
  })

  it('keeps the rulebook, the engine and the catalogue out of what opens the wizard (main package and ask)', () => {
    const flowRoot = path.join(root, 'flow')
    const beforeFirstQuestion = scripts(root).filter((f) => !f.startsWith(flowRoot + path.sep))
    // Every rule's reason (src/domain/law), the engine's 失信名单 guidance and the catalogue's Alipay note.
    // (Rule ids may be there: the wizard's copy of the deciding rows' conditions, profile/deciders.ts, names them.)
    // A reason's first 20 characters (some reasons end in a shared sentence, joined at run time).
    const markers = [...RULES.map((r) => r.text.slice(0, 20)), DISHONEST_LOOKUP, ALIPAY_UNVERIFIED_NOTE]
    const found = beforeFirstQuestion.flatMap((f) => {
      const code = fs.readFileSync(f, 'utf8')
      return markers.filter((m) => code.includes(m)).map((m) => `${path.relative(root, f)}: ${m}`)
    })
    expect(found).toEqual([])
    // ... and they are in the flow subpackage, so the check above looks at real markers.
    const flowCode = scripts(flowRoot).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    expect(markers.filter((m) => !flowCode.includes(m))).toEqual([])
  })

  it('has the template, style, script and config of every page', () => {
    const missing = pages.flatMap((page) =>
      [ext.template, ext.style, '.js', '.json']
        .map((suffix) => `${page}${suffix}`)
        .filter((file) => !fs.existsSync(path.join(root, file))))
    expect(missing).toEqual([])
  })

  it('has scripts that parse as ES2015', () => {
    const failures = scripts(root).flatMap((file) => {
      try {
        parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 2015, sourceType: 'script' })
        return []
      } catch (error) {
        return [`${path.relative(root, file)}: ${(error as Error).message}`]
      }
    })
    expect(failures).toEqual([])
  })

  it('resolves every usingComponents path to a component with its script, template and config', () => {
    const configs = filesEndingWith(root, '.json').filter((f) => !/(project\.config|mini\.project)\.json$/.test(f))
    const broken = configs.flatMap((file) => {
      const using = readJson<ComponentConfig>(file).usingComponents ?? {}
      return Object.entries(using).flatMap(([name, ref]) => {
        const dest = componentTarget(root, file, ref)
        const missing = ['.js', '.json', ext.template].filter((suffix) => !fs.existsSync(`${dest}${suffix}`))
        const isComponent = missing.includes('.json') || readJson<ComponentConfig>(`${dest}.json`).component === true
        return missing.length > 0 || !isComponent ? [`${path.relative(root, file)}: ${name} -> ${ref} (${missing.join(', ') || 'not a component'})`] : []
      })
    })
    expect(configs.length).toBeGreaterThan(pages.length)
    expect(broken).toEqual([])
  })

  it('uses no flex gap in any style (iOS 10.3 / Chrome 53 lack it: margins instead)', () => {
    const withGap = filesEndingWith(root, ext.style).filter((f) => /(^|[;{\s])(row-|column-)?gap\s*:/.test(fs.readFileSync(f, 'utf8')))
    expect(withGap.map((f) => path.relative(root, f))).toEqual([])
  })

  it('reads globalThis only behind a typeof guard (the one use es-floor.json lets through)', () => {
    const unguarded = scripts(root).flatMap((file) => {
      const code = fs
        .readFileSync(file, 'utf8')
        .replace(/(["'])object\1\s*===?\s*typeof globalThis\s*\)\s*return globalThis\b/g, '')
        .replace(/typeof globalThis\b/g, '')
      return /\bglobalThis\b/.test(code) ? [path.relative(root, file)] : []
    })
    expect(unguarded).toEqual([])
  })

  it('never uses eval, new Function or network APIs in our own pages', () => {
    const offending = pages.flatMap((page) => {
      const code = fs.readFileSync(path.join(root, `${page}.js`), 'utf8')
      return /\beval\(|new Function\(|\.request\(|\.connectSocket\(/.test(code) ? [page] : []
    })
    expect(offending).toEqual([])
  })
})

describe('dist/weapp lazy code loading', () => {
  const root = path.join(dist, 'weapp')
  const app = readJson<{ lazyCodeLoading?: string; usingComponents?: Record<string, string>; pages: string[]; subPackages?: { root: string; pages: string[] }[] }>(path.join(root, 'app.json'))
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`))]
  /** Every name declared as a custom component anywhere in the package. */
  const customNames = new Set(
    filesEndingWith(root, '.json').flatMap((f) => Object.keys(readJson<ComponentConfig>(f).usingComponents ?? {}))
  )
  /** Tags a template uses, following its <import>/<include> chain. */
  function tagsOf(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file) || !fs.existsSync(file)) return new Set()
    seen.add(file)
    const wxml = fs.readFileSync(file, 'utf8')
    const tags = new Set([...wxml.matchAll(/<([a-z][\w-]*)/g)].map((m) => m[1]))
    for (const m of wxml.matchAll(/<(?:import|include)\s+src="([^"]+)"/g)) {
      for (const t of tagsOf(path.resolve(path.dirname(file), m[1]), seen)) tags.add(t)
    }
    return tags
  }

  it('has no privacy-bearing component in its templates (camera, live-pusher, ... make WeChat ask for 隐私保护指引 entries; Taro issues #10751, #11780)', () => {
    const privacyTags = ['camera', 'live-pusher', 'live-player', 'voip-room']
    const found = filesEndingWith(root, '.wxml').flatMap((f) =>
      [...tagsOf(f)].filter((t) => privacyTags.includes(t)).map((t) => `${path.relative(root, f)}: <${t}>`)
    )
    expect(found).toEqual([])
  })

  it('is on: requiredComponents (WeChat injects only the components a page declares)', () => {
    expect(app.lazyCodeLoading).toBe('requiredComponents')
    expect(customNames.size).toBeGreaterThan(0)
  })

  it.each(['pages/index/index', 'ask/wizard/index', 'flow/result/index', 'flow/history/index', 'flow/sources/index'])(
    '%s declares every custom component its templates use, and the subpackage reaches the main-package ones',
    (page) => {
      expect(pages).toContain(page)
      const declared = { ...(app.usingComponents ?? {}), ...(readJson<ComponentConfig>(path.join(root, `${page}.json`)).usingComponents ?? {}) }
      const used = [...tagsOf(path.join(root, `${page}.wxml`))].filter((t) => customNames.has(t))
      expect(used.length).toBeGreaterThan(0)
      expect(used.filter((t) => !(t in declared))).toEqual([])
      for (const t of used) {
        const target = componentTarget(root, path.join(root, `${page}.json`), declared[t])
        expect(fs.existsSync(`${target}.js`)).toBe(true)
      }
    }
  )
})

describe('dist/alipay', () => {
  const root = path.join(dist, 'alipay')

  it('carries mini.project.json with component2 on (from project.alipay.json), rooted at the folder', () => {
    const project = readJson<{ compileType?: string; miniprogramRoot?: string; compileOptions?: { component2?: boolean } }>(path.join(root, 'mini.project.json'))
    expect(project.compileOptions?.component2).toBe(true)
    expect(project.compileType).toBe('mini')
    expect(project.miniprogramRoot).toBe('./')
  })

  it('has no WeChat-only app.json field', () => {
    expect(readJson<Record<string, unknown>>(path.join(root, 'app.json'))).not.toHaveProperty('lazyCodeLoading')
  })

  it('has templates that all parse as XML', () => {
    const templates = filesEndingWith(root, '.axml')
    const failures = templates.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8')
      // Directive prefixes (a:if, a:for) are namespaces to an XML parser: declare the ones used.
      const prefixes = [...new Set([...text.matchAll(/\s([a-zA-Z]+):[\w-]+=/g)].map((m) => m[1]))]
      const xmlns = prefixes.map((p) => ` xmlns:${p}="urn:${p}"`).join('')
      const doc = new DOMParser().parseFromString(`<axml${xmlns}>${text}</axml>`, 'application/xml')
      const error = doc.getElementsByTagName('parsererror')[0]
      return error === undefined ? [] : [`${path.relative(root, file)}: ${error.textContent ?? ''}`]
    })
    expect(templates.length).toBeGreaterThan(5)
    expect(failures).toEqual([])
  })

  it('has no wx. anywhere: scripts, templates, sjs or configs', () => {
    const files = ['.js', '.axml', '.sjs', '.json', '.acss'].flatMap((suffix) => filesEndingWith(root, suffix))
    const leftovers = files.flatMap((file) => {
      const matches = fs.readFileSync(file, 'utf8').match(/(?<![\w$.])wx\.[A-Za-z_$]/g) ?? []
      return matches.map((m) => `${path.relative(root, file)}: ${m}`)
    })
    expect(leftovers).toEqual([])
  })

  it('has no wx. API call left in its bundle', () => {
    const leftovers = scripts(root).flatMap((file) => {
      const matches = fs.readFileSync(file, 'utf8').match(/\bwx\.[A-Za-z_$][\w$]*\s*\(/g) ?? []
      return matches.map((m) => `${path.relative(root, file)}: ${m}`)
    })
    expect(leftovers).toEqual([])
  })

  it('calls my. APIs (the Alipay global), so the check above looks at a real bundle', () => {
    const code = scripts(path.join(dist, 'alipay')).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    expect(code).toMatch(/\bmy\.[A-Za-z]+/)
  })
})
