/**
 * 电子商务平台经营者义务 (platformDuties): a mini-program in which other merchants sell (addendum
 * 2026-12 §2.1–2.2, §0 row 17). A platform operator is a legal person or unincorporated
 * organisation (第九条): an individual cannot be one.
 * The law: 《电子商务法》第九条、第二十七条、第二十八条、第三十一条至第三十四条、第三十七条、第三十九条、第四十条.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act, all, op } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const PLATFORM_DUTIES = book('platformDuties', {
  authority: '市场监督管理部门（涉税信息：税务部门）',
  cites: ['ecommerce-law 第二十八条（报送市场监管和税务部门）'],
  verified: '2026-12-06',
}, [
  {
    id: 'platform.marketplace',
    when: act('marketplace'),
    status: 'required',
    basis: LAW,
    text: '其他商家在你的小程序里卖货，你是电子商务平台经营者：核验、登记入驻商家的身份、地址、联系方式和许可证，至少每 6 个月更新；向市场监管部门报送商家身份信息，向税务部门按季度报送涉税信息；公示平台服务协议和交易规则，修改前至少 7 日公示；自营业务标明「自营」；商品、服务和交易信息保存不少于 3 年；建立信用评价制度，不得删除评价；竞价排名标明「广告」。',
    cites: [
      'ecommerce-law 第二十七条、第二十八条、第三十一条至第三十四条、第三十七条、第三十九条、第四十条',
      'howtolivebetter 核验登记至少每六个月更新；涉税信息按季度报送',
    ],
    verified: '2026-12-06',
  },
  {
    id: 'platform.individual',
    when: all(act('marketplace'), op('individual')),
    status: 'required',
    basis: LAW,
    text: '平台经营者须为法人或非法人组织，个人不能做平台。',
    cites: ['ecommerce-law 第九条（平台经营者的定义）'],
    blocker: {
      code: 'organisationOnly',
      text: '让其他商家入驻卖货的平台只能由公司或其他组织经营，个人不行：先注册公司，再以公司主体运营小程序。',
    },
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
