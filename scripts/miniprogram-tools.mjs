/**
 * WeChat's command-line tools, shared by `npm run check:weapp` and `npm run preview:weapp`: one pinned
 * version, one cache. They are heavy (about 1,100 packages, 276 MB), so they are not in package.json:
 * on first use they are installed into MINIPROGRAM_CI_HOME or ~/.cache/miniprogram-permit-guide/<version>
 * (install scripts off), and reused from there.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const MINIPROGRAM_CI = 'miniprogram-ci@2.1.42'
export const MINIPROGRAM_COMPILER = 'miniprogram-compiler@0.2.3'

export const toolsHome = path.resolve(
  process.env.MINIPROGRAM_CI_HOME ?? path.join(os.homedir(), '.cache', 'miniprogram-permit-guide', MINIPROGRAM_CI.replace('@', '-'))
)

/** The installed version of a tool in the cache, or null. */
function installed(name) {
  const manifest = path.join(toolsHome, 'node_modules', name, 'package.json')
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null
}

/** Installs the pinned tools into the cache unless exactly those versions are there; exits 2 if it cannot. */
export function ensureTools(label) {
  const wanted = [MINIPROGRAM_CI, MINIPROGRAM_COMPILER]
  const missing = wanted.filter((spec) => {
    const at = spec.lastIndexOf('@')
    return installed(spec.slice(0, at)) !== spec.slice(at + 1)
  })
  if (missing.length === 0) return toolsHome
  mkdirSync(toolsHome, { recursive: true })
  const manifest = path.join(toolsHome, 'package.json')
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n')
  console.log(`${label}: installing ${wanted.join(' and ')} into ${toolsHome} (first run only)`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', ...wanted], {
    cwd: toolsHome,
    stdio: 'inherit'
  })
  if (result.status !== 0 || wanted.some((spec) => installed(spec.slice(0, spec.lastIndexOf('@'))) === null)) {
    console.error(`${label}: could not install the tools into ${toolsHome}`)
    process.exit(2)
  }
  return toolsHome
}
