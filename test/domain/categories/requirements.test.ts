/**
 * The categories agree with the licence verdicts: every licence a recommended category implies
 * (whatever qualification route is taken) appears in the assessment's requirements as required
 * or likely, with basis 'platform' (the category is a platform rule).
 *
 * KNOWN_GAPS lists, precisely, where the rulebook does not yet say so, with the rule to add; the
 * test fails on a new gap and on a gap that was closed (so the list stays true).
 */
import * as fc from 'fast-check'
import { CATALOGUE, findEntry } from '../../../src/domain/categories/catalogue'
import { categoryRequirements, impliedRequirements } from '../../../src/domain/categories/requirements'
import { assessmentOf } from '../../../src/domain/result/assess'
import type { Activity, OperatorType, Profile, Sector } from '../../../src/domain/contract/types'
import { ACTIVITIES, SECTORS } from '../../../src/domain/contract/types'
import { profileArb } from '../arbitraries'

/**
 * "<path>: <requirement alternatives>" → the rule that should say it (not in the rulebook yet).
 * Empty since rulebook 2026.11.1: permit.drugInfo.wechatDevices, permit.medicalDevices.wechat and
 * permit.religion.wechat (rules/wechat.ts) closed the last gaps.
 */
const KNOWN_GAPS: Record<string, string> = {}

function gaps(p: Profile): string[] {
  const a = assessmentOf(p)
  const out: string[] = []
  for (const c of a.categories) {
    if (!c.available || c.path.length === 0) continue
    for (const alts of impliedRequirements(c)) {
      const ok = a.requirements.some((r) => alts.includes(r.id) && (r.status === 'required' || r.status === 'likely') && r.basis.includes('platform'))
      if (!ok) out.push(`${c.path.join('-')}: ${alts.join('|')}`)
    }
  }
  return out
}

const make = (type: OperatorType, activities: Activity[], sectors: Sector[]): Profile => ({
  schemaVersion: 1,
  platforms: ['wechat'],
  operator: { type },
  activities,
  sectors,
  recruitsForOthers: true,
})

/** Each activity alone; each sector alone and with selling, a marketplace or paid content. */
const PROBES: Profile[] = (['company', 'soleProprietor', 'publicInstitution'] as const).flatMap((t) => [
  ...ACTIVITIES.map((x) => make(t, [x], [])),
  ...SECTORS.flatMap((s) => ([[], ['ownSales'], ['marketplace'], ['paidContent'], ['liveCommerce']] as Activity[][]).map((x) => make(t, x, [s]))),
])

describe('categories agree with the licence verdicts', () => {
  const found = new Set(PROBES.flatMap(gaps))

  it('every category-implied licence is required or likely with basis platform, except the known gaps', () => {
    expect([...found].filter((g) => KNOWN_GAPS[g] === undefined)).toEqual([])
  })

  it('every known gap is still a gap (remove it from KNOWN_GAPS once the rule exists)', () => {
    expect(Object.keys(KNOWN_GAPS).filter((g) => !found.has(g))).toEqual([])
  })

  it('holds for random profiles too', () => {
    const unknown = fc.sample(profileArb, { numRuns: 200, seed: 19 }).flatMap((p) => gaps(p).filter((g) => KNOWN_GAPS[g] === undefined))
    expect([...new Set(unknown)]).toEqual([])
  })
})

describe('categoryRequirements', () => {
  const map = categoryRequirements(CATALOGUE)

  it.each([
    ['电商平台>电商平台', [['ediLicense']]],
    ['社交>陌生人交友', [['icpLicense']]],
    ['社交>婚恋', [['icpLicense']]],
    ['旅游服务>OTA', [['ediLicense', 'icpLicense']]],
    ['汽车服务>二手车', [['ediLicense', 'icpLicense']]],
    ['生活服务>求职/招聘', [['hrServiceLicense']]],
    ['文娱>资讯广场', [['internetNewsLicense']]],
  ])('%s implies %j', (k, ids) => {
    expect(map.get(`wechat:${k}`)).toEqual(ids)
  })

  it.each(['深度合成>AI问答', '社交>社区/论坛', '商家自营>食品饮料', '教育服务>在线视频课程', '交通服务>网约车>快车', '时政信息>时政信息'])(
    '%s implies nothing whatever the route (one route needs none of our requirements)',
    (k) => {
      expect(map.has(`wechat:${k}`)).toBe(false)
      expect(impliedRequirements(findEntry('wechat', k.split('>'))!)).toEqual([])
    },
  )
})
