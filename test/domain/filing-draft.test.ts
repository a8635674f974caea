/**
 * The 备案 form, filled in (issue 24): the snapshot of WeChat's code lists, a table of profiles with
 * the codes the draft must give (written from the lists in addendum 2026-12 §9.2/§9.3, not from the
 * code's output), and properties over random profiles.
 */
import * as fc from 'fast-check'
import { ACTIVITIES, SECTORS, type Profile } from '../../src/domain/contract/types'
import { PRE_APPROVALS } from '../../src/domain/law'
import { toCite } from '../../src/domain/law/book'
import { sourceById } from '../../src/domain/law/sources'
import {
  ALIPAY_FORM_NOTE,
  FALLBACK_SERVICE,
  MATERIALS_CITES,
  NAME_HINT_CITES,
  PRE_APPROVAL_BY_REQUIREMENT,
  PRE_APPROVAL_BY_SECTOR,
  PRE_APPROVAL_CITES,
  SERVICE_ROWS,
  SERVICE_TYPES,
  SUBJECT_BY_OPERATOR,
  SUBJECT_CITES,
  WECHAT_FORM_CITES,
  WECHAT_FORM_SNAPSHOT,
  WECHAT_PRE_APPROVAL_TYPES,
  WECHAT_SERVICE_CONTENT,
  WECHAT_SUBJECT_TYPES,
  serviceType,
} from '../../src/domain/law/filing/form'
import { assessmentOf } from '../../src/domain/result/assess'
import { filingDraftLines, filingDraftNotes, filingDraftsOf, fitRemark, nameCheck, remarkLength, type FilingDraftDetail } from '../../src/domain/result/filing-draft'
import { profileV11Arb } from './arbitraries'
import { makeProfile, type ProfileShape } from './profile-factory'
import { named, violations } from './violations'

const draftOf = (p: Profile, name?: string): FilingDraftDetail => {
  const d = filingDraftsOf(p, assessmentOf(p), name === undefined ? {} : { name })
  expect(d).toHaveLength(1)
  return d[0]
}
const codes = (d: FilingDraftDetail) => ({ service: d.serviceContent.map((s) => s.code), pre: d.preApprovals.map((x) => x.code) })

// ── the snapshot ─────────────────────────────────────────────────────────────────────────────────
describe('the snapshot of WeChat’s lists (2026-08-07)', () => {
  it('has the 16 first-level types 500…515 and the 176 second-level types 1…176, each once', () => {
    expect(WECHAT_FORM_SNAPSHOT).toBe('2026-08-07')
    expect(WECHAT_SERVICE_CONTENT.map((g) => g.code)).toEqual(Array.from({ length: 16 }, (_, i) => 500 + i))
    expect(WECHAT_SERVICE_CONTENT.map((g) => g.name)).toEqual([
      '生活服务', '餐饮', '休闲娱乐', '旅游服务', '交通运输', '汽车服务', '教育', '仓储和邮政业',
      '医疗服务', '政务服务', '金融业', '信息传输、软件和信息技术服务业', '批发和零售业', '安全', '工业互联网软件', '其他',
    ])
    expect(SERVICE_TYPES.map((t) => t.code)).toEqual(Array.from({ length: 176 }, (_, i) => i + 1))
    // How many second-level types each first level holds (§9.3).
    expect(WECHAT_SERVICE_CONTENT.map((g) => g.types.length)).toEqual([32, 3, 13, 8, 11, 10, 4, 5, 6, 46, 19, 5, 3, 6, 3, 2])
    expect(new Set(SERVICE_TYPES.map((t) => t.key)).size).toBe(176)
  })

  it('keeps the names and remarks as listed (spot checks from §9.3)', () => {
    expect(serviceType('生活服务-生活缴费')).toMatchObject({ code: 1, parent: '生活服务', parentCode: 500, remark: '水电煤气话费等' })
    expect(serviceType('交通运输-打车/出租车').code).toBe(60)
    expect(serviceType('旅游服务-OTA（在线旅行社）')).toMatchObject({ code: 53, remark: '在线旅行社，例如飞猪，携程等' })
    expect(serviceType('政务服务-公益').code).toBe(138)
    expect(serviceType('金融业-区域性股权交易市场').code).toBe(157)
    expect(serviceType('其他-咨询广场').code).toBe(176)
    expect(serviceType('安全-加密软件').remark).toBeUndefined() // not copied in the addendum
    expect(SERVICE_TYPES.filter((t) => t.name === '其他').map((t) => t.code)).toEqual([32, 35, 56, 67, 81, 86, 171, 174])
  })

  it('lists the 前置审批 types 1–6, 9, 10, 12–15 and 24, with 网络预约车 at 12 (documented as 11)', () => {
    expect(WECHAT_PRE_APPROVAL_TYPES.map((t) => `${t.code} ${t.name}`)).toEqual([
      '1 新闻', '2 出版', '3 教育', '4 医疗保健', '5 药品和医疗器械', '6 电子公告服务', '9 文化',
      '10 广播电影电视节目', '12 网络预约车', '13 互联网金融', '14 校外培训', '15 宗教', '24 以上都不涉及',
    ])
    expect(WECHAT_PRE_APPROVAL_TYPES.find((t) => t.name === '网络预约车')).toMatchObject({ code: 12, documentedCode: 11 })
  })

  it('lists the 18 主体 types with their certificates, each certificate code once', () => {
    expect(WECHAT_SUBJECT_TYPES).toHaveLength(18)
    expect(WECHAT_SUBJECT_TYPES.find((s) => s.name === '企业')?.certificates.map((c) => c.code)).toEqual([1, 12, 27])
    expect(WECHAT_SUBJECT_TYPES.find((s) => s.name === '个人')?.certificates.map((c) => c.code)).toEqual([2, 7, 11, 14, 30, 41, 42])
    const certs = WECHAT_SUBJECT_TYPES.flatMap((s) => s.certificates.map((c) => c.code))
    expect(new Set(certs).size).toBe(certs.length)
  })

  it('maps every pre-approval sector of the engine, and every operator type, to names the form has', () => {
    expect(Object.keys(PRE_APPROVAL_BY_SECTOR).sort()).toEqual(Object.keys(PRE_APPROVALS.value).sort())
    const names = new Set<string>(WECHAT_PRE_APPROVAL_TYPES.map((t) => t.name))
    const mapped = [...Object.values(PRE_APPROVAL_BY_SECTOR), ...Object.values(PRE_APPROVAL_BY_REQUIREMENT)].map((m) => m?.name ?? '')
    expect(mapped.filter((n) => !names.has(n))).toEqual([])
    expect(Object.keys(SUBJECT_BY_OPERATOR).sort()).toEqual(['company', 'individual', 'publicInstitution', 'soleProprietor'])
  })

  it('cites sources that exist', () => {
    const cites = [...WECHAT_FORM_CITES, ...PRE_APPROVAL_CITES, ...SUBJECT_CITES, ...MATERIALS_CITES, ...NAME_HINT_CITES, ...ALIPAY_FORM_NOTE.cites, ...SERVICE_ROWS.flatMap((r) => r.cites), ...FALLBACK_SERVICE.cites]
    expect(cites.map((c) => toCite(c).source).filter((s) => sourceById(s) === undefined)).toEqual([])
  })
})

// ── the table: profiles and the codes they must get, read off the lists ───────────────────────────
interface Case {
  name: string
  shape: ProfileShape
  subject: string
  service: number[]
  pre: number[]
}

const co = (activities: ProfileShape['activities'], sectors: ProfileShape['sectors'] = [], rest: Partial<ProfileShape> = {}): ProfileShape => ({ activities, sectors, ...rest })

const CASES: Case[] = [
  { name: 'bakery selling its own cakes', shape: co(['ownSales', 'coupons'], ['food']), subject: '企业', service: [33, 163], pre: [24] },
  { name: 'brand shop (own goods)', shape: co(['ownSales', 'membershipDiscount']), subject: '企业', service: [163], pre: [24] },
  { name: 'company showcase', shape: co(['showcase']), subject: '企业', service: [3], pre: [24] },
  { name: 'booking form', shape: co(['leadForm']), subject: '企业', service: [3], pre: [24] },
  { name: 'personal free articles', shape: co(['freeContent'], [], { operator: { type: 'individual' } }), subject: '个人', service: [3], pre: [24] },
  { name: 'marketplace', shape: co(['marketplace'], [], { facts: { commission: true } }), subject: '企业', service: [163], pre: [24] },
  { name: 'marketplace with own goods', shape: co(['marketplace', 'ownSales']), subject: '企业', service: [163], pre: [24] },
  { name: 'ride-hailing', shape: co(['leadForm'], ['rideHailing']), subject: '企业', service: [60], pre: [12] },
  { name: 'religious information', shape: co(['freeContent'], ['religion']), subject: '企业', service: [175], pre: [15] },
  { name: 'clinic booking', shape: co(['leadForm'], ['medicalInstitution']), subject: '企业', service: [87], pre: [4] },
  { name: 'internet hospital', shape: co([], ['internetHospital']), subject: '企业', service: [87], pre: [4] },
  { name: 'pharmacy shop', shape: co(['ownSales'], ['drugInfo']), subject: '企业', service: [89, 163], pre: [5] },
  { name: 'device shop', shape: co(['ownSales'], ['medicalDevices']), subject: '企业', service: [88, 163], pre: [5] },
  { name: 'health articles', shape: co(['freeContent'], ['healthInfo']), subject: '企业', service: [90], pre: [4] },
  { name: 'finance', shape: co([], ['finance']), subject: '企业', service: [139], pre: [13] },
  { name: 'mini-game with purchases', shape: co([], ['games'], { facts: { inAppPurchases: true } }), subject: '企业', service: [37], pre: [2] },
  { name: 'online novels, paid', shape: co(['paidContent'], ['publishing']), subject: '企业', service: [42], pre: [2] },
  { name: 'paid video', shape: co(['paidContent'], ['audiovisual']), subject: '企业', service: [43], pre: [10] },
  { name: 'music and shows', shape: co([], ['culture']), subject: '企业', service: [44], pre: [9] },
  { name: 'news', shape: co(['freeContent'], ['news']), subject: '企业', service: [93], pre: [1] },
  { name: 'training sign-up', shape: co(['leadForm'], ['education']), subject: '企业', service: [79], pre: [3] },
  { name: 'tutoring, not K-9 academic', shape: co([], ['k12Tutoring'], { facts: { k9Academic: false } }), subject: '企业', service: [79], pre: [14] },
  { name: 'education with K-9 academic classes', shape: co([], ['education'], { facts: { k9Academic: true } }), subject: '企业', service: [79], pre: [3, 14] },
  { name: 'job board', shape: co(['classifieds'], ['recruitment'], { recruitsForOthers: true }), subject: '企业', service: [2, 41], pre: [24] },
  { name: 'rental listings', shape: co(['classifieds'], ['realEstate']), subject: '企业', service: [6, 41], pre: [24] },
  { name: 'community', shape: co(['ugc']), subject: '企业', service: [41], pre: [24] },
  { name: 'personal chat and dating', shape: co(['dating', 'messaging'], [], { operator: { type: 'individual' } }), subject: '个人', service: [41], pre: [24] },
  { name: 'entertainment live streaming', shape: co(['liveEntertainment']), subject: '企业', service: [41], pre: [9] },
  { name: 'charging piles', shape: co(['iotControl']), subject: '企业', service: [8], pre: [24] },
  { name: 'SMS for others', shape: co(['smsForOthers']), subject: '企业', service: [159], pre: [24] },
  { name: 'SaaS', shape: co(['saas']), subject: '企业', service: [161], pre: [24] },
  { name: 'AI writing tool', shape: co(['aiGenerated'], [], { facts: { aiModel: 'thirdParty' } }), subject: '企业', service: [3], pre: [24] },
  { name: 'paid articles, no content sector', shape: co(['paidContent']), subject: '企业', service: [42], pre: [24] },
  { name: 'live commerce of own goods', shape: co(['liveCommerce']), subject: '企业', service: [163], pre: [24] },
  { name: 'stored value and coupons only', shape: co(['storedValue', 'coupons']), subject: '企业', service: [3], pre: [24] },
  { name: '个体户 wine shop', shape: co(['ownSales'], ['alcohol'], { operator: { type: 'soleProprietor' } }), subject: '企业', service: [163], pre: [24] },
  { name: 'bookshop', shape: co(['ownSales'], ['books']), subject: '企业', service: [163], pre: [24] },
  { name: 'recipe community (food, no sales)', shape: co(['ugc'], ['food']), subject: '企业', service: [41], pre: [24] },
  { name: 'search', shape: co(['search']), subject: '企业', service: [3], pre: [24] },
  { name: 'ads only', shape: co(['ads']), subject: '企业', service: [3], pre: [24] },
  {
    name: 'six content sectors: five types, the rest offered',
    shape: co([], ['rideHailing', 'religion', 'finance', 'games', 'publishing', 'audiovisual']),
    subject: '企业',
    service: [60, 175, 139, 37, 42],
    pre: [2, 10, 12, 13, 15],
  },
  {
    name: 'public institution running a school app',
    shape: co(['leadForm'], ['education'], { operator: { type: 'publicInstitution' } }),
    subject: '事业单位 / 政府机关 / 社会团体 / 民办非企业单位 / 基金会 / 群众性团体组织',
    service: [79],
    pre: [3],
  },
]

describe('the draft for each profile of the table', () => {
  it('has at least 30 profiles', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = draftOf(makeProfile(c.shape))
    expect({ subject: d.subjectType, ...codes(d) }).toEqual({ subject: c.subject, service: c.service, pre: c.pre })
  })
})

describe('the draft in detail', () => {
  it('offers the rest of a family as alternatives, never a chosen code', () => {
    const d = draftOf(makeProfile(co(['ownSales'], ['food'])))
    expect(d.serviceContent[0].alternatives.map((a) => a.code)).toEqual([34, 35])
    expect(d.serviceContent[1].alternatives.map((a) => a.code)).toEqual([164])
    const finance = draftOf(makeProfile(co([], ['finance']))).serviceContent[0]
    expect(finance.alternatives.map((a) => a.code)).toEqual(Array.from({ length: 18 }, (_, i) => 140 + i))
    expect(finance.note).toContain('按你持牌的业务选')
  })

  it('keeps what does not fit into five as moreServices, with a note', () => {
    const d = draftOf(makeProfile(co([], ['rideHailing', 'religion', 'finance', 'games', 'publishing', 'audiovisual'])))
    expect(d.moreServices.map((s) => s.code)).toEqual([43])
    expect(d.notes.some((n) => n.includes('最多选 5 项') && n.includes('（43）'))).toBe(true)
  })

  it('marks [I] practice beside the code: 出版 for a game, 电子公告服务 for a community (never ticked)', () => {
    const game = draftOf(makeProfile(co([], ['games'])))
    expect(game.preApprovals).toEqual([{ code: 2, name: '出版', note: expect.stringContaining('推断') }])
    const community = draftOf(makeProfile(co(['ugc'])))
    expect(community.preApprovals).toEqual([{ code: 24, name: '以上都不涉及' }])
    expect(community.serviceContent[0].note).toContain('电子公告服务')
    expect(community.notes.some((n) => n.includes('电子公告服务') && n.includes('不要勾选'))).toBe(true)
    // With a real 出版 licence beside the game, the inference note goes.
    expect(draftOf(makeProfile(co([], ['games', 'publishing']))).preApprovals).toEqual([{ code: 2, name: '出版' }])
  })

  it('says the 网络预约车 code discrepancy beside the code', () => {
    const pre = draftOf(makeProfile(co([], ['rideHailing']))).preApprovals
    expect(pre).toEqual([{ code: 12, name: '网络预约车', documentedCode: 11, note: expect.stringContaining('11') }])
  })

  it('writes the 备注 from the answers: what, to whom, 经营性 or not, 不涉及前置审批', () => {
    const shop = draftOf(makeProfile(co(['ownSales'], ['food'])))
    expect(shop.remark).toBe('本小程序提供自有商品或服务的在线销售，涉及食品领域，面向消费者。属非经营性互联网信息服务。不涉及前置审批项目。')
    const dating = draftOf(makeProfile(co(['dating'])))
    expect(dating.remark).toContain('属经营性互联网信息服务')
    const clinic = draftOf(makeProfile(co(['leadForm'], ['medicalInstitution'])))
    expect(clinic.remark).toContain('涉及前置审批：医疗保健')
    expect(clinic.remark).not.toContain('不涉及前置审批')
  })

  it('leaves 经营性 unsaid while the ICP licence is undecided, and says so', () => {
    // Free classifieds: whether the ICP licence is needed waits on platformFees (icpLicense 'depends').
    const p = makeProfile(co(['classifieds']))
    expect(assessmentOf(p).requirements.find((r) => r.id === 'icpLicense')?.status).toBe('depends')
    const d = draftOf(p)
    expect(d.remark).not.toMatch(/经营性/)
    expect(d.notes.some((n) => n.includes('经营性'))).toBe(true)
  })

  it('keeps the 备注 within 20–200 characters at both extremes', () => {
    const empty = draftOf(makeProfile(co([], [], { operator: { type: 'individual' } })))
    expect(remarkLength(empty.remark)).toBeGreaterThanOrEqual(20)
    const d = draftOf(makeProfile({ activities: [...ACTIVITIES], sectors: [...SECTORS] }))
    expect(remarkLength(d.remark)).toBeLessThanOrEqual(200)
    expect(d.remark).toMatch(/等/)
    expect(d.remark).toMatch(/。$/)
  })

  it('fits any text to the form by whole sentences, and pads a short one', () => {
    const long = '第一句很长。'.repeat(50)
    expect(remarkLength(fitRemark(long))).toBeLessThanOrEqual(200)
    expect(fitRemark(long)).toMatch(/。$/)
    expect(remarkLength(fitRemark('x'.repeat(500)))).toBe(200)
    expect(remarkLength(fitRemark('本小程序提供查询。'))).toBeGreaterThanOrEqual(20)
  })

  it('gives the 情况说明 hint for sector words in the name that no ticked type covers (E42)', () => {
    const p = makeProfile(co(['ownSales'], ['drugInfo']))
    const d = draftOf(p, '健康大药房')
    expect(d.notes.some((n) => n.includes('「健康」') && n.includes('医疗保健') && n.includes('其他附件'))).toBe(true)
    expect(d.notes.some((n) => n.includes('「药」'))).toBe(false) // 药品和医疗器械 is ticked
    expect(d.materials.some((m) => m.includes('不涉及前置审批的承诺书'))).toBe(true)
    expect(d.sources).toContain('filing-remarks-practice')
    const plain = draftOf(p, '小王烘焙')
    expect(plain.materials.some((m) => m.includes('不涉及前置审批的承诺书'))).toBe(false)
    expect(draftOf(makeProfile(co(['showcase'])), '金融知识小站').notes.some((n) => n.includes('互联网金融'))).toBe(true)
  })

  it('lists the materials of the 主体 type', () => {
    const company = draftOf(makeProfile(co(['showcase'])))
    expect(company.materials.join('\n')).toMatch(/营业执照（个人或企业）[\s\S]*主体负责人[\s\S]*小程序负责人[\s\S]*人脸核验[\s\S]*授权书[\s\S]*承诺书/)
    const person = draftOf(makeProfile(co(['showcase'], [], { operator: { type: 'individual' } })))
    expect(person.materials.join('\n')).toMatch(/居民身份证[\s\S]*人脸核验[\s\S]*承诺书/)
    expect(person.materials.some((m) => m.startsWith('授权书'))).toBe(false)
    const sole = draftOf(makeProfile(co(['ownSales'], [], { operator: { type: 'soleProprietor' } })))
    expect(sole.subjectType).toBe('企业')
    expect(sole.notes.some((n) => n.includes('个体工商户以「企业」性质'))).toBe(true)
    const unit = draftOf(makeProfile(co(['showcase'], [], { operator: { type: 'publicInstitution' } })))
    expect(unit.subjectOptions.map((s) => s.name)).toEqual(['事业单位', '政府机关', '社会团体', '民办非企业单位', '基金会', '群众性团体组织'])
    expect(unit.materials[0]).toContain('事业单位法人证书')
    const clinic = draftOf(makeProfile(co(['leadForm'], ['medicalInstitution'])))
    expect(clinic.materials.some((m) => m.startsWith('前置审批文件（医疗保健）'))).toBe(true)
  })

  it('gives an operator type the form does not list a plain note, not a guess', () => {
    const p = { ...makeProfile(co(['showcase'])), operator: { type: 'overseasBranch' } } as unknown as Profile
    const [d] = filingDraftsOf(p, assessmentOf(makeProfile(co(['showcase']))))
    expect(d.subjectType).toBe('')
    expect(d.subjectOptions).toEqual([])
    expect(d.notes[0]).toContain('不替你猜')
    expect(d.materials.some((m) => m.startsWith('主办单位证件'))).toBe(false)
  })

  it('drafts WeChat only: Alipay gets the note that its code lists are not public here', () => {
    const both = makeProfile(co(['ownSales'], [], { platforms: ['wechat', 'alipay'] }))
    expect(filingDraftsOf(both, assessmentOf(both)).map((d) => d.platform)).toEqual(['wechat'])
    expect(filingDraftNotes(both)).toEqual([{ platform: 'alipay', text: ALIPAY_FORM_NOTE.text, sources: ['alipay-filing-open-2023', 'alipay-filing-api'] }])
    const alipay = makeProfile(co(['ownSales'], [], { platforms: ['alipay'] }))
    expect(filingDraftsOf(alipay, assessmentOf(alipay))).toEqual([])
    expect(filingDraftNotes(makeProfile(co(['ownSales'])))).toEqual([])
  })

  it('reads as plain lines for the CLI text, with codes and the snapshot', () => {
    const lines = filingDraftLines(draftOf(makeProfile(co(['leadForm'], ['rideHailing']))))
    expect(lines[0]).toBe('微信小程序备案（编码快照 2026-08-07）')
    expect(lines).toContain('主体性质：企业')
    expect(lines.some((l) => l.startsWith('服务内容：交通运输-打车/出租车（60）'))).toBe(true)
    expect(lines.some((l) => l.startsWith('前置审批：网络预约车（12）'))).toBe(true)
    expect(lines.some((l) => l.startsWith('备注：本小程序'))).toBe(true)
  })
})

// ── properties ───────────────────────────────────────────────────────────────────────────────────
const RUNS = 1000
const SECOND = new Map(SERVICE_TYPES.map((t) => [t.code, t]))
const FIRST = new Set<number>(WECHAT_SERVICE_CONTENT.map((g) => g.code))
const PRE = new Map<number, string>(WECHAT_PRE_APPROVAL_TYPES.map((t) => [t.code, t.name]))
const nameArb = fc.option(fc.constantFrom('小王烘焙', '健康医生', '金融课堂', '教育在线', '网约车出行', '宗教文化', '影视剪辑', '药到家'), { nil: undefined })

describe('every draft', () => {
  const arb = fc.tuple(profileV11Arb, nameArb)

  it('holds 1–5 second-level service types of the snapshot, each once, named as listed; alternatives too', () => {
    const broken = violations(arb, RUNS, function* ([p, name]) {
      for (const d of filingDraftsOf(p, assessmentOf(p), name === undefined ? {} : { name })) {
        const n = d.serviceContent.length
        if (n < 1 || n > 5) yield `${n} service types (${named(p)})`
        const all = d.serviceContent.map((s) => s.code)
        if (new Set(all).size !== all.length) yield `a service type twice (${named(p)})`
        for (const s of [...d.serviceContent, ...d.serviceContent.flatMap((c) => c.alternatives), ...d.moreServices]) {
          const t = SECOND.get(s.code)
          if (FIRST.has(s.code) || t === undefined) yield `${s.code} not a second-level type (${named(p)})`
          else if (t.name !== s.name || t.parent !== s.parent) yield `${s.code} named ${s.parent}-${s.name} (${named(p)})`
        }
        for (const c of d.serviceContent) for (const a of c.alternatives) if (all.includes(a.code)) yield `alternative ${a.code} already chosen (${named(p)})`
      }
    })
    expect(broken).toEqual([])
  })

  it('ticks 前置审批 types of the list, each once, in code order; 24 only ever alone, and the 备注 says so', () => {
    const broken = violations(arb, RUNS, function* ([p, name]) {
      for (const d of filingDraftsOf(p, assessmentOf(p), name === undefined ? {} : { name })) {
        const cs = d.preApprovals.map((x) => x.code)
        if (cs.length === 0) yield `no 前置审批 entry (${named(p)})`
        for (const x of d.preApprovals) if (PRE.get(x.code) !== x.name) yield `${x.code} ${x.name} not in the list (${named(p)})`
        if (new Set(cs).size !== cs.length) yield `a type twice (${named(p)})`
        if ([...cs].sort((a, b) => a - b).join() !== cs.join()) yield `not in code order (${named(p)})`
        if (cs.includes(24) && cs.length > 1) yield `24 with another code: ${cs.join(',')} (${named(p)})`
        if (cs.includes(6)) yield `电子公告服务 ticked (${named(p)})`
        if (cs.includes(24) !== d.remark.includes('不涉及前置审批')) yield `remark and 前置审批 disagree (${named(p)})`
      }
    })
    expect(broken).toEqual([])
  })

  it('has a 备注 of 20–200 characters ending a sentence, a 主体性质, materials and the snapshot date', () => {
    const broken = violations(arb, RUNS, function* ([p, name]) {
      for (const d of filingDraftsOf(p, assessmentOf(p), name === undefined ? {} : { name })) {
        const n = remarkLength(d.remark)
        if (n < 20 || n > 200) yield `remark of ${n} characters (${named(p)})`
        if (!d.remark.endsWith('。')) yield `remark cut mid-sentence (${named(p)})`
        if (d.subjectType === '') yield `no 主体性质 (${named(p)})`
        if (!d.materials.some((m) => m.includes('人脸核验')) || !d.materials.some((m) => m.includes('承诺书'))) yield `materials incomplete (${named(p)})`
        if (d.snapshot !== WECHAT_FORM_SNAPSHOT) yield `snapshot ${d.snapshot}`
        for (const s of d.sources) if (sourceById(s) === undefined) yield `unknown source ${s}`
      }
    })
    expect(broken).toEqual([])
  })

  it('is one draft exactly when WeChat is chosen, a note for each other platform', () => {
    const broken = violations(profileV11Arb, RUNS, function* (p) {
      const drafts = filingDraftsOf(p, assessmentOf(p))
      if (drafts.length !== (p.platforms.includes('wechat') ? 1 : 0)) yield `${drafts.length} drafts for ${p.platforms.join(',')}`
      if (filingDraftNotes(p).length !== p.platforms.filter((x) => x !== 'wechat').length) yield `notes for ${p.platforms.join(',')}`
    })
    expect(broken).toEqual([])
  })

  it('is deterministic and leaves the profile and the assessment as they were', () => {
    const broken = violations(arb, RUNS / 2, function* ([p, name]) {
      const a = assessmentOf(p)
      const before = JSON.stringify([p, a])
      const opts = name === undefined ? {} : { name }
      const one = JSON.stringify(filingDraftsOf(p, a, opts))
      const copy = JSON.parse(before) as [Profile, typeof a]
      if (JSON.stringify(filingDraftsOf(copy[0], copy[1], opts)) !== one) yield `not deterministic (${named(p)})`
      if (JSON.stringify([p, a]) !== before) yield `input mutated (${named(p)})`
    })
    expect(broken).toEqual([])
  })
})

describe('the name check (the result page’s 小程序名称 box)', () => {
  it('says what a draft made with that name says: its note and its extra material, or nothing', () => {
    const names = fc.constantFrom('', '好面包', '健康小站', '仁心医馆', '学堂', '新闻速递', '药品查询', '  ')
    const bad: string[] = []
    fc.assert(
      fc.property(profileV11Arb, names, (p, name) => {
        const a = assessmentOf(p)
        for (const plain of filingDraftsOf(p, a)) {
          const [withName] = filingDraftsOf(p, a, { name }).filter((d) => d.platform === plain.platform)
          const check = nameCheck(name, plain)
          const extraNotes = withName.notes.filter((n) => !plain.notes.includes(n))
          const extraMaterials = withName.materials.filter((m) => !plain.materials.includes(m))
          const want = extraNotes.length === 0 ? null : { note: extraNotes[0], material: extraMaterials[0] }
          const got = check === null ? null : { note: check.note, material: check.material }
          if (JSON.stringify(want) !== JSON.stringify(got)) bad.push(`${name}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`)
        }
      }),
      { numRuns: 150 },
    )
    expect(bad.slice(0, 3)).toEqual([])
  })
})
