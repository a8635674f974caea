/**
 * Size of one built target: total, main package, gzip, largest files.
 *
 * Main package:
 *  - weapp / alipay / tt: every file not under a subpackage root listed in the built app.json
 *    (`subPackages` or `subpackages`, each `{ root }`); that is what the platform downloads
 *    before the first screen.
 *  - h5: the files the first page loads: what index.html references (scripts, stylesheets),
 *    plus the webpack chunks the router's `load()` of the first page requests (read from the
 *    app bundle: `"<first page>","load":function(..){return[x.e(N)...` and the chunk file map).
 *
 * Gzip: each file compressed on its own with zlib level 9, summed.
 * Dotfiles (the bench's own stamps) are not counted.
 */
import fs from 'fs'
import path from 'path'
import zlib from 'zlib'
import type { Target } from './build'

export interface FileSize {
  file: string
  bytes: number
  gzip: number
}

export interface Totals {
  bytes: number
  gzip: number
  files: number
}

export interface TargetSizes {
  target: Target
  total: Totals
  totalNoLicense: Totals
  main: Totals
  mainNoLicense: Totals
  /** how the main package was found */
  mainDefinition: string
  /** main-package files (relative paths) */
  mainFiles: string[]
  /** main-package files with their sizes, largest first */
  mainSizes: FileSize[]
  subpackageRoots: string[]
  /** per subpackage root (weapp / alipay / tt), e.g. { 'ask/': …, 'flow/': … } */
  subpackages: Record<string, Totals>
  /** per subpackage root, its files with their sizes, largest first */
  subpackageFiles: Record<string, FileSize[]>
  largest: FileSize[]
}

const isLicense = (f: string) => f.endsWith('.LICENSE.txt')

function listFiles(dir: string): FileSize[] {
  const out: FileSize[] = []
  const visit = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      if (name.startsWith('.')) continue
      const p = path.join(d, name)
      if (fs.statSync(p).isDirectory()) visit(p)
      else {
        const buf = fs.readFileSync(p)
        out.push({ file: path.relative(dir, p).replace(/\\/g, '/'), bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length })
      }
    }
  }
  visit(dir)
  return out
}

const sum = (files: FileSize[]): Totals => ({
  bytes: files.reduce((n, f) => n + f.bytes, 0),
  gzip: files.reduce((n, f) => n + f.gzip, 0),
  files: files.length
})

function miniMain(dir: string, files: FileSize[]): { main: FileSize[]; roots: string[]; definition: string } {
  const appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((s) => s.root.replace(/^\/|\/$/g, '') + '/')
  const main = files.filter((f) => !roots.some((r) => f.file.startsWith(r)))
  return { main, roots, definition: roots.length ? `all files except subpackage roots ${roots.join(', ')}` : 'all files (app.json lists no subpackages)' }
}

function h5Main(dir: string, files: FileSize[]): { main: FileSize[]; definition: string } {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
  const refs = new Set<string>(['index.html'])
  for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const rel = m[1].replace(/^(https?:)?\/\/[^/]+/, '').replace(/^\//, '')
    if (files.some((f) => f.file === rel)) refs.add(rel)
  }
  // The first page's lazy chunks, from the app bundle the html loads.
  let pageNote = 'first page chunks not found in the app bundle'
  const appFile = [...refs].find((f) => /(^|\/)app\.[^/]*\.js$/.test(f))
  if (appFile) {
    const app = fs.readFileSync(path.join(dir, appFile), 'utf8')
    const first = /"pages":\["([^"]+)"/.exec(app)?.[1]
    if (first) {
      const at = app.indexOf(`"${first}","load":function`)
      if (at >= 0) {
        const body = app.slice(at, app.indexOf(']}', at))
        const ids = [...body.matchAll(/\.e\(\s*"?(\w+)"?\s*\)/g)].map((m) => m[1])
        for (const id of ids) {
          for (const f of files) if (new RegExp(`^(js|css)/${id}\\.[^/]*\\.(js|css)$`).test(f.file)) refs.add(f.file)
        }
        pageNote = `first page ${first}: chunks ${ids.join(', ') || 'none'}`
      }
    }
  }
  // License files travel with the scripts they belong to.
  for (const f of files) if (isLicense(f.file) && refs.has(f.file.replace(/\.LICENSE\.txt$/, ''))) refs.add(f.file)
  return {
    main: files.filter((f) => refs.has(f.file)),
    definition: `index.html + what it references + the lazy chunks of the first page (${pageNote})`
  }
}

export function measure(target: Target, dir: string): TargetSizes {
  const files = listFiles(dir)
  let main: FileSize[]
  let definition: string
  let roots: string[] = []
  if (target === 'h5') ({ main, definition } = h5Main(dir, files))
  else ({ main, roots, definition } = miniMain(dir, files))
  const bySize = (list: FileSize[]) => [...list].sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
  return {
    target,
    total: sum(files),
    totalNoLicense: sum(files.filter((f) => !isLicense(f.file))),
    main: sum(main),
    mainNoLicense: sum(main.filter((f) => !isLicense(f.file))),
    mainDefinition: definition,
    mainFiles: main.map((f) => f.file),
    mainSizes: bySize(main),
    subpackageRoots: roots,
    subpackages: Object.fromEntries(roots.map((r) => [r, sum(files.filter((f) => f.file.startsWith(r)))])),
    subpackageFiles: Object.fromEntries(roots.map((r) => [r, bySize(files.filter((f) => f.file.startsWith(r)))])),
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5)
  }
}
