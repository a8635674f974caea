/**
 * Child process of the bench: times the bundled rules core (bench/out/core.min.js) over the
 * profiles in a JSON file. Run by bench/core.ts with plain `node` and with `node --jitless`.
 * Prints one JSON line: { evaluate: {median, p99, max, mean}, assess: {...} } in microseconds,
 * each the best of 5 timed passes.
 */
'use strict'
const fs = require('fs')

const [bundle, profilesFile] = process.argv.slice(2)
const core = require(bundle)
const profiles = JSON.parse(fs.readFileSync(profilesFile, 'utf8'))

const PASSES = 5

/** One untimed pass, then PASSES timed passes over all profiles; each statistic is the best
 *  (lowest) of the passes, so a GC pause or a busy neighbour on a shared machine counts once. */
function time(fn) {
  // untimed: module-level lazy work and inline caches, as for a second assessment on a phone
  for (const p of profiles) fn(p)
  const passes = []
  for (let pass = 0; pass < PASSES; pass++) {
    const us = []
    for (const p of profiles) {
      const t0 = process.hrtime.bigint()
      fn(p)
      us.push(Number(process.hrtime.bigint() - t0) / 1000)
    }
    us.sort((a, b) => a - b)
    const at = (q) => us[Math.min(us.length - 1, Math.ceil(q * us.length) - 1)]
    passes.push({ median: at(0.5), p99: at(0.99), max: us[us.length - 1], mean: us.reduce((a, b) => a + b, 0) / us.length })
  }
  const best = (k) => Math.min(...passes.map((x) => x[k]))
  return { median: best('median'), p99: best('p99'), max: best('max'), mean: best('mean'), passes: PASSES }
}

const evaluate = time((p) => core.evaluate(p))
const assess = time((p) => {
  const r = core.assess(p)
  if (!r.ok) throw new Error('a generated profile was refused: ' + JSON.stringify(r.problems))
})
process.stdout.write(JSON.stringify({ runs: profiles.length, evaluate, assess }) + '\n')
