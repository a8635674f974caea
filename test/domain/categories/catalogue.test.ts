/** The catalogue's integrity: what a refresh of WeChat's list must keep true (docs/categories.md). */
import { CATALOGUE, WECHAT_CATALOGUE_DATE, findEntry, pathExists, pathKey } from '../../../src/domain/categories/catalogue'
import { documentRequirements, DOCUMENT_REQUIREMENTS } from '../../../src/domain/categories/requirements'
import { WECHAT_PERSONAL, WECHAT_TABLE } from '../../../src/domain/categories/wechat'
import { REQUIREMENT_IDS } from '../../../src/domain/contract/types'

const wechat = CATALOGUE.filter((e) => e.platform === 'wechat')

describe('WeChat catalogue', () => {
  it('is dated once, as the copy it was taken from', () => {
    expect(WECHAT_CATALOGUE_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const e of wechat) expect(e.catalogue).toBe(WECHAT_CATALOGUE_DATE)
  })

  it('has the 24 top-level categories of the non-personal list, in its order', () => {
    expect(WECHAT_TABLE.map(([top]) => top)).toEqual([
      '物流服务', '教育服务', '医疗服务', '政务民生', '金融业', '交通服务', '房地产服务', '生活服务', 'IT科技', '餐饮服务', '旅游服务', '时政信息',
      '文娱', '工具', '电商平台', '商家自营', '商业服务', '公益', '社交', '体育', '汽车服务', '资讯', '深度合成', '内测',
    ])
  })

  it('has about 350 second-level categories and some third-level ones', () => {
    const second = new Set(wechat.filter((e) => e.nonPersonal).map((e) => pathKey(e.path.slice(0, 2))))
    expect(second.size).toBeGreaterThanOrEqual(320)
    expect(second.size).toBeLessThanOrEqual(380)
    expect(wechat.filter((e) => e.path.length === 3).length).toBeGreaterThan(20)
  })

  it('holds no duplicate path, and no entry is also a level above another', () => {
    const keys = CATALOGUE.map((e) => `${e.platform}:${pathKey(e.path)}`)
    expect(keys.length - new Set(keys).size).toBe(0)
    for (const e of CATALOGUE) {
      const deeper = CATALOGUE.filter((x) => x !== e && x.platform === e.platform && e.path.every((n, i) => x.path[i] === n))
      expect([pathKey(e.path), deeper.length]).toEqual([pathKey(e.path), 0])
    }
  })

  it('names every level with a non-empty name without the path separator', () => {
    for (const e of CATALOGUE) for (const n of e.path) expect([n, n.trim().length > 0 && !n.includes('>') && n === n.trim()]).toEqual([n, true])
  })

  it('gives every qualification group at least one non-empty document, and every entry a scope', () => {
    for (const e of CATALOGUE) {
      expect([pathKey(e.path), e.scope.length > 0]).toEqual([pathKey(e.path), true])
      for (const g of e.qualifications) {
        expect([pathKey(e.path), g.length > 0, g.every((d) => d.trim().length > 0)]).toEqual([pathKey(e.path), true, true])
      }
    }
  })

  it('keeps document titles balanced: every 《 has its 》', () => {
    for (const e of CATALOGUE) for (const g of e.qualifications) for (const d of g) {
      expect([d, (d.match(/《/g) ?? []).length]).toEqual([d, (d.match(/》/g) ?? []).length])
    }
  })

  it('puts every path of the personal list in the catalogue, marked personal, and nothing else', () => {
    expect(new Set(WECHAT_PERSONAL).size).toBe(WECHAT_PERSONAL.length)
    for (const k of WECHAT_PERSONAL) expect([k, findEntry('wechat', k.split('>'))?.personal]).toEqual([k, true])
    expect(wechat.filter((e) => e.personal).map((e) => pathKey(e.path)).sort()).toEqual([...WECHAT_PERSONAL].sort())
    // Entries only the personal list has (教育服务-在线教育, 商业服务-律师) are on it.
    for (const e of wechat.filter((x) => !x.nonPersonal)) expect([pathKey(e.path), e.personal]).toEqual([pathKey(e.path), true])
  })

  it('leaves commerce, social, content, medical, finance and AI off the personal list', () => {
    for (const top of ['商家自营', '电商平台', '社交', '文娱', '资讯', '时政信息', '医疗服务', '金融业', '深度合成']) {
      expect([top, wechat.some((e) => e.path[0] === top && e.personal)]).toEqual([top, false])
    }
  })

  it('marks the 7-day 属地网信 review on social, video and 时政 categories only', () => {
    const review = wechat.filter((e) => e.localReview).map((e) => pathKey(e.path))
    expect(review).toEqual(expect.arrayContaining(['时政信息>时政信息', '社交>陌生人交友', '社交>社区/论坛', '社交>直播', '文娱>其他视频', '文娱>视频广场']))
    for (const k of review) expect(['时政信息', '社交', '文娱']).toContain(k.split('>')[0])
  })

  it('gives the four 深度合成 categories the three routes of B1 and no telecom licence', () => {
    for (const n of ['AI问答', 'AI换脸', 'AI绘画', 'AI创作']) {
      const e = findEntry('wechat', ['深度合成', n])
      expect(e?.qualifications).toHaveLength(3)
      expect(JSON.stringify(e?.qualifications)).not.toContain('增值电信')
    }
  })

  it('keeps the 电商平台 二选一 of B1: an EDI licence, or the 不予受理 notice with the application file', () => {
    const q = findEntry('wechat', ['电商平台', '电商平台'])?.qualifications ?? []
    expect(q).toHaveLength(2)
    expect(q[0][0]).toContain('在线数据处理与交易处理业务')
    expect(q[1][0]).toBe('《行政许可不予受理通知书》')
  })
})

describe('document → requirement mapping', () => {
  it('maps only to requirement ids that exist', () => {
    for (const [pattern, ids] of DOCUMENT_REQUIREMENTS) for (const id of ids) expect([pattern, REQUIREMENT_IDS.includes(id)]).toEqual([pattern, true])
  })

  it.each([
    ['《增值电信业务经营许可证》（核准服务项目含“在线数据处理与交易处理业务”）', ['ediLicense']],
    ['《增值电信业务经营许可证》（核准服务项目含“互联网信息服务业务”）', ['icpLicense']],
    ['《食品经营许可证》', ['foodPermit']],
    ['《互联网药品信息服务资格证书》或《药品、医疗器械互联网信息服务备案凭证》', ['drugInfoCertificate']],
    ['小程序主体的《互联网信息服务算法备案》（算法类型为“生成合成类”）', ['algorithmFiling']],
    ['技术主体的《互联网信息服务算法备案》（算法类型为“生成合成类（深度合成）”）', []],
    ['合作网约车公司的《网络预约出租汽车经营许可证》', []],
    ['《增值电信业务经营许可证》（业务范围含“国内多方通信服务业务”）', []],
    ['《营业执照》', []],
  ] as const)('%s → %j', (doc, ids) => {
    expect(documentRequirements(doc)).toEqual(ids)
  })

  it('maps some document of a category for each requirement it is meant to cover', () => {
    const covered = new Set(wechat.flatMap((e) => e.qualifications.flat().flatMap((d) => [...documentRequirements(d)])))
    for (const id of ['ediLicense', 'icpLicense', 'icpFiling', 'foodPermit', 'publicationPermit', 'medicalInstitutionLicense', 'drugInfoCertificate', 'hrServiceLicense', 'internetNewsLicense', 'onlinePublishingLicense', 'networkCultureLicense', 'audiovisualLicense', 'rideHailingPermit', 'financeLicense', 'schoolPermit', 'religionPermit', 'prepaidCardFiling', 'algorithmFiling'] as const) {
      expect([id, covered.has(id)]).toEqual([id, true])
    }
  })
})

describe('Alipay entries', () => {
  it('are few, marked unverified, and exist as paths', () => {
    const a = CATALOGUE.filter((e) => e.platform === 'alipay')
    expect(a.length).toBeGreaterThan(0)
    expect(a.length).toBeLessThanOrEqual(3)
    for (const e of a) {
      expect(e.verified).toBe(false)
      expect(pathExists('alipay', e.path)).toBe(true)
    }
  })
})
