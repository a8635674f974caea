/** Build dist/h5 when it is missing or older than anything it is built from. */
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'

const INPUTS = ['src', 'config', 'package.json', 'package-lock.json', 'babel.config.js', 'tsconfig.json']

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs)
}

/** Returns the path of dist/h5; throws with the build's output if the build fails. */
export function ensureH5Build(root: string, log: (line: string) => void): string {
  const out = path.join(root, 'dist', 'h5')
  const index = path.join(out, 'index.html')
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  const newest = Math.max(...INPUTS.map((p) => newestMtime(path.join(root, p))))
  if (builtAt > 0 && builtAt >= newest && process.env.E2E_REBUILD !== '1') {
    log('dist/h5 is up to date')
    return out
  }
  log(builtAt === 0 ? 'dist/h5 missing: npm run build:h5 ...' : 'dist/h5 older than the sources: npm run build:h5 ...')
  const started = Date.now()
  const result = spawnSync('npm', ['run', 'build:h5'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0 || !fs.existsSync(index)) {
    throw new Error(`npm run build:h5 failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  log(`dist/h5 built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return out
}
