/**
 * Did a refactor move behaviour? Evaluates the same profiles with this tree's rules core and with
 * the one of another commit, and lists every difference.
 *
 *   npx tsx scripts/compare-ruleset.ts [--base <commit>] [--runs 2000] [--seed 20261206] [--all]
 *
 * The profiles: the reference's worked examples, the undecided table's merchants (each with every
 * follow-up answered yes, and no) and `--runs` seeded random v1.1 profiles (test/domain/arbitraries).
 * What is compared: each requirement's status, reasons (rule ids, text, cites), basis, question,
 * fact, authority, held and blockers; the eligibility block; pre-approvals; next steps; materials;
 * categories; platform rules; and the plan (blockers, steps, open questions, not-needed).
 *
 * Source ids were renamed in rulebook v3 (docs/sources-map.md): the base's ids are read through
 * that map before comparing, so a renamed id is not a difference. Differences that are bugs fixed
 * on purpose are named in EXPECTED below, each with the changelog entry that explains it; the script
 * exits 1 on any other difference.
 *
 * The base's `src/` is unpacked into `.compare/<commit>/` inside the repo (git-ignored) so that it
 * resolves the same node_modules.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as fc from 'fast-check'
import { profileV11Arb } from '../test/domain/arbitraries'
import { WORKED_EXAMPLES } from '../test/fixtures/profiles'
import { OWN_TABLE, answered, fromRow } from '../test/fixtures/undecided'
import { OLD_SOURCE_IDS, SPLIT_CITES } from './sources-map'

const root = resolve(__dirname, '..')
const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
/** The last commit before rulebook v3 (issue 19). */
const base = arg('--base', 'a2a4f07')
const runs = Number(arg('--runs', '2000'))
const seed = Number(arg('--seed', '20261206'))
const showAll = args.includes('--all')

type Json = unknown
interface Core {
  /** Profile → everything the pages and the CLI show, as plain data. */
  run(p: unknown): Json
  /** The ids of the bundled sources. */
  sources: readonly string[]
}

async function load(dir: string): Promise<Core> {
  const m = (await import(pathToFileURL(join(dir, 'src/domain/index.ts')).href)) as Record<string, (...a: unknown[]) => unknown>
  const sources = (m.SOURCES as unknown as ReadonlyArray<{ id: string }>).map((s) => s.id)
  // Rulebook v3: `assessProfile` composes verdicts, categories, steps and plan. Before it, the
  // pages composed `evaluate` and `buildPlan` themselves.
  if (typeof m.assessProfile === 'function') {
    return {
      sources,
      run: (p) => {
        const r = m.assessProfile(p) as { assessment: Json; plan: Json }
        return { assessment: r.assessment, plan: r.plan }
      },
    }
  }
  return {
    sources,
    run: (p) => {
      const assessment = m.evaluate(p)
      return { assessment, plan: m.buildPlan(p, assessment) }
    },
  }
}

function unpack(commit: string): string {
  const sha = execFileSync('git', ['rev-parse', '--short', commit], { cwd: root, encoding: 'utf8' }).trim()
  const dir = join(root, '.compare', sha)
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true })
    execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C ${dir}`], { cwd: root })
  }
  return dir
}

/** A base source id as today's: a split id by its cite's article where it has one, else by the map. */
const renamed = (id: string, article?: string): string =>
  (article !== undefined ? SPLIT_CITES[`${id} ${article}`] : undefined) ?? SPLIT_CITES[id] ?? OLD_SOURCE_IDS[id] ?? id

/** The base's source ids read as today's (a renamed source is not a difference). */
function renameSources(x: Json): Json {
  if (Array.isArray(x)) return x.map(renameSources)
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, Json>
    const out: Record<string, Json> = {}
    for (const [k, v] of Object.entries(o)) {
      if (k === 'source' && typeof v === 'string') out[k] = renamed(v, typeof o.article === 'string' ? o.article : undefined)
      else if (k === 'sources' && Array.isArray(v)) out[k] = [...new Set(v.map((s: string) => renamed(s)))]
      else out[k] = renameSources(v)
    }
    // A reason's sources are its cites' sources, once each.
    if (Array.isArray(out.cites) && Array.isArray(out.sources)) out.sources = [...new Set((out.cites as Array<{ source: string }>).map((c) => c.source))]
    return out
  }
  return x
}

/** Where two values differ, as paths (`assessment.requirements[icpLicense].status`). */
function diff(a: Json, b: Json, path: string, out: string[]): void {
  if (Object.is(a, b)) return
  if (Array.isArray(a) && Array.isArray(b)) {
    const keyed = (xs: Json[]) => xs.every((x) => x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string')
    if (keyed(a) && keyed(b)) {
      const ids = (xs: Json[]) => xs.map((x) => (x as { id: string }).id)
      if (ids(a).join() !== ids(b).join()) out.push(`${path}: [${ids(a).join(', ')}] → [${ids(b).join(', ')}]`)
      const byId = new Map(b.map((x) => [(x as { id: string }).id, x]))
      for (const x of a) {
        const id = (x as { id: string }).id
        if (byId.has(id)) diff(x, byId.get(id), `${path}[${id}]`, out)
      }
      return
    }
    if (a.length !== b.length) {
      out.push(`${path}: ${JSON.stringify(a).slice(0, 300)} → ${JSON.stringify(b).slice(0, 300)}`)
      return
    }
    a.forEach((x, i) => diff(x, b[i], `${path}[${i}]`, out))
    return
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const k of keys) diff((a as Record<string, Json>)[k], (b as Record<string, Json>)[k], `${path}.${k}`, out)
    return
  }
  out.push(`${path}: ${JSON.stringify(a)?.slice(0, 300)} → ${JSON.stringify(b)?.slice(0, 300)}`)
}

/**
 * Differences made on purpose in rulebook v3, each a bug the issue named (docs/changelog.md
 * 2026.12.1). A difference path matching one of these is counted, not failed.
 */
const EXPECTED: ReadonlyArray<{ why: string; test: RegExp }> = [
  { why: 'the ruleset version (2026.12.1, docs/changelog.md)', test: /^\.assessment\.rulesetVersion: / },
  {
    why: 'an office’s inferred level is said in words, not as a bare [I] (issue 22; test/domain/properties.test.ts)',
    test: /: "[^"]*\[I\].* → "[^"]*推断/,
  },
  {
    why: 'the food permit rests on 《食品安全法》第三十五条, not a Guangdong notice (issue 22; test/domain/rules-v2.test.ts)',
    test: /^\.(assessment\.requirements|plan\.ordered)\[foodPermit\]\.reasons\[\d+\]\.(sources|cites|text)|仅销售预包装食品的，向(县级以上)?市场监管部门备案即可/,
  },
  {
    why: 'a booking platform for several hospitals (facts.multiHospital, contract v1.2) is not a clinic: no licence of its own, category 医疗服务-就医服务, and its plan follows (issue 22; test/domain/rules-v2.test.ts)',
    test: /\[medicalInstitutionLicense\]|^\.assessment\.(categories|platformGates|nextSteps|materials)|^\.plan\.(steps|notNeeded|blockers|open)|^\.plan\.ordered: \[.*medicalInstitutionLicense/,
  },
  {
    why: 'a WeChat category closed to this operator blocks the launch (categoryUnavailable on icpFiling), said first with its ways out; an individual’s free articles get 工具-信息查询 first (issue 22; test/domain/plan.test.ts)',
    test: /\[icpFiling\]\.blockers: undefined → \[\{"code":"categoryUnavailable"|^\.plan\.blockers: null → \{"requirements":\["icpFiling"|^\.plan\.steps\[icpFiling\]\.action: .* → "先解决类目问题|^\.plan\.blockers\.(requirements|problems|ways)|工具>信息查询|"工具","信息查询"|\.categories\[\d+\]\.(path|note|available|qualifications)/,
  },
  {
    why: '双减: paid K-9 academic tutoring (facts.k9Academic, contract v1.2) is blocked (noNewApprovals) with ways out; other tutoring is consult (issue 22; test/domain/rules-v2.test.ts)',
    test: /\[schoolPermit\]|^\.plan\.ordered: \[.*schoolPermit|^\.plan\.blockers|^\.assessment\.requirements: .*→ \[.*schoolPermit/,
  },
  {
    why: 'a permit issued to organisations only is blocked for an individual or 个体户 (organisationOnly), with its way out (issue 22; test/domain/rules-v2.test.ts)',
    test: /organisationOnly/,
  },
  {
    why: 'medical devices online: the information duty is a filing by law since 2025-12-22, for shops and platforms; a device platform needs no dealer licence of its own (issue 22; test/domain/rules-v2.test.ts)',
    test: /\[(drugInfoCertificate|medicalDeviceRecord)\]|^\.plan\.ordered: |^\.assessment\.requirements: /,
  },
  {
    why: 'prepaid cards: the national filing only for the three trades it covers; other trades consult (issue 22; test/domain/rules-v2.test.ts)',
    test: /\[prepaidCardFiling\]/,
  },
  {
    why: 'eligibility names the answers it waits on and whether MIIT’s 试点批复 comes first (Eligibility.open, .pilotApproval, added to the contract; issue 22; test/domain/eligibility.test.ts)',
    test: /^\.assessment\.eligibility\.(open: undefined → \[|pilotApproval: undefined → true$)/,
  },
  {
    why: 'inline questions take their option labels from the answers table (自己的模型, 第三方已备案模型), as the wizard shows them (test/domain/plan.test.ts)',
    test: /^\.plan\.open\[\w+\]\.questions\[\d+\]\.options\[\d+\]\.label: "(自有模型|调用已备案的第三方模型)" → "(自己的模型|第三方已备案模型)"$/,
  },
  {
    why: 'one source, one instrument: three cites that named two instruments each are two cites now (genAI filing notices 2024 and 2025; the mini-game review and Guangdong’s filing; 人社部令第44号 and the 2026 notice; docs/sources-map.md)',
    test: /^\.(assessment\.requirements|plan\.ordered)\[(genAiFiling|algorithmFiling|gameApproval|hrServiceLicense)\]\.reasons\[\d+\]\.(sources|cites)/,
  },
]

async function main(): Promise<void> {
  const before = await load(unpack(base))
  const after = await load(root)
  const profiles: Array<[string, unknown]> = [
    ...WORKED_EXAMPLES.map((e) => [`§7 #${e.id} ${e.name}`, e.profile] as [string, unknown]),
    ...OWN_TABLE.flatMap((r) => [true, false].map((yes) => [`${r.name} (${yes ? 'yes' : 'no'})`, answered(fromRow(r), yes)] as [string, unknown])),
    ...fc.sample(profileV11Arb, { seed, numRuns: runs }).map((p, i) => [`random #${i}`, p] as [string, unknown]),
  ]
  // Read the base's source ids as today's only once today's sources are renamed.
  const rename = !after.sources.includes('S1')
  const counts = new Map<string, number>()
  const unexpected: string[] = []
  for (const [name, p] of profiles) {
    const out: string[] = []
    const old = before.run(structuredClone(p))
    diff(rename ? renameSources(old) : old, after.run(structuredClone(p)), '', out)
    for (const d of out) {
      const e = EXPECTED.find((x) => x.test.test(d))
      if (e !== undefined) counts.set(e.why, (counts.get(e.why) ?? 0) + 1)
      else unexpected.push(`${name}: ${d}`)
    }
  }
  console.log(`${profiles.length} profiles compared with ${base}.`)
  for (const [why, n] of counts) console.log(`  expected (${n}): ${why}`)
  if (unexpected.length === 0) {
    console.log('No other difference.')
    return
  }
  console.log(`${unexpected.length} unexpected differences:`)
  for (const d of showAll ? unexpected : unexpected.slice(0, 40)) console.log(`  ${d}`)
  if (!showAll && unexpected.length > 40) console.log(`  … and ${unexpected.length - 40} more (--all)`)
  process.exitCode = 1
}

void main()
