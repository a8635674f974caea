/**
 * Builds the product and the floor fixture side by side, each in its own project folder under
 * bench/out/<name>/ (so the bench never overwrites the dist/ other tools and tests read).
 *
 * A project folder is the repo's build inputs copied verbatim: config/, babel.config.js,
 * package.json, tsconfig.json, project.config.json, project.tt.json and types/ from the repo root, plus the
 * `src/` of the project (the product's src/ or bench/floor/src/), and a symlink to the repo's
 * node_modules (no second install). `taro build --type <target>` then runs there with
 * NODE_ENV=production, exactly as `npm run build:<target>` does at the root.
 *
 * Reuse: a build is reused only when a content hash of every input (the files above, the
 * lockfile and node_modules/.package-lock.json, i.e. the installed tree) equals the hash
 * recorded when that build finished. Anything else rebuilds.
 */
import { spawnSync } from 'child_process'
import crypto from 'crypto'
import fs from 'fs'
import path from 'path'

export const ROOT = path.resolve(__dirname, '..')
export const OUT = path.join(ROOT, 'bench', 'out')
export const TARGETS = ['weapp', 'alipay', 'tt', 'h5'] as const
export type Target = (typeof TARGETS)[number]

/** Shared build inputs copied from the repo root into each project folder. */
const SHARED = ['config', 'babel.config.js', 'package.json', 'tsconfig.json', 'project.config.json', 'project.tt.json', 'types']
/** Hashed too, never copied (node_modules is linked). */
const INSTALLED = ['package-lock.json', 'node_modules/.package-lock.json']
const STAMP = '.bench-inputs'

export interface Project {
  name: 'product' | 'floor'
  /** the src/ copied into the project folder */
  srcDir: string
  dir: string
}

export const PROJECTS: Record<Project['name'], Project> = {
  product: { name: 'product', srcDir: path.join(ROOT, 'src'), dir: path.join(OUT, 'product') },
  floor: { name: 'floor', srcDir: path.join(ROOT, 'bench', 'floor', 'src'), dir: path.join(OUT, 'floor') }
}

function walk(p: string, files: string[] = []): string[] {
  if (!fs.existsSync(p)) return files
  const stat = fs.statSync(p)
  if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), files)
  else files.push(p)
  return files
}

function inputsHash(project: Project, target: Target): string {
  const h = crypto.createHash('sha256')
  h.update(`target=${target}\n`)
  const add = (label: string, file: string) => {
    h.update(`${label}\n`)
    h.update(fs.readFileSync(file))
  }
  for (const f of walk(project.srcDir)) add(`src/${path.relative(project.srcDir, f)}`, f)
  for (const entry of [...SHARED, ...INSTALLED]) {
    for (const f of walk(path.join(ROOT, entry))) add(path.relative(ROOT, f), f)
  }
  return h.digest('hex')
}

/**
 * bench/out holds copies of src/ and built bundles: keep the repo's lint away from them
 * (eslint's `ignorePatterns` in a nested config apply to that folder).
 */
export function ensureOut(): void {
  fs.mkdirSync(OUT, { recursive: true })
  const eslintrc = path.join(OUT, '.eslintrc.json')
  if (!fs.existsSync(eslintrc)) fs.writeFileSync(eslintrc, JSON.stringify({ ignorePatterns: ['**/*'] }) + '\n')
}

/** Copy the inputs into the project folder (leaving its dist/ alone). */
function prepare(project: Project): void {
  ensureOut()
  fs.mkdirSync(project.dir, { recursive: true })
  for (const entry of ['src', ...SHARED]) fs.rmSync(path.join(project.dir, entry), { recursive: true, force: true })
  fs.cpSync(project.srcDir, path.join(project.dir, 'src'), { recursive: true })
  for (const entry of SHARED) {
    const from = path.join(ROOT, entry)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(project.dir, entry), { recursive: true })
  }
  // A distinct package name, so tools that index the repo (jest's haste map) see no duplicate.
  const pkgFile = path.join(project.dir, 'package.json')
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'))
  fs.writeFileSync(pkgFile, JSON.stringify({ ...pkg, name: `bench-${project.name}` }, null, 2) + '\n')
  const link = path.join(project.dir, 'node_modules')
  if (!fs.existsSync(link)) fs.symlinkSync(path.relative(project.dir, path.join(ROOT, 'node_modules')), link, 'dir')
}

export function distDir(project: Project, target: Target): string {
  return path.join(project.dir, 'dist', target)
}

export interface BuildResult {
  project: Project['name']
  target: Target
  dir: string
  reused: boolean
  seconds: number
}

/** Build `project` for `target` unless an identical-input build is already there. */
export function build(project: Project, target: Target, log: (line: string) => void): BuildResult {
  const dir = distDir(project, target)
  const hash = inputsHash(project, target)
  const stamp = path.join(dir, STAMP)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) {
    log(`  ${project.name}/${target}: reused (inputs unchanged, sha256 ${hash.slice(0, 12)})`)
    return { project: project.name, target, dir, reused: true, seconds: 0 }
  }
  prepare(project)
  const started = Date.now()
  log(`  ${project.name}/${target}: building...`)
  const taro = path.join(ROOT, 'node_modules', '@tarojs', 'cli', 'bin', 'taro')
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production' }
  delete env.TARO_ENV
  const r = spawnSync(process.execPath, [taro, 'build', '--type', target], { cwd: project.dir, env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 << 20 })
  const seconds = (Date.now() - started) / 1000
  if (r.status !== 0 || !fs.existsSync(dir)) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').slice(-40).join('\n')
    throw new Error(`taro build --type ${target} of ${project.name} failed (exit ${r.status}) in ${project.dir}:\n${tail}`)
  }
  fs.writeFileSync(stamp, hash + '\n')
  log(`  ${project.name}/${target}: built in ${seconds.toFixed(1)} s`)
  return { project: project.name, target, dir, reused: false, seconds }
}
