/** The result as a plan (src/domain/result/plan.ts): order, blockers and ways out, steps, checklist, open questions. */
import * as fc from 'fast-check'
import { assessmentOf } from '@/domain/result/assess'
import {
  PLAN_ORDER,
  answerOf,
  buildBlockers,
  buildOpen,
  buildPlan,
  buildSteps,
  checklist,
  orderRequirements,
  progress,
  withAnswer,
  type DecidingFact,
} from '@/domain/result/plan'
import { type Assessment, type Profile, UNSURE, YES_NO_FACTS, isDuty, isNeeded } from '@/domain/contract/types'
import { withoutDriver } from '@/domain/result/whatif'
import { FIELD_BY_ID, fromYesNo } from '@/domain/profile/answers'
import { WORKED_EXAMPLES, example } from '../fixtures/profiles'
import { profileArb } from './arbitraries'

const cannotApply = (a: Assessment) =>
  a.requirements.filter(
    (r) =>
      isNeeded(r) &&
      r.held !== true &&
      ((r.blockers?.length ?? 0) > 0 ||
        (a.eligibility?.eligible === false &&
          a.eligibility.licenses.includes(r.id) &&
          // a service closed to foreign investment blocks its own licence only
          a.eligibility.problems.some((x) => x.code !== 'foreignInvestmentProhibited'))),
  )

describe('order', () => {
  it('required, likely, depends/consult, notRequired; a permutation of the engine’s list', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const ordered = orderRequirements(a.requirements)
        expect(ordered.map((r) => r.id).sort()).toEqual(a.requirements.map((r) => r.id).sort())
        for (let i = 1; i < ordered.length; i++) expect(PLAN_ORDER[ordered[i - 1].status]).toBeLessThanOrEqual(PLAN_ORDER[ordered[i].status])
      }),
      { numRuns: 150 },
    )
  })
})

describe('blockers', () => {
  it('present exactly when a required or likely licence cannot be obtained as things stand', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const b = buildBlockers(p, a)
        const blocked = cannotApply(a)
        expect(b !== null).toBe(blocked.length > 0)
        if (b !== null) {
          expect([...b.requirements].sort()).toEqual(blocked.map((r) => r.id).sort())
          expect(b.ways.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('every "drop the feature" way really clears the blocker (the what-if), and never drops a platform', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const b = buildBlockers(p, a)
        for (const w of b?.ways ?? []) {
          if (w.kind !== 'feature') continue
          expect(w.drivers?.some((d) => d.field === 'platforms')).toBe(false)
          const after = assessmentOf((w.drivers ?? []).reduce(withoutDriver, p))
          // A closed platform category (categoryUnavailable) has ways of its own; this way is about licences.
          const licenceBlocked = (r: Assessment['requirements'][number]) => (r.blockers ?? []).some((x) => x.code !== 'categoryUnavailable') || r.id !== 'icpFiling'
          expect(cannotApply(after).filter((r) => b?.requirements.includes(r.id) && licenceBlocked(r))).toEqual([])
        }
      }),
      { numRuns: 100 },
    )
  })

  it('a 个体户 that needs a licence is told to set up a company, with the licence’s time', () => {
    const p = example(10).profile
    const b = buildBlockers(p, assessmentOf(p))
    const company = b?.ways.find((w) => w.kind === 'company')
    expect(company?.text).toContain('设立公司')
    expect(company?.time).toContain('60 日')
  })

  it('a 30 % foreign company that may not publish online is blocked on that licence only, not on ICP or EDI', () => {
    const p: Profile = {
      schemaVersion: 1,
      platforms: ['wechat'],
      operator: { type: 'company', registeredCapital: 2_000_000, foreignShare: 30 },
      activities: ['ownSales', 'paidContent'],
      sectors: [],
      facts: { publications: true },
    }
    const a = assessmentOf(p)
    expect(a.eligibility?.problems.map((x) => x.code)).toContain('foreignInvestmentProhibited')
    expect(buildBlockers(p, a)?.requirements).toEqual(['onlinePublishingLicense'])
  })

  it('a company over the foreign cap is told to change the shareholding, and may drop the feature instead', () => {
    const p = example(38).profile
    const b = buildBlockers(p, assessmentOf(p))
    expect(b?.ways.map((w) => w.kind)).toEqual(expect.arrayContaining(['shareholding', 'feature']))
  })
})

describe('steps', () => {
  it('one per required or likely requirement, in order, never "向待确认…申请"', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const steps = buildSteps(p, a)
        // Licences and filings are the plan's cards; duties are its checklist (issue 23).
        expect(steps.map((s) => s.id)).toEqual(orderRequirements(a.requirements.filter((r) => isNeeded(r) && !isDuty(r))).map((r) => r.id))
        for (const s of steps) {
          expect(s.action).not.toMatch(/向待确认/)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('a licence the operator already holds: handed in (at filing or with the category), nothing to prepare, no processing time', () => {
    for (const ex of WORKED_EXAMPLES) {
      const a = assessmentOf(ex.profile)
      const target = a.requirements.find((r) => isNeeded(r) && r.id !== 'icpFiling' && !isDuty(r))
      if (target === undefined) continue
      const held: Assessment = { ...a, requirements: a.requirements.map((r) => (r === target ? { ...r, held: true as const } : r)) }
      const step = buildSteps(ex.profile, held).find((s) => s.id === target.id)
      expect(step?.held).toBe(true)
      expect(step?.action).toMatch(/备案时提交|在平台选择服务类目时上传/)
      expect(step?.action).not.toMatch(/^(向|办理)/)
      expect(step?.items).toEqual([])
      expect(step?.statutory).toBeUndefined()
      expect(buildBlockers(ex.profile, held)?.requirements ?? []).not.toContain(target.id)
    }
  })

  it('the filing step carries the filing materials; licence steps carry the licence materials', () => {
    const p = example(5).profile
    const a = assessmentOf(p)
    const steps = buildSteps(p, a)
    const filing = steps.find((s) => s.id === 'icpFiling')
    const edi = steps.find((s) => s.id === 'ediLicense')
    expect(filing?.items.map((i) => i.text)).toEqual(checklist(a.materials.filter((g) => g.title.startsWith('小程序备案'))).map((i) => i.text))
    expect(edi?.items.length).toBe(checklist(a.materials).length - (filing?.items.length ?? 0))
    expect(edi?.validity).toContain('5 年')
    expect(edi?.statutory).toContain('60 日')
  })
})

describe('checklist', () => {
  const groups = (xs: string[][][]) => xs.map((anyOf, i) => ({ title: `g${i}`, anyOf }))
  it('stable unique ids; any-of alternatives become one item', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), { maxLength: 5 }), (xs) => {
        const a = checklist(groups(xs))
        expect(checklist(groups(xs))).toEqual(a)
        expect(new Set(a.map((i) => i.id)).size).toBe(a.length)
        for (const g of groups(xs)) if (g.anyOf.length > 1) expect(a.some((i) => i.text.includes(' 或 '))).toBe(true)
      }),
    )
  })

  it('progress counts an item shared by two steps once', () => {
    const p = example(37).profile
    const steps = buildSteps(p, assessmentOf(p))
    const all = new Set(steps.flatMap((s) => s.items.map((i) => i.id)))
    const first = [...all].slice(0, 3)
    expect(progress(steps, first)).toEqual({ done: first.length, total: all.size })
    expect(progress(steps, ['not-an-item'])).toEqual({ done: 0, total: all.size })
  })
})

describe('undecided', () => {
  const FACTS: DecidingFact[] = [...YES_NO_FACTS, 'multiProvince', 'pilotZone', 'dishonestListed']
  it('an answer given in place is read back, for every yes/no fact and value', () => {
    const p: Profile = example(5).profile
    for (const f of FACTS) for (const v of [true, false, UNSURE] as const) expect(answerOf(withAnswer(p, f, v), f)).toBe(v)
    expect(answerOf(withAnswer(p, 'aiModel', 'own'), 'aiModel')).toBe('own')
  })

  it('every depends or consult requirement is listed, and every listed question has 是/否/不确定', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assessmentOf(p)
        const open = buildOpen(p, a)
        // Undecided licences and filings wait on a question; an undecided duty is a checklist row with its question.
        const undecided = a.requirements.filter((r) => r.status === 'depends' || r.status === 'consult')
        expect(open.map((o) => o.id).sort()).toEqual(undecided.filter((r) => !isDuty(r)).map((r) => r.id).sort())
        const duties = buildPlan(p, a).duties
        for (const r of undecided.filter(isDuty)) expect(duties.find((d) => d.id === r.id)?.status).toBe(r.status)
        for (const o of open) for (const q of o.questions) expect(q.options.map((x) => x.label)).toContain('不确定')
      }),
      { numRuns: 100 },
    )
  })
})

it('not needed: each with its one-line why; the plan holds every requirement once', () => {
  fc.assert(
    fc.property(profileArb, (p) => {
      const a = assessmentOf(p)
      const plan = buildPlan(p, a)
      for (const n of plan.notNeeded) expect(n.why.length).toBeGreaterThan(0)
      // Every licence and filing is a card once; every duty that applies is a checklist row once.
      expect(plan.ordered).toHaveLength(a.requirements.filter((r) => !isDuty(r)).length)
      expect(plan.duties.map((d) => d.id)).toEqual([...new Set(plan.duties.map((d) => d.id))])
      expect(plan.duties).toHaveLength(a.requirements.filter((r) => isDuty(r) && r.status !== 'notRequired').length)
    }),
    { numRuns: 60 },
  )
})

// Rulebook v3 (issue 19): the result's inline question said 自有模型 where the wizard says 自己的模型;
// options and where an answer sits in the profile now come from the answers table only.
describe('inline questions read as the wizard asks them', () => {
  const aiProfile: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['aiGenerated'], sectors: [] }

  it('the AI question offers the answers table’s own options, labels and values', () => {
    const open = buildPlan(aiProfile, assessmentOf(aiProfile)).open
    const q = open.flatMap((o) => o.questions).find((x) => x.fact === 'aiModel')
    const row = FIELD_BY_ID.aiModel
    expect(row.kind).toBe('single')
    expect(q?.options).toEqual(row.kind === 'single' ? row.options.map((o) => ({ value: o.value, label: o.label })) : [])
  })

  it('every yes/no question offers 是 / 否 (/ 不确定) as its row does, with boolean values', () => {
    const asked = WORKED_EXAMPLES.flatMap((e) => buildPlan(e.profile, assessmentOf(e.profile)).open.flatMap((o) => o.questions))
    expect(asked.length).toBeGreaterThan(0)
    const wrong = asked.filter((q) => {
      const row = FIELD_BY_ID[q.fact]
      if (row.kind !== 'yesNo') return false
      return JSON.stringify(q.options) !== JSON.stringify(row.options.map((o) => ({ value: fromYesNo(o.value), label: o.label })))
    })
    expect(wrong.map((q) => q.fact)).toEqual([])
  })

  it('an answer given in place lands where the answers table puts it, and a value its row refuses changes nothing', () => {
    const answered = withAnswer(aiProfile, 'aiModel', 'thirdParty')
    expect(answered.facts?.aiModel).toBe('thirdParty')
    expect(withAnswer(aiProfile, 'aiModel', true)).toBe(aiProfile)
    const flagged = withAnswer(aiProfile, 'multiProvince', UNSURE)
    expect(flagged.operator.multiProvince).toBe(UNSURE)
    expect(aiProfile.operator.multiProvince).toBeUndefined()
  })
})

// Issue 22: an individual's AI app was told to start ICP 备案 and an AI filing, and learned only
// ~3,000 px lower that WeChat closes 深度合成 to 个人. A category the chosen platform does not open
// to this operator is a blocker of the launch (contract v1.2 categoryUnavailable), said first.
describe('a platform category closed to this operator blocks the launch, first', () => {
  const person = (activities: Profile['activities']): Profile => ({ schemaVersion: 1, platforms: ['wechat'], operator: { type: 'individual' }, activities, sectors: [], facts: { aiModel: 'thirdParty' } })

  it('an individual’s AI app on WeChat: 深度合成 closed is a blocker on the filing, with the way out, and the first step says so', () => {
    const p = person(['aiGenerated'])
    const a = assessmentOf(p)
    const plan = buildPlan(p, a)
    expect(a.requirements.find((r) => r.id === 'icpFiling')?.blockers).toEqual([expect.objectContaining({ code: 'categoryUnavailable', text: expect.stringContaining('「深度合成」') })])
    expect(plan.blockers?.requirements).toContain('icpFiling')
    expect(plan.blockers?.ways.map((w) => w.text).join()).toMatch(/注册个体工商户或公司/)
    expect(plan.steps[0].id).toBe('icpFiling')
    expect(plan.steps[0].action).toMatch(/^先解决类目问题/)
  })

  it('an individual with free articles gets the category open to a person first, the closed one as a note, and no blocker', () => {
    const p = person(['freeContent'])
    const a = assessmentOf(p)
    const wechat = a.categories.filter((c) => c.platform === 'wechat')
    expect(wechat[0]).toEqual(expect.objectContaining({ path: ['工具', '信息查询'], available: true, note: expect.stringContaining('「资讯」类目不对个人开放') }))
    expect(buildPlan(p, a).blockers).toBeNull()
  })

  it('a company is not blocked by the categories it may choose', () => {
    const p: Profile = { ...person(['aiGenerated']), operator: { type: 'company' } }
    expect(assessmentOf(p).requirements.find((r) => r.id === 'icpFiling')?.blockers).toBeUndefined()
  })
})
