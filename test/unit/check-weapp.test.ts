/**
 * scripts/check-weapp.mjs decides pass/fail from miniprogram-ci's compile, its code-quality items and
 * wcsc. The real tools are heavy and slow, so here they are stand-ins in a temporary MINIPROGRAM_CI_HOME
 * at the pinned versions, so nothing is installed (the real run is `npm run check:weapp`, in .ci/run).
 * The stand-in keeps a timer alive, as the real
 * miniprogram-ci keeps file watchers, so every test also proves the script does not hang on it.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

const script = path.resolve(__dirname, '../../scripts/check-weapp.mjs')
const ALL_ITEMS = ['PACKAGE_SIZE_LIMIT', 'JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'IMAGE_AND_AUDIO_LIMIT']

let home: string
let distDir: string

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-tools-'))
  write(path.join(home, 'package.json'), '{ "private": true }')
  write(path.join(home, 'node_modules/miniprogram-ci/package.json'), '{ "name": "miniprogram-ci", "version": "2.1.42", "main": "index.js" }')
  write(
    path.join(home, 'node_modules/miniprogram-ci/index.js'),
    `setInterval(() => {}, 1000) // like the real one's watchers: never exits by itself
class Project { constructor(o) { this.o = o } }
exports.Project = Project
exports.DefaultProjectAttr = {}
exports.getCompiledResult = async ({ project, setting }) => {
  if (process.env.FAKE_COMPILE_ERROR) throw new Error(process.env.FAKE_COMPILE_ERROR)
  if (!setting.es6 || !setting.minify || !setting.minifyWXML || !setting.minifyWXSS) throw new Error('settings not all on')
  if (!require('fs').existsSync(project.o.projectPath + '/app.json')) throw new Error('wrong project path')
  return { 'app.js': '', 'app.json': '' }
}
exports.checkCodeQuality = async () => JSON.parse(process.env.FAKE_QUALITY)
`
  )
  write(path.join(home, 'node_modules/miniprogram-compiler/package.json'), '{ "name": "miniprogram-compiler", "version": "0.2.3" }')
  write(
    path.join(home, 'node_modules/miniprogram-compiler/src/wcsc.js'),
    `module.exports = (root, files) => process.env.FAKE_WCSC_ERROR
  ? new Error('编译 .wxss 文件错误：' + process.env.FAKE_WCSC_ERROR)
  : Object.fromEntries([['comm', ''], ...files.map((f) => [f + '.wxss', ''])])
`
  )
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-dist-'))
  write(path.join(distDir, 'app.json'), '{ "pages": ["pages/index/index"] }')
  write(path.join(distDir, 'app.wxss'), '.a{color:red}')
  write(path.join(distDir, 'pages/index/index.wxss'), '.b{color:blue}')
  write(path.join(distDir, 'pages/index/index.wxml'), '<view/>')
})

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true })
  fs.rmSync(distDir, { recursive: true, force: true })
})

const items = (failing: string[] = [], omit: string[] = []) =>
  JSON.stringify(ALL_ITEMS.filter((n) => !omit.includes(n)).map((name) => ({ name, success: !failing.includes(name), text: `${name} problem`, docURL: 'https://example.invalid' })))

function run(env: Record<string, string>, dist = distDir) {
  return spawnSync(process.execPath, [script], {
    env: { ...process.env, MINIPROGRAM_CI_HOME: home, WEAPP_DIST: dist, FAKE_QUALITY: items(), ...env },
    encoding: 'utf8',
    timeout: 60_000
  })
}

describe('npm run check:weapp (with stand-in tools)', () => {
  it('passes when the compile, every quality item and wcsc pass', () => {
    const result = run({})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('ok   quality LAZYCODE_LOADING_OPEN')
    expect(result.stdout).toContain('ok   wcsc: 2 .wxss files')
    expect(result.stdout).toMatch(/check:weapp passed in \d+\.\d s/)
  })

  it.each([['JS_COMPRESS_OPEN'], ['WXML_COMPRESS_OPEN'], ['WXSS_COMPRESS_OPEN'], ['LAZYCODE_LOADING_OPEN'], ['IMAGE_AND_AUDIO_LIMIT']])(
    'fails on a failed quality item: %s',
    (name) => {
      const result = run({ FAKE_QUALITY: items([name]) })
      expect(result.status).toBe(1)
      expect(result.stdout).toContain(`FAIL quality ${name}: ${name} problem`)
      expect(result.stderr).toContain(`quality ${name}`)
    }
  )

  it('fails when a required item is missing from the answer (a silently dropped check is not a pass)', () => {
    const result = run({ FAKE_QUALITY: items([], ['LAZYCODE_LOADING_OPEN']) })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('LAZYCODE_LOADING_OPEN: missing')
  })

  it('fails when the compile throws, and says so', () => {
    const result = run({ FAKE_COMPILE_ERROR: 'app.json: pages[0] not found' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('compile (es6, minify, minifyWXML, minifyWXSS): app.json: pages[0] not found')
  })

  it('fails on a WXSS error from wcsc', () => {
    const result = run({ FAKE_WCSC_ERROR: 'ERR: app.wxss(1:10): unexpected token `*`' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('wcsc: 编译 .wxss 文件错误：ERR: app.wxss(1:10)')
  })

  it('stops with exit 2 and names the build step when there is no build', () => {
    const result = run({}, path.join(distDir, 'nothing-here'))
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('npm run build:weapp')
  })
})
