#!/usr/bin/env node
/**
 * npm run check:weapp — WeChat's own compiler and code-quality panel on dist/weapp, offline.
 *
 *   1. compiles dist/weapp with miniprogram-ci (es6, minify, minifyWXML, minifyWXSS on), as an upload would;
 *   2. runs miniprogram-ci's checkCodeQuality (the 代码质量 panel of 微信开发者工具) and fails on any
 *      failed item, and on any of the items below that is missing from its answer;
 *   3. compiles every .wxss file together with wcsc, WeChat's WXSS compiler (miniprogram-compiler).
 * Exits 0 when all pass, 1 on any failure, 2 when it cannot run (no build, tools not installable).
 *
 * Needs a build first: `npm run build:weapp`. No appid or key: the compile and the checks run locally
 * with the tourist appid (the only network call miniprogram-ci makes, a white-list fetch, may fail offline
 * and is harmless).
 *
 * The tools are heavy, so they are not in package.json: scripts/miniprogram-tools.mjs installs the pinned
 * versions into a cache folder on first use (shared with preview:weapp).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureTools, toolsHome } from './miniprogram-tools.mjs'

/** Code-quality items that must be present and pass (the four that failed before this check existed, and the package size). */
export const REQUIRED_ITEMS = ['JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'PACKAGE_SIZE_LIMIT']
const COMPILE_SETTING = { es6: true, minify: true, minifyWXML: true, minifyWXSS: true }
const CHILD_TIMEOUT_MS = 10 * 60 * 1000

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const projectPath = path.resolve(root, process.env.WEAPP_DIST ?? 'dist/weapp')

/** Every .wxss file under dir, relative and without the extension (as wcsc takes them). */
function wxssFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return wxssFiles(full, base)
    return entry.name.endsWith('.wxss') ? [path.relative(base, full).split(path.sep).join('/').slice(0, -'.wxss'.length)] : []
  })
}

/**
 * Child process: miniprogram-ci keeps file watchers open and never exits by itself, so the compile and the
 * quality check run here and the child exits once it has written its report.
 */
async function child(reportPath) {
  const report = { compileError: null, compileMs: 0, compiledFiles: 0, quality: null, qualityError: null, qualityMs: 0 }
  const requireTools = createRequire(path.join(toolsHome, 'package.json'))
  const ci = requireTools('miniprogram-ci')
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath,
    privateKey: 'not-used-offline',
    attr: async () => ci.DefaultProjectAttr
  })
  const zipDir = mkdtempSync(path.join(os.tmpdir(), 'check-weapp-'))
  let start = Date.now()
  try {
    const compiled = await ci.getCompiledResult({ project, setting: COMPILE_SETTING }, path.join(zipDir, 'compiled.zip'))
    report.compiledFiles = Object.keys(compiled ?? {}).length
  } catch (error) {
    report.compileError = String(error?.message ?? error)
  }
  report.compileMs = Date.now() - start
  start = Date.now()
  try {
    report.quality = await ci.checkCodeQuality(project)
  } catch (error) {
    report.qualityError = String(error?.message ?? error)
  }
  report.qualityMs = Date.now() - start
  rmSync(zipDir, { recursive: true, force: true })
  writeFileSync(reportPath, JSON.stringify(report))
  process.exit(0)
}

function main() {
  if (!existsSync(path.join(projectPath, 'app.json'))) {
    console.error(`check:weapp: ${path.relative(root, projectPath)}/app.json is missing: run \`npm run build:weapp\` first.`)
    process.exit(2)
  }
  ensureTools('check:weapp')
  const started = Date.now()
  const failures = []

  // 1 + 2: compile and code quality, in a child that is made to exit.
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'check-weapp-report-'))
  const reportPath = path.join(reportDir, 'report.json')
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', reportPath], {
    cwd: root,
    env: process.env,
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024
  })
  if (!existsSync(reportPath)) {
    console.error(run.stdout, run.stderr)
    console.error(`check:weapp: miniprogram-ci gave no report (exit ${run.status}, signal ${run.signal})`)
    process.exit(1)
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  rmSync(reportDir, { recursive: true, force: true })

  if (report.compileError) failures.push(`compile (es6, minify, minifyWXML, minifyWXSS): ${report.compileError}`)
  else console.log(`ok   compile with ${Object.entries(COMPILE_SETTING).map(([k]) => k).join(', ')}: ${report.compiledFiles} files in ${report.compileMs} ms`)

  if (report.qualityError || !Array.isArray(report.quality)) {
    failures.push(`checkCodeQuality: ${report.qualityError ?? 'no list of items'}`)
  } else {
    for (const item of report.quality) {
      // `text` names the problem the item looks for ("JS compression is not turned on"), shown only on failure.
      console.log(item.success ? `ok   quality ${item.name}` : `FAIL quality ${item.name}: ${item.text} (${item.docURL ?? ''})`)
      if (!item.success) failures.push(`quality ${item.name}: ${item.text}`)
    }
    const names = new Set(report.quality.map((item) => item.name))
    for (const name of REQUIRED_ITEMS.filter((n) => !names.has(n))) failures.push(`quality ${name}: missing from checkCodeQuality's answer`)
    console.log(`     checkCodeQuality: ${report.quality.length} items in ${report.qualityMs} ms`)
  }

  // 3: every .wxss together through wcsc (it resolves @import across files, so it needs the full list).
  const requireTools = createRequire(path.join(toolsHome, 'package.json'))
  const wcsc = requireTools('miniprogram-compiler/src/wcsc')
  const files = wxssFiles(projectPath)
  const wxssStart = Date.now()
  const compiled = files.length === 0 ? new Error('no .wxss files found') : wcsc(projectPath, files, { maxBuffer: 64 * 1024 * 1024 })
  if (compiled instanceof Error) failures.push(`wcsc: ${compiled.message.trim()}`)
  else {
    const missing = files.filter((f) => !(`${f}.wxss` in compiled) && !(`./${f}.wxss` in compiled))
    // wcsc folds shared style files (imported by pages) into the common part, so only pages must appear.
    const pages = missing.filter((f) => existsSync(path.join(projectPath, `${f}.wxml`)))
    if (pages.length > 0) failures.push(`wcsc: no output for ${pages.join(', ')}`)
    else console.log(`ok   wcsc: ${files.length} .wxss files compiled in ${Date.now() - wxssStart} ms`)
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (failures.length > 0) {
    console.error(`\ncheck:weapp failed (${seconds} s):\n${failures.map((f) => `  - ${f}`).join('\n')}`)
    process.exit(1)
  }
  console.log(`\ncheck:weapp passed in ${seconds} s`)
}

if (process.argv[2] === '--child') {
  child(process.argv[3]).catch((error) => {
    writeFileSync(process.argv[3], JSON.stringify({ compileError: String(error?.stack ?? error), quality: null, qualityError: 'not run' }))
    process.exit(0)
  })
} else {
  main()
}
