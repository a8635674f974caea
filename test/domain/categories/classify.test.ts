/**
 * The classifier, table-driven: each profile with the categories WeChat's list (2026-02-21
 * copy) says it should choose. Expectations are written from the catalogue: a path is
 * "A-B[-C]", a leading "!" marks a category this operator type may not choose, and "∅x" an
 * entry saying the list has no category for the activity (its note must mention x).
 */
import * as fc from 'fast-check'
import { CATALOGUE_DATES, findEntry, pathExists, pathKey } from '../../../src/domain/categories/catalogue'
import { DOUYIN_RESTRICTED } from '../../../src/domain/categories/douyin'
import { assessmentOf } from '../../../src/domain/result/assess'
import type { Activity, Category, Facts, OperatorType, Platform, Profile, Sector, YesNoUnsure } from '../../../src/domain/contract/types'
import { AI_MODELS, UNSURE } from '../../../src/domain/contract/types'
import { profileArb } from '../arbitraries'

interface Shape {
  op?: OperatorType
  platforms?: Platform[]
  act?: Activity[]
  sec?: Sector[]
  facts?: Facts
  recruitsForOthers?: boolean
}

const profile = (s: Shape): Profile => {
  const p: Profile = {
    schemaVersion: 1,
    platforms: s.platforms ?? ['wechat'],
    operator: { type: s.op ?? 'company' },
    activities: s.act ?? [],
    sectors: s.sec ?? [],
  }
  if (s.facts !== undefined) p.facts = s.facts
  if (s.recruitsForOthers !== undefined) p.recruitsForOthers = s.recruitsForOthers
  return p
}

const label = (c: Category): string => (c.path.length === 0 ? '∅' : `${c.available ? '' : '!'}${c.path.join('-')}`)

/** Match an expectation against the platform's categories. */
function matches(cats: Category[], expected: string[]): void {
  const got = cats.map(label)
  const want = expected.map((e) => (e.startsWith('∅') ? '∅' : e))
  expect([...got].sort()).toEqual([...want].sort())
  for (const e of expected.filter((x) => x.startsWith('∅'))) {
    expect(cats.some((c) => c.path.length === 0 && (c.note ?? '').includes(e.slice(1)))).toBe(true)
  }
}

type Case = [name: string, shape: Shape, wechat: string[], alipay?: string[]]

const CASES: Case[] = [
  ['brand showcase', { act: ['showcase'] }, ['商业服务-企业管理']],
  ['booking form', { act: ['leadForm'] }, ['工具-预约/报名']],
  ['free articles', { act: ['freeContent'] }, ['资讯-信息资讯']],
  ['showcase and form', { act: ['showcase', 'leadForm'] }, ['工具-预约/报名', '商业服务-企业管理']],
  ['no answers at all', {}, ['商业服务-企业管理']],
  ['own food shop', { act: ['ownSales'], sec: ['food'] }, ['商家自营-食品饮料']],
  ['own wine shop', { act: ['ownSales'], sec: ['alcohol'] }, ['商家自营-酒类']],
  ['own bookshop', { act: ['ownSales'], sec: ['books'] }, ['商家自营-图书报刊/音像/影视/游戏/动漫']],
  ['own shop, goods unspecified', { act: ['ownSales'] }, ['商家自营']],
  ['food and wine', { act: ['ownSales'], sec: ['food', 'alcohol'] }, ['商家自营-食品饮料', '商家自营-酒类']],
  ['live commerce only', { act: ['liveCommerce'] }, ['商家自营']],
  ['marketplace', { act: ['marketplace'] }, ['电商平台-电商平台']],
  ['marketplace for OTC drugs', { act: ['marketplace'], sec: ['drugInfo'] }, ['电商平台-电商平台', '医疗服务-非处方药销售平台']],
  ['marketplace for training schools', { act: ['marketplace'], sec: ['education'] }, ['电商平台-电商平台', '教育服务-教育平台']],
  ['own OTC drug shop', { act: ['ownSales'], sec: ['drugInfo'] }, ['医疗服务-药品（非处方药）销售']],
  ['drug information', { sec: ['drugInfo'] }, ['医疗服务-药品信息展示']],
  ['own medical devices shop', { act: ['ownSales'], sec: ['medicalDevices'] }, ['医疗服务-医疗器械自营']],
  ['medical device information', { sec: ['medicalDevices'] }, ['医疗服务-医疗器械信息展示']],
  ['stored-value cards', { act: ['storedValue'] }, ['商家自营-预付卡-发行方']],
  ['points for goods', { act: ['points'] }, ['工具-兑换']],
  ['paid content, no sector', { act: ['paidContent'] }, ['∅付费阅读']],
  ['paid courses', { act: ['paidContent'], sec: ['education'] }, ['教育服务-在线视频课程']],
  ['paid tutoring', { act: ['paidContent'], sec: ['k12Tutoring'] }, ['教育服务-在线视频课程', '教育服务-学历教育（培训机构）-课外辅导']],
  ['live-only courses', { act: ['paidContent'], sec: ['education'], facts: { recordedCourses: false } }, ['教育服务']],
  ['free classifieds', { act: ['classifieds'] }, ['∅信息发布']],
  ['rental listings', { act: ['classifieds'], sec: ['realEstate'] }, ['房地产服务-房屋中介']],
  ['paid job listings for others', { act: ['paidListings'], sec: ['recruitment'], recruitsForOthers: true }, ['生活服务-求职/招聘']],
  ['own hiring page', { sec: ['recruitment'] }, ['商业服务-企业管理']],
  ['user posts', { act: ['ugc'] }, ['社交-社区/论坛']],
  ['posts and chat', { act: ['ugc', 'messaging'] }, ['社交-社区/论坛']],
  ['dating', { act: ['dating'] }, ['社交-陌生人交友']],
  ['live shows', { act: ['liveEntertainment'] }, ['社交-直播']],
  ['red packets', { act: ['redPackets'] }, ['∅红包']],
  ['SMS for others', { act: ['smsForOthers'] }, ['∅短信']],
  ['search', { act: ['search'] }, ['∅搜索']],
  ['SaaS', { act: ['saas'] }, ['商业服务-软件/建站/技术开发']],
  ['IoT control', { act: ['iotControl'] }, ['工具-设备管理']],
  ['AI features', { act: ['aiGenerated'] }, ['深度合成']],
  ['restaurant without online sales', { sec: ['food'] }, ['餐饮服务-餐饮服务场所/餐饮服务管理企业']],
  ['public hospital', { op: 'publicInstitution', sec: ['medicalInstitution'] }, ['医疗服务-公立医疗机构']],
  ['private clinic', { sec: ['medicalInstitution'] }, ['医疗服务-其他私立医疗机构']],
  ['internet hospital', { sec: ['internetHospital'] }, ['医疗服务-互联网医院']],
  ['health tips', { sec: ['healthInfo'] }, ['资讯-信息资讯']],
  ['finance', { sec: ['finance'] }, ['金融业']],
  ['news', { sec: ['news'] }, ['时政信息-时政信息']],
  ['e-books', { sec: ['publishing'] }, ['文娱-出版物']],
  ['mini-game', { sec: ['games'] }, ['∅小游戏']],
  ['video', { sec: ['audiovisual'] }, ['文娱-其他视频']],
  ['music and shows', { sec: ['culture'] }, ['文娱']],
  ['ride-hailing', { sec: ['rideHailing'] }, ['交通服务-网约车']],
  ['religion', { sec: ['religion'] }, ['文娱-宗教信息']],
  ['real estate agency', { sec: ['realEstate'] }, ['房地产服务-房屋中介']],
  ['several activities', { act: ['ownSales', 'ugc', 'aiGenerated', 'redPackets'], sec: ['food'] }, ['商家自营-食品饮料', '社交-社区/论坛', '深度合成', '∅红包']],
  // 个人: only the personal list; the rest is shown as not available, with what to do.
  ['individual shop', { op: 'individual', act: ['ownSales'] }, ['!商家自营']],
  ['individual showcase', { op: 'individual', act: ['showcase'] }, ['商业服务-企业管理']],
  ['individual booking form', { op: 'individual', act: ['leadForm'] }, ['工具-预约/报名']],
  ['individual articles (资讯 closed to 个人: the open category first, issue 22)', { op: 'individual', act: ['freeContent'] }, ['工具-信息查询']],
  ['individual online teaching', { op: 'individual', sec: ['education'] }, ['教育服务-在线教育']],
  ['individual dating', { op: 'individual', act: ['dating'] }, ['!社交-陌生人交友']],
  ['individual marketplace', { op: 'individual', act: ['marketplace'] }, ['!电商平台-电商平台']],
  ['individual AI', { op: 'individual', act: ['aiGenerated'] }, ['!深度合成']],
  ['individual restaurant', { op: 'individual', sec: ['food'] }, ['!餐饮服务-餐饮服务场所/餐饮服务管理企业']],
  ['individual red packets', { op: 'individual', act: ['redPackets'] }, ['∅红包']],
  // 个体工商户 is grouped with 企业.
  ['sole proprietor AI', { op: 'soleProprietor', act: ['aiGenerated'] }, ['深度合成']],
  ['sole proprietor marketplace', { op: 'soleProprietor', act: ['marketplace'] }, ['电商平台-电商平台']],
  ['sole proprietor food shop', { op: 'soleProprietor', act: ['ownSales'], sec: ['food'] }, ['商家自营-食品饮料']],
  // Alipay: only what the sources support, marked unverified.
  ['Alipay showcase', { platforms: ['alipay'], act: ['showcase'] }, [], ['∅支付宝']],
  ['both platforms, own shop', { platforms: ['wechat', 'alipay'], act: ['ownSales'] }, ['商家自营'], ['小程序支付（当面付）']],
  ['Alipay dating', { platforms: ['alipay'], act: ['dating'] }, [], ['小程序限制类目']],
  ['Alipay individual shop', { platforms: ['alipay'], op: 'individual', act: ['ownSales'] }, [], ['!小程序支付（当面付）']],
]

describe.each(CASES)('classify: %s', (_name, shape, wechat, alipay = []) => {
  const a = assessmentOf(profile(shape))
  it('gives the expected WeChat categories', () => matches(a.categories.filter((c) => c.platform === 'wechat'), wechat))
  it('gives the expected Alipay categories', () => matches(a.categories.filter((c) => c.platform === 'alipay'), alipay))
})

describe('classify: qualifications the answers decide', () => {
  const quals = (s: Shape, path: string[]) => assessmentOf(profile(s)).categories.find((c) => pathKey(c.path) === pathKey(path))?.qualifications
  const entry = (path: string[]) => findEntry('wechat', path)?.qualifications

  it('AI with an own model: only the own algorithm filing route', () => {
    const q = quals({ act: ['aiGenerated'], facts: { aiModel: 'own' } }, ['深度合成'])
    expect(q).toEqual([[...(entry(['深度合成', 'AI问答']) ?? [])[0]]])
    expect(q?.[0][0]).toContain('小程序主体的《互联网信息服务算法备案》')
  })
  it('AI through a provider: the provider filing or the 在用证明', () => {
    expect(quals({ act: ['aiGenerated'], facts: { aiModel: 'thirdParty' } }, ['深度合成'])).toHaveLength(2)
  })
  it('AI, model unsure: all three routes', () => {
    expect(quals({ act: ['aiGenerated'], facts: { aiModel: UNSURE } }, ['深度合成'])).toHaveLength(3)
  })
  it('ride-hailing with own drivers: the operator’s own permit only', () => {
    expect(quals({ sec: ['rideHailing'], facts: { ownDrivers: true } }, ['交通服务', '网约车'])).toEqual([['《网络预约出租汽车经营许可证》（自营）']])
    expect(quals({ sec: ['rideHailing'], facts: { ownDrivers: false } }, ['交通服务', '网约车'])?.[0][0]).toContain('合作协议')
  })
  it('stored value usable at other merchants: a payment licence', () => {
    expect(quals({ act: ['storedValue'], facts: { storedValueElsewhere: true } }, ['商家自营', '预付卡', '发行方'])).toEqual([['《支付业务许可证》（含“预付卡业务”）']])
    expect(quals({ act: ['storedValue'] }, ['商家自营', '预付卡', '发行方'])).toEqual(entry(['商家自营', '预付卡', '发行方']))
  })
  it('a category given in full carries the catalogue’s groups unchanged', () => {
    expect(quals({ act: ['marketplace'] }, ['电商平台', '电商平台'])).toEqual(entry(['电商平台', '电商平台']))
  })
})

describe('classify: notes', () => {
  const cat = (s: Shape, path: string[]) => assessmentOf(profile(s)).categories.find((c) => pathKey(c.path) === pathKey(path))
  it('says an individual needs a company where the category asks for a telecom licence', () => {
    expect(cat({ op: 'individual', act: ['dating'] }, ['社交', '陌生人交友'])?.note).toContain('公司')
  })
  it('says 深度合成 is closed to personal and overseas entities', () => {
    expect(cat({ op: 'individual', act: ['aiGenerated'] }, ['深度合成'])?.note).toContain('境外')
  })
  it('says the 7-day 属地网信 review where it applies', () => {
    expect(cat({ sec: ['news'] }, ['时政信息', '时政信息'])?.note).toContain('7 天')
    expect(cat({ act: ['ugc'] }, ['社交', '社区/论坛'])?.note).toContain('7 天')
  })
  it('says a sole proprietor cannot hold the telecom licence a category asks for', () => {
    expect(cat({ op: 'soleProprietor', act: ['marketplace'] }, ['电商平台', '电商平台'])?.note).toContain('个体工商户不能申请')
  })
  it('says a category level above needs refining', () => {
    expect(cat({ act: ['ownSales'] }, ['商家自营'])?.note).toContain('二级类目')
  })
  it('says Alipay entries are unverified', () => {
    for (const c of assessmentOf(profile({ platforms: ['alipay'], act: ['dating', 'ownSales'] })).categories) expect(c.note).toContain('未能核实')
  })
  it('derives one platform gate per category with a path', () => {
    const a = assessmentOf(profile({ act: ['ownSales', 'redPackets'], sec: ['food'] }))
    expect(a.platformGates.map((g) => g.category)).toEqual(a.categories.filter((c) => c.path.length > 0).map((c) => c.path.join('-')))
  })
})

const factsArb: fc.Arbitrary<Facts> = fc.record(
  {
    aiModel: fc.constantFrom<NonNullable<Facts['aiModel']>>(...AI_MODELS, UNSURE),
    storedValueElsewhere: fc.constantFrom<YesNoUnsure>(true, false, UNSURE),
    recordedCourses: fc.constantFrom<YesNoUnsure>(true, false, UNSURE),
    ownDrivers: fc.constantFrom<YesNoUnsure>(true, false, UNSURE),
    saasHostsTransactions: fc.constantFrom<YesNoUnsure>(true, false, UNSURE),
  },
  { requiredKeys: [] },
)
const withFacts = fc.tuple(profileArb, factsArb).map(([p, facts]) => ({ ...p, facts }))

describe('classify: properties', () => {
  it('every path exists in the catalogue, every category carries its catalogue date', () => {
    fc.assert(
      fc.property(withFacts, (p) => {
        for (const c of assessmentOf(p).categories) {
          // Douyin: only its restricted list is read, so a Douyin path is one of those, never invented.
          const known = c.platform === 'douyin' ? Object.values(DOUYIN_RESTRICTED).some((r) => r.path.join('/') === c.path.join('/')) : pathExists(c.platform, c.path)
          if (c.path.length > 0) expect([c.platform, c.path, known]).toEqual([c.platform, c.path, true])
          expect(c.catalogue).toBe(CATALOGUE_DATES[c.platform])
          expect(p.platforms).toContain(c.platform)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('every unavailable category and every entry without a path has a note', () => {
    fc.assert(
      fc.property(withFacts, (p) => {
        for (const c of assessmentOf(p).categories) {
          if (!c.available || c.path.length === 0) expect((c.note ?? '').length).toBeGreaterThan(0)
          if (c.path.length === 0) expect(c.available).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('WeChat always yields categories; no path appears twice per platform', () => {
    fc.assert(
      fc.property(withFacts, (p) => {
        const cats = assessmentOf(p).categories
        if (p.platforms.includes('wechat')) expect(cats.some((c) => c.platform === 'wechat')).toBe(true)
        const keys = cats.filter((c) => c.path.length > 0).map((c) => `${c.platform}:${pathKey(c.path)}`)
        expect(new Set(keys).size).toBe(keys.length)
      }),
      { numRuns: 300 },
    )
  })

  it('an individual can choose only categories of the personal list, never 深度合成', () => {
    fc.assert(
      fc.property(withFacts, (p0) => {
        const p: Profile = { ...p0, operator: { type: 'individual' } }
        for (const c of assessmentOf(p).categories.filter((x) => x.platform === 'wechat' && x.available)) {
          expect(c.path[0]).not.toBe('深度合成')
          const e = findEntry('wechat', c.path)
          if (e !== undefined) expect([c.path, e.personal]).toEqual([c.path, true])
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a company or sole proprietor is never offered a personal-only category', () => {
    fc.assert(
      fc.property(withFacts, fc.constantFrom<OperatorType>('company', 'soleProprietor', 'publicInstitution'), (p0, type) => {
        const p: Profile = { ...p0, operator: { ...p0.operator, type } }
        for (const c of assessmentOf(p).categories.filter((x) => x.platform === 'wechat' && x.available)) {
          const e = findEntry('wechat', c.path)
          if (e !== undefined) expect([c.path, e.nonPersonal]).toEqual([c.path, true])
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('classify: the catalogue corrects v1 gates', () => {
  const cats = (s: Shape) => assessmentOf(profile(s)).categories
  const docs = (c: Category | undefined) => JSON.stringify(c?.qualifications ?? [])
  it('alcohol: 商家自营-酒类 asks for food licences, not a 酒类经营许可证', () => {
    const c = cats({ act: ['ownSales'], sec: ['alcohol'] }).find((x) => x.path[1] === '酒类')
    expect(docs(c)).toContain('《食品经营许可证》')
    expect(docs(c)).not.toContain('酒类经营许可')
  })
  it('live streaming: 社交-直播 no longer takes the 网络文化经营许可证', () => {
    const c = cats({ act: ['liveEntertainment'] }).find((x) => x.path[1] === '直播')
    expect(c?.qualifications).toHaveLength(3)
    expect(docs(c)).not.toContain('网络文化经营许可证')
  })
  it('course video: 教育服务-在线视频课程 has its five routes', () => {
    expect(cats({ act: ['paidContent'], sec: ['education'] }).find((x) => x.path[1] === '在线视频课程')?.qualifications).toHaveLength(5)
  })
  it('recruitment sits under 生活服务, ride-hailing under 交通服务', () => {
    expect(cats({ sec: ['recruitment'], recruitsForOthers: true }).map((c) => c.path[0])).toContain('生活服务')
    expect(cats({ sec: ['rideHailing'] }).map((c) => c.path[0])).toContain('交通服务')
  })
  it('no invented category for red packets, paid reading or classifieds', () => {
    for (const a of ['redPackets', 'paidContent', 'classifieds'] as const) {
      for (const c of cats({ act: [a] })) expect(c.path).toEqual([])
    }
  })
})
