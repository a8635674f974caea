/** The refresh check (scripts/catalogue): it finds what changed on WeChat's page. */
import { diffCatalogue, titles, topLevels } from '../../../scripts/catalogue/diff'

const code = {
  tops: ['物流服务', '社交'],
  nonPersonal: [['物流服务', '收件/派件'], ['物流服务', '查件', '查件'], ['社交', '陌生人交友']],
  personal: [['物流服务', '查件', '查件']],
  documents: ['《快递业务经营许可证》', '《增值电信业务经营许可证》（核准服务项目含“互联网信息服务业务”）'],
  localReview: 1,
}

const PAGE = `非个人主体小程序开放的服务类目
物流服务
二级分类
三级分类
资质要求
类目适用范围
备注
收件/派件
/
（3选1）： 1、经营快递业务企业，提供：《快递业务经营许可证》
适用于快递行业。
/
查件
查件
/
适用于查件。
/
社交
二级分类
三级分类
资质要求
类目适用范围
备注
陌生人交友
/
《增值电信业务经营许可证》（核准服务项目包含“互联网信息服务业务”）
适用于陌生人交友。 注：选择该类目后首次提交代码审核，需经当地互联网主管机关审核确认，预计审核时长7天左右。
`

const empty = (r: Record<string, string[]>) => Object.values(r).every((x) => x.length === 0)

describe('catalogue refresh check', () => {
  it('finds the top levels and the document titles of a page copy', () => {
    expect(topLevels(PAGE)).toEqual(['物流服务', '社交'])
    expect([...titles('提供《营业执照》与《捐赠协议 》，依据《危险化学品目录2015版》')]).toEqual(['《营业执照》', '《捐赠协议》'])
  })

  it('reports nothing when the page says what the code says', () => {
    expect(empty(diffCatalogue(code, PAGE, '个人主体小程序开放的服务类目\n物流服务\n二级分类 三级分类 资质要求 类目适用范围 备注\n查件\n查件\n/'))).toBe(true)
    expect(empty(diffCatalogue(code, PAGE))).toBe(true)
  })

  it('reports a renamed category, a new top level, a new document and a changed review count', () => {
    const changed = PAGE.replace('陌生人交友', '陌生人社交').replace('《快递业务经营许可证》', '《快递业务经营许可证》或《邮政业务备案》') +
      '\n新闻资讯\n二级分类\n资讯\n/\n/\n适用于。\n需经当地互联网主管机关审核确认\n'
    const r = diffCatalogue(code, changed)
    expect(r['category names in the code not found on the page (removed or renamed?)']).toEqual(['社交-陌生人交友'])
    expect(r['top levels only on the page (new?)']).toEqual(['新闻资讯'])
    expect(r['documents on the page the code never names (new requirement?)']).toEqual(['《邮政业务备案》'])
    expect(r['count of 7-day review notes (page vs code)']).toEqual(['page 2, code 1'])
  })

  it('reports a personal-list name the personal page no longer has', () => {
    const r = diffCatalogue(code, PAGE, '个人主体小程序开放的服务类目\n物流服务\n二级分类 三级分类 资质要求 类目适用范围 备注\n装卸搬运\n/')
    expect(r['personal-list names in the code not found on the personal page']).toEqual(['查件'])
  })
})
