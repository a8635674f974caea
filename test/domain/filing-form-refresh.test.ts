/** The refresh check of the filing form's code lists (scripts/filing-form): it finds what WeChat changed. */
import { diffFilingForm, itemsOf, type ApiItem } from '../../scripts/filing-form/diff'
import { WECHAT_PRE_APPROVAL_TYPES, WECHAT_SERVICE_CONTENT, WECHAT_SUBJECT_TYPES } from '../../src/domain/law/filing/form/wechat'

const SNAP = { services: WECHAT_SERVICE_CONTENT, preApprovals: WECHAT_PRE_APPROVAL_TYPES, subjects: WECHAT_SUBJECT_TYPES }

/** The snapshot written back as the APIs answer. */
const services = (): ApiItem[] =>
  WECHAT_SERVICE_CONTENT.flatMap((g) => [
    { type: g.code, parent_type: 0, name: g.name },
    ...g.types.map((t): ApiItem => ({ type: t.code, parent_type: g.code, name: t.name, ...('remark' in t ? { remark: t.remark } : {}) })),
  ])
const preApprovals = (): ApiItem[] => WECHAT_PRE_APPROVAL_TYPES.map((t) => ({ type: t.code, name: t.name }))
const subjects = (): ApiItem[] => WECHAT_SUBJECT_TYPES.map((s) => ({ type: s.code, name: s.name }))
const certificates = (): ApiItem[] => WECHAT_SUBJECT_TYPES.flatMap((s) => s.certificates.map((c) => ({ type: c.code, subject_type: s.code, name: c.name })))

const differences = (r: Record<string, string[]>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.length > 0))

describe('filing form refresh check', () => {
  it('reports nothing when the copies say what the snapshot says', () => {
    expect(differences(diffFilingForm(SNAP, { services: services(), preApprovals: preApprovals(), subjects: subjects(), certificates: certificates() }))).toEqual({})
  })

  it('ignores a remark the snapshot left out on purpose (加密软件)', () => {
    const copy = services().map((i) => (i.type === 170 && i.parent_type === 513 ? { ...i, remark: '文件加密软件……' } : i))
    expect(differences(diffFilingForm(SNAP, { services: copy }))).toEqual({})
  })

  it('reports a renamed, a new and a moved service type, a changed remark and a new first level', () => {
    const copy = services()
      .map((i) => (i.type === 41 ? { ...i, name: '社交' } : i.type === 60 ? { ...i, type: 180 } : i.type === 1 && i.parent_type === 500 ? { ...i, remark: '水电燃气' } : i))
      .concat([{ type: 516, parent_type: 0, name: '人工智能' }, { type: 177, parent_type: 516, name: '智能体' }])
    const r = differences(diffFilingForm(SNAP, { services: copy }))
    expect(r).toEqual({
      'first-level service types only in the copy (new?)': ['人工智能'],
      'service types in the snapshot not in the copy (removed or renamed?)': ['休闲娱乐-网络社交'],
      'service types only in the copy (new?)': ['休闲娱乐-社交', '人工智能-智能体'],
      'service types with another code in the copy': ['交通运输-打车/出租车: snapshot 60, copy 180'],
      'service remarks that differ': ['生活服务-生活缴费: snapshot「水电煤气话费等」, copy「水电燃气」'],
    })
  })

  it('reports 网络预约车 at 11 (WeChat’s documentation example) as a moved code', () => {
    const copy = preApprovals().map((i) => (i.name === '网络预约车' ? { ...i, type: 11 } : i))
    expect(differences(diffFilingForm(SNAP, { preApprovals: copy }))).toEqual({ '前置审批 types with another code in the copy': ['网络预约车: snapshot 12, copy 11'] })
  })

  it('reports a 主体 type and a certificate that changed', () => {
    const subs = subjects().filter((s) => s.name !== '仲裁机构')
    const certs = certificates().concat([{ type: 45, subject_type: 4, name: '电子营业执照' }])
    expect(differences(diffFilingForm(SNAP, { subjects: subs, certificates: certs }))).toEqual({
      '主体 types in the snapshot not in the copy': ['仲裁机构'],
      'certificates only in the copy (new?)': ['企业: 电子营业执照'],
    })
  })

  it('reads an API answer or a bare list, and refuses anything else', () => {
    expect(itemsOf({ errcode: 0, errmsg: 'ok', items: [{ type: 24, name: '以上都不涉及' }] })).toEqual([{ type: 24, name: '以上都不涉及' }])
    expect(itemsOf([{ type: 1, name: '新闻' }])).toHaveLength(1)
    expect(() => itemsOf({ errcode: 40001 })).toThrow('not an API answer')
    expect(() => itemsOf({ items: [{ name: '新闻' }] })).toThrow('item 0')
  })
})
