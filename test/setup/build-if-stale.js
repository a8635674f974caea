/**
 * jest globalSetup: the compiled-output tests read dist/weapp, dist/alipay and dist/tt. Build a target
 * when its output is missing or older than anything it is built from, so `npm test` works on a
 * fresh clone after `npm install` alone. Set SKIP_BUILD=1 to test whatever dist/ holds.
 */
const { spawnSync } = require('child_process')
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '../..')
const inputs = ['src', 'config', 'package.json', 'package-lock.json', 'babel.config.js', 'tsconfig.json', 'project.config.json', 'project.tt.json']

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs)
}

module.exports = async function buildIfStale() {
  if (process.env.SKIP_BUILD === '1') return
  const newestInput = Math.max(...inputs.map((p) => newestMtime(path.join(root, p))))
  for (const target of ['weapp', 'alipay', 'tt']) {
    const stamp = path.join(root, 'dist', target, '.built-at')
    const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0
    if (builtAt >= newestInput) continue
    process.stdout.write(`\n[test setup] building dist/${target} (missing or older than sources)...\n`)
    const started = Date.now()
    // jest sets NODE_ENV=test, which would switch babel.config.js to the jest presets: build as production.
    const result = spawnSync('npx', ['taro', 'build', '--type', target], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8'
    })
    if (result.status !== 0) {
      throw new Error(`taro build --type ${target} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
    }
    fs.writeFileSync(stamp, new Date().toISOString() + '\n')
    process.stdout.write(`[test setup] dist/${target} built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  }
}
