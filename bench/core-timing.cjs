/**
 * Child process of the bench: times the bundled rules core (bench/out/core.min.js) over the
 * profiles in a JSON file. Run by bench/core.ts with plain `node` and with `node --jitless`.
 * Prints one JSON line: { evaluate: {median, p99, mean}, assess: {...} } in microseconds.
 */
'use strict'
const fs = require('fs')

const [bundle, profilesFile] = process.argv.slice(2)
const core = require(bundle)
const profiles = JSON.parse(fs.readFileSync(profilesFile, 'utf8'))

function time(fn) {
  // one untimed pass: module-level lazy work and inline caches, as a second assessment on a phone
  for (const p of profiles) fn(p)
  const us = []
  for (const p of profiles) {
    const t0 = process.hrtime.bigint()
    fn(p)
    us.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  us.sort((a, b) => a - b)
  const at = (q) => us[Math.min(us.length - 1, Math.ceil(q * us.length) - 1)]
  return { median: at(0.5), p99: at(0.99), max: us[us.length - 1], mean: us.reduce((a, b) => a + b, 0) / us.length }
}

const evaluate = time((p) => core.evaluate(p))
const assess = time((p) => {
  const r = core.assess(p)
  if (!r.ok) throw new Error('a generated profile was refused: ' + JSON.stringify(r.problems))
})
process.stdout.write(JSON.stringify({ runs: profiles.length, evaluate, assess }) + '\n')
