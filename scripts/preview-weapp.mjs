#!/usr/bin/env node
/**
 * npm run preview:weapp — build dist/weapp and ask miniprogram-ci for a preview QR code (PNG).
 *
 * Needs two environment variables:
 *   WEAPP_APPID             the mini-program's appid (wx...)
 *   WEAPP_PRIVATE_KEY_PATH  path to its code-upload private key (private.<appid>.key)
 * Optional:
 *   WEAPP_QRCODE_PATH       where to write the PNG (default preview/weapp-qrcode.png)
 *   WEAPP_ROBOT             miniprogram-ci robot 1..30 (default 1)
 *
 * miniprogram-ci is heavy (about 1,100 packages, 276 MB), so it is not in package.json:
 * scripts/miniprogram-tools.mjs installs the pinned version into a cache folder on first use
 * (the same one `npm run check:weapp` uses).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureTools } from './miniprogram-tools.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const HOW_TO_GET_A_KEY = `How to get them:
  1. Sign in to 微信公众平台 (mp.weixin.qq.com) as an administrator of the mini-program.
  2. 开发管理 → 开发设置: the AppID (小程序ID) is WEAPP_APPID.
  3. Same page, 小程序代码上传密钥: 生成 (or 重置) and download the key file
     (private.<appid>.key); its path is WEAPP_PRIVATE_KEY_PATH. Keep it out of git.
  4. Same section, IP 白名单: add this machine's public IP, or turn the whitelist off
     (understand the risk first); without it miniprogram-ci is refused.
Then: WEAPP_APPID=wx... WEAPP_PRIVATE_KEY_PATH=~/keys/private.wx....key npm run preview:weapp`

const missing = ['WEAPP_APPID', 'WEAPP_PRIVATE_KEY_PATH'].filter((name) => !process.env[name])
if (missing.length > 0) {
  console.error(`preview:weapp needs ${missing.join(' and ')} (not set).\n\n${HOW_TO_GET_A_KEY}`)
  process.exit(2)
}
const appid = process.env.WEAPP_APPID
const keyPath = path.resolve(process.env.WEAPP_PRIVATE_KEY_PATH.replace(/^~(?=\/)/, process.env.HOME ?? '~'))
if (!existsSync(keyPath)) {
  console.error(`preview:weapp: WEAPP_PRIVATE_KEY_PATH points to ${keyPath}, which does not exist.\n\n${HOW_TO_GET_A_KEY}`)
  process.exit(2)
}

const run = (command, args, env = process.env) => {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// Build with the appid so dist/weapp/project.config.json carries it.
run('npx', ['taro', 'build', '--type', 'weapp'], { ...process.env, TARO_APP_ID: appid, NODE_ENV: 'production' })

const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
const qrcode = path.resolve(root, process.env.WEAPP_QRCODE_PATH ?? 'preview/weapp-qrcode.png')
mkdirSync(path.dirname(qrcode), { recursive: true })

const tools = ensureTools('preview:weapp')
run(process.execPath, [
  path.join(tools, 'node_modules', 'miniprogram-ci', 'bin', 'miniprogram-ci.js'), 'preview',
  '--pp', path.join(root, 'dist/weapp'),
  '--pkp', keyPath,
  '--appid', appid,
  '--uv', version,
  '-r', process.env.WEAPP_ROBOT ?? '1',
  '--qrcode-format', 'image',
  '--qrcode-output-dest', qrcode
])
console.log(`QR code written to ${path.relative(root, qrcode)}: scan it with WeChat to open the preview.`)
