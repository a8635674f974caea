/**
 * The classifier for public bodies (issue 22): a government body (机关) or public institution
 * (事业单位) that offers no sector of its own is sent to WeChat's 政务民生 categories, with their
 * documents (《统一社会信用代码证》（机构类型为：机关）, or a government department's authorisation),
 * instead of the 工具 / 商业服务 / 资讯 paths meant for businesses. A sector that names its own
 * category (a public hospital, a school) keeps it.
 */
import { entriesUnder } from '../../../src/domain/categories/catalogue'
import { assessmentOf } from '../../../src/domain/result/assess'
import type { Activity, Category, OperatorType, Sector } from '../../../src/domain/contract/types'
import { makeProfile } from '../profile-factory'

const wechat = (type: OperatorType, activities: Activity[], sectors: Sector[] = []): Category[] =>
  assessmentOf(makeProfile({ operator: { type }, activities, sectors })).categories.filter((c) => c.platform === 'wechat')

describe('a public body gets 政务民生 with its documents', () => {
  it.each<[Activity[]]>([[['showcase']], [['leadForm']], [['freeContent']], [['showcase', 'leadForm', 'freeContent']], [[]]])(
    'with %j: 政务民生 first, no 工具 / 商业服务 / 资讯 path',
    (activities) => {
      const cats = wechat('publicInstitution', activities)
      expect(cats[0]?.path[0]).toBe('政务民生')
      expect(cats[0]?.available).toBe(true)
      expect(cats.map((c) => c.path[0])).not.toEqual(expect.arrayContaining(['工具']))
      expect(cats.map((c) => c.path[0])).not.toEqual(expect.arrayContaining(['商业服务']))
      expect(cats.map((c) => c.path[0])).not.toEqual(expect.arrayContaining(['资讯']))
    },
  )

  it('names the documents: 统一社会信用代码证 (机构类型为：机关) or the department’s authorisation; the note says how a 事业单位 files', () => {
    const c = wechat('publicInstitution', ['leadForm'])[0]
    const docs = c.qualifications.flat().join('')
    expect(docs).toMatch(/统一社会信用代码证》（机构类型为：机关）/)
    expect(docs).toMatch(/资质授权文件/)
    expect(c.note).toMatch(/事业单位/)
    expect(c.note).toMatch(/事业单位法人证书/)
    // The documents are those of the 政务民生 categories themselves (WeChat's list).
    const own = entriesUnder('wechat', ['政务民生']).map((e) => JSON.stringify(e.qualifications))
    expect(own).toContain(JSON.stringify(c.qualifications))
  })

  it('keeps a sector’s own category: a public hospital stays 医疗服务-公立医疗机构', () => {
    expect(wechat('publicInstitution', ['leadForm'], ['medicalInstitution']).map((c) => c.path.join('-'))).toEqual(['医疗服务-公立医疗机构'])
  })

  it('leaves companies where they were (商业服务-企业管理 for a showcase)', () => {
    expect(wechat('company', ['showcase']).map((c) => c.path.join('-'))).toEqual(['商业服务-企业管理'])
  })
})
