/**
 * 支付业务许可证 (paymentLicence): moving money between users, balances spendable at other
 * merchants, pooling buyers' money for other merchants (二清), cash-out (addendum 2026-12 §6, §0
 * row 33). Never something to apply for: ¥100 million paid-in capital and PBOC approval are out of a
 * merchant's reach, so every needed row carries the blocker `licenceOutOfReach` and the licensed
 * route as the way out. A single merchant's own stored-value card is not payment business (第十五条).
 * The law: 《非银行支付机构监督管理条例》第二条、第六条、第八条、第十五条、第四十七条. Which design counts
 * as payment business is a reading ([I]), so these rows say 很可能 or consult, not 必须.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act, all, anyActivity, fact, open } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

const OUT_OF_REACH = {
  code: 'licenceOutOfReach',
  text: '支付业务许可证须经中国人民银行批准、实缴注册资本不少于 1 亿元，商家实际拿不到：改用持牌机构的能力——微信支付或支付宝的服务商、分账（货款直接结算给商家），官方红包和转账，资金不经过你自己的账户。',
} as const

export const PAYMENT_LICENCE = book('paymentLicence', {
  authority: '中国人民银行',
  cites: ['non-bank-payment-regulations 第六条、第八条'],
  verified: '2026-12-06',
}, [
  {
    id: 'payment.redPackets',
    when: act('redPackets'),
    status: 'likely',
    basis: LAW,
    text: '用户之间发红包、转钱或转让余额，很可能属于（或变相属于）支付业务，未经批准任何单位和个人不得从事，违者没收违法所得并处罚款。',
    cites: ['non-bank-payment-regulations 第二条、第六条、第四十七条'],
    blocker: OUT_OF_REACH,
    verified: '2026-12-06',
  },
  {
    id: 'payment.multiPurpose',
    when: all(act('storedValue'), fact('storedValueElsewhere')),
    status: 'likely',
    basis: LAW,
    text: '充值余额能在与你无关的其他商家消费，就不是单用途预付卡，很可能属于储值账户运营（支付业务）。',
    cites: ['non-bank-payment-regulations 第十五条（储值账户运营；单用途预付卡除外）', 'non-bank-payment-regulations 第六条'],
    wechat: { text: '微信「商家自营-预付卡-发行方」类目要求《支付业务许可证》（含预付卡业务）。', cites: ['wechat-categories 商家自营-预付卡 类目资质'] },
    fact: 'storedValueElsewhere',
    blocker: OUT_OF_REACH,
    verified: '2026-12-06',
  },
  {
    id: 'payment.pooling',
    when: act('marketplace'),
    status: 'likely',
    basis: LAW,
    text: '平台先把买家货款收进自己的账户、再结算给入驻商家（「二清」），很可能属于无证支付业务：开通持牌支付机构的服务商、分账能力，让货款直接进入商家账户。',
    cites: ['non-bank-payment-regulations 第六条', 'howtolivebetter 二清属于无证支付业务'],
    blocker: OUT_OF_REACH,
    verified: '2026-12-06',
  },
  {
    id: 'payment.cashOut',
    when: all(anyActivity('storedValue', 'points', 'redPackets', 'marketplace'), fact('cashOut')),
    status: 'consult',
    basis: LAW,
    text: '用户把余额、奖励或佣金提现：来自其他用户付款的余额提现属于支付业务；你用自有资金经持牌支付机构的商家转账发放奖励、佣金可以；充值余额一般只能原路退回。具体设计请咨询持牌支付机构或人民银行分支机构。',
    cites: ['non-bank-payment-regulations 第二条、第六条', 'howtolivebetter 支付业务须持牌'],
    fact: 'cashOut',
    unsettled: '增补 2026-12 §6.2、§12.5：提现、分销佣金是否构成支付业务看具体设计，建议咨询',
    verified: '2026-12-06',
  },
  {
    id: 'payment.cashOut.open',
    when: all(anyActivity('storedValue', 'points'), open('cashOut')),
    status: 'depends',
    basis: LAW,
    text: '余额或积分能提现成现金的，可能构成支付业务；只能在你这里消费的不是。',
    cites: ['non-bank-payment-regulations 第二条、第十五条'],
    question: '用户的余额、奖励或佣金能否提现？',
    fact: 'cashOut',
    verified: '2026-12-06',
  },
  {
    id: 'payment.singlePurpose',
    when: all(act('storedValue'), fact('storedValueElsewhere', 'no')),
    status: 'notRequired',
    basis: LAW,
    text: '余额只能在你自己（含同一集团、品牌）消费，是单用途预付卡，不是支付业务，按单用途预付卡的规定办理。',
    cites: ['non-bank-payment-regulations 第十五条（单用途预付卡业务除外）'],
    fallback: true,
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
