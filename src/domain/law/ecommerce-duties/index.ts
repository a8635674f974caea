/**
 * 电子商务经营者义务 (ecommerceDuties): whoever sells goods or services through the mini-program
 * (addendum 2026-12 §2, §0 rows 14–18). Paid content is not e-commerce (第二条: publishing,
 * audio-video and cultural content have their own regimes), so only sales of goods and services count.
 * The law: 《电子商务法》第十条、第十一条、第十四条、第十五条、第十六条; 《消费者权益保护法》第二十五条.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { all, anyActivity, fact, not, op, open } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

/** Sells goods or services in the mini-program (itself, or as a platform operator, which is also an e-commerce operator). */
const selling = anyActivity('ownSales', 'marketplace', 'liveCommerce')
const individual = op('individual')

export const ECOMMERCE_DUTIES = book('ecommerceDuties', {
  authority: '市场监督管理部门（纳税：税务部门）',
  cites: ['ecommerce-law 第六条（监督管理部门）'],
  verified: '2026-12-06',
}, [
  {
    id: 'ecommerce.display',
    when: all(selling, not(individual)),
    status: 'required',
    basis: LAW,
    text: '在小程序里卖商品或服务，你就是电子商务经营者：在首页显著位置持续公示营业执照信息和相关行业许可证（或其链接，常见做法是「资质公示」页）；依法纳税、开具发票；停止经营前 30 日在首页公告。',
    cites: ['ecommerce-law 第十一条、第十四条、第十五条、第十六条'],
    verified: '2026-12-06',
  },
  {
    id: 'ecommerce.returns',
    when: selling,
    status: 'required',
    basis: LAW,
    text: '网购商品自收货之日起 7 日内可无理由退货：定作、鲜活易腐、在线下载或已拆封的数字商品、已交付的报刊除外；其他不宜退货的商品须在购买时经消费者确认。',
    cites: ['consumer-protection-law 第二十五条'],
    verified: '2026-12-06',
  },
  {
    id: 'ecommerce.exempt',
    when: all(selling, individual, fact('smallSeller')),
    status: 'required',
    basis: LAW,
    text: '你属于免于登记的情形（自产农副产品、家庭手工业产品、不需许可的便民劳务或年销售额 10 万元以下）：可以不办营业执照，但须在首页持续公示这一自我声明，首次发生纳税义务后办理税务登记。',
    cites: ['ecommerce-law 第十条、第十一条、第十五条', 'howtolivebetter 零星小额的标准：年交易额 10 万元以下'],
    fact: 'smallSeller',
    verified: '2026-12-06',
  },
  {
    id: 'ecommerce.register',
    when: all(selling, individual, fact('smallSeller', 'no')),
    status: 'required',
    basis: LAW,
    text: '个人在小程序上长期卖货，不属于免于登记的情形，须先办理市场主体登记（如个体工商户营业执照），再在首页公示执照信息，依法纳税。',
    cites: ['ecommerce-law 第十条、第十五条'],
    fact: 'smallSeller',
    verified: '2026-12-06',
  },
  {
    id: 'ecommerce.individual.open',
    when: all(selling, individual, open('smallSeller')),
    status: 'required',
    basis: LAW,
    text: '个人卖货须先办理市场主体登记（如个体工商户营业执照）并在首页公示；只卖自产农副产品、家庭手工业产品、不需许可的便民劳务，或年销售额不超过 10 万元的可以免于登记，但也要在首页公示自我声明。',
    cites: ['ecommerce-law 第十条', 'howtolivebetter 零星小额的标准：年交易额 10 万元以下'],
    fact: 'smallSeller',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
