/**
 * Structural checks on the built mini-programs (the Alipay output cannot be run here):
 * every page listed in app.json has all its files, no `wx.` API call is left in the Alipay
 * bundle, and the scripts parse as ES2015 (the syntax level the mini-program runtimes take;
 * zustand and valibot ship newer syntax, which config/index.ts has babel compile).
 */
import fs from 'fs'
import path from 'path'
import { parse } from 'acorn'

const dist = path.resolve(__dirname, '../../dist')

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return scripts(full)
    return entry.name.endsWith('.js') ? [full] : []
  })
}

const targets = {
  weapp: { template: '.wxml', style: '.wxss' },
  alipay: { template: '.axml', style: '.acss' }
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

  it('opens on the home page alone in the main package; the flow pages are one subpackage', () => {
    expect(appJson.pages).toEqual(['pages/index/index'])
    expect(pages).toEqual(expect.arrayContaining(['flow/wizard/index', 'flow/result/index', 'flow/history/index', 'flow/sources/index']))
  })

  it('keeps the rules core out of the main package', () => {
    const mainScripts = scripts(root).filter((f) => !subs.some((sp) => f.startsWith(path.join(root, sp.root))))
    const withRules = mainScripts.filter((f) => fs.readFileSync(f, 'utf8').includes('b21.marketplace'))
    expect(withRules.map((f) => path.relative(root, f))).toEqual([])
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

  it('never uses eval, new Function or network APIs in our own pages', () => {
    const offending = pages.flatMap((page) => {
      const code = fs.readFileSync(path.join(root, `${page}.js`), 'utf8')
      return /\beval\(|new Function\(|\.request\(|\.connectSocket\(/.test(code) ? [page] : []
    })
    expect(offending).toEqual([])
  })
})

describe('dist/alipay', () => {
  it('has no wx. API call left in its bundle', () => {
    const root = path.join(dist, 'alipay')
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
