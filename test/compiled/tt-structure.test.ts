/**
 * Douyin (抖音小程序, `npm run build:tt`) by structure: 抖音开发者工具 does not run here (docs/checks.md).
 * What bundle-structure.test.ts and two-stage.test.ts check on every mini-program runs on dist/tt too
 * (every page's files, ES2015, every usingComponents path, no flex gap, the law out of the main package
 * and `ask`, the preload rules). Here, what is Douyin's own: the project file, app.json as on WeChat,
 * templates that parse, template references that resolve, and no other platform's global or syntax left.
 */
import fs from 'fs'
import path from 'path'
import { freeGlobals } from './free-globals'

const dist = path.resolve(__dirname, '../../dist')
const root = path.join(dist, 'tt')

function filesEndingWith(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesEndingWith(full, suffix)
    return entry.name.endsWith(suffix) ? [full] : []
  })
}
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T
const rel = (file: string) => path.relative(root, file)

type Sub = { root: string; pages: string[]; independent?: boolean }
type AppJson = {
  pages: string[]
  subPackages?: Sub[]
  subpackages?: Sub[]
  preloadRule?: Record<string, { network?: string; packages: string[] }>
  window?: Record<string, unknown>
  lazyCodeLoading?: string
}
/** What decides which code downloads when: pages, subpackages (either spelling) and preload rules. */
const packaging = (app: AppJson) => ({ pages: app.pages, subpackages: app.subPackages ?? app.subpackages, preloadRule: app.preloadRule })

type ProjectFile = { miniprogramRoot?: string; projectname?: string; appid?: string; compileType?: string; setting?: Record<string, unknown> }

describe('dist/tt (Douyin)', () => {
  const app = readJson<AppJson>(path.join(root, 'app.json'))

  describe('project file', () => {
    it('project.tt.json at the root points 抖音开发者工具 at dist/tt/, with a placeholder appid to replace', () => {
      const source = readJson<ProjectFile>(path.resolve(__dirname, '../../project.tt.json'))
      expect(source.miniprogramRoot).toBe('dist/tt/')
      expect(source.compileType).toBe('miniprogram')
      expect(source.appid).toBe('touristappid')
      expect(source.projectname).toBe(readJson<{ name: string }>(path.resolve(__dirname, '../../package.json')).name)
    })

    it('is written into the build as project.config.json, rooted at the folder itself', () => {
      const source = readJson<ProjectFile>(path.resolve(__dirname, '../../project.tt.json'))
      const built = readJson<ProjectFile>(path.join(root, 'project.config.json'))
      expect(built).toEqual({ ...source, miniprogramRoot: './' })
    })
  })

  describe('app.json', () => {
    it('has the subpackages and preload rules of the WeChat build', () => {
      const weapp = readJson<AppJson>(path.join(dist, 'weapp', 'app.json'))
      expect(packaging(app)).toEqual(packaging(weapp))
      // ... which are the two stages (src/app.config.ts), not two empty lists
      expect(packaging(app)).toEqual({
        pages: ['pages/index/index'],
        subpackages: [
          { root: 'ask', pages: ['wizard/index'] },
          { root: 'flow', pages: ['result/index', 'history/index', 'sources/index'] },
        ],
        preloadRule: {
          'pages/index/index': { network: 'all', packages: ['ask'] },
          'ask/wizard/index': { network: 'all', packages: ['flow'] },
        },
      })
    })

    it('has WeChat\'s window and no WeChat-only field', () => {
      expect(app.window).toEqual(readJson<AppJson>(path.join(dist, 'weapp', 'app.json')).window)
      expect(app).not.toHaveProperty('lazyCodeLoading')
    })
  })

  describe('templates', () => {
    const templates = filesEndingWith(root, '.ttml')

    it('all parse as XML', () => {
      const failures = templates.flatMap((file) => {
        const text = fs.readFileSync(file, 'utf8')
        // Directive prefixes (tt:if, tt:for) are namespaces to an XML parser: declare the ones used.
        const prefixes = [...new Set([...text.matchAll(/\s([a-zA-Z]+):[\w-]+=/g)].map((m) => m[1]))]
        const xmlns = prefixes.map((p) => ` xmlns:${p}="urn:${p}"`).join('')
        const doc = new DOMParser().parseFromString(`<ttml${xmlns}>${text}</ttml>`, 'application/xml')
        const error = doc.getElementsByTagName('parsererror')[0]
        return error === undefined ? [] : [`${rel(file)}: ${error.textContent ?? ''}`]
      })
      // base.ttml and one per page at least
      expect(templates.length).toBeGreaterThan(5)
      expect(failures).toEqual([])
    })

    it('use Douyin\'s directives only (tt:if, tt:for), no wx: or a:', () => {
      const directives = templates.flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/\s([a-zA-Z]+):[\w-]+=/g)].map((m) => m[1]))
      expect(directives).toContain('tt')
      expect([...new Set(directives)].filter((p) => p !== 'tt')).toEqual([])
    })

    it('import, include and sjs only files that exist', () => {
      const broken = templates.flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/<(import|include|sjs)\b[^>]*\bsrc="([^"]+)"/g)]
          .filter((m) => !fs.existsSync(m[2].startsWith('/') ? path.join(root, m[2]) : path.resolve(path.dirname(file), m[2])))
          .map((m) => `${rel(file)}: <${m[1]} src="${m[2]}">`))
      const pageTemplates = templates.filter((f) => path.basename(f) === 'index.ttml')
      expect(pageTemplates.length).toBe(5)
      expect(broken).toEqual([])
    })
  })

  describe('no other platform left', () => {
    it('has only Douyin\'s file types (no .wxml, .wxss, .wxs, .axml, .acss)', () => {
      const all = filesEndingWith(root, '')
      const foreign = all.filter((f) => /\.(wxml|wxss|wxs|axml|acss|swan|qml|qss)$/.test(f)).map(rel)
      expect(foreign).toEqual([])
      expect(all.filter((f) => f.endsWith('.ttss')).length).toBeGreaterThan(5)
    })

    it('reads no wx or my global in any script (identifiers no scope binds; the rulebook\'s prose does not count)', () => {
      const leftovers = filesEndingWith(root, '.js').flatMap((file) =>
        freeGlobals(fs.readFileSync(file, 'utf8'), ['wx', 'my', 'swan', 'qq', 'jd']).map((g) => `${rel(file)}: ${g}`))
      expect(leftovers).toEqual([])
    })

    it('reads the tt global, and the same check finds wx in dist/weapp and my in dist/alipay (it sees real globals)', () => {
      const globalsIn = (dir: string, names: string[]) =>
        filesEndingWith(dir, '.js').flatMap((f) => freeGlobals(fs.readFileSync(f, 'utf8'), names))
      expect(globalsIn(root, ['tt']).length).toBeGreaterThan(10)
      expect(globalsIn(path.join(dist, 'weapp'), ['wx']).length).toBeGreaterThan(10)
      expect(globalsIn(path.join(dist, 'alipay'), ['my']).length).toBeGreaterThan(10)
    })

    it('has no wx. or my. in templates, sjs, styles or configs', () => {
      const files = ['.ttml', '.sjs', '.ttss', '.json'].flatMap((suffix) => filesEndingWith(root, suffix))
      const leftovers = files.flatMap((file) =>
        (fs.readFileSync(file, 'utf8').match(/(?<![\w$.])(wx|my)\.[A-Za-z_$]/g) ?? []).map((m) => `${rel(file)}: ${m}`))
      expect(files.length).toBeGreaterThan(10)
      expect(leftovers).toEqual([])
    })
  })
})
