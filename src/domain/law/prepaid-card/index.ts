/**
 * 单用途商业预付卡备案 (prepaidCardFiling).
 * The law: 《单用途商业预付卡管理办法（试行）》第二条、第七条.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, anySector, fact, not, op } from '../../profile/condition'
import { LAW, book, type BookRow, type Procedure } from '../book'

/** 《单用途商业预付卡管理办法》 第二条 covers 零售业、住宿和餐饮业、居民服务业 only (addendum §6). */
const prepaidIndustry = not(
  anySector(
    'education',
    'k12Tutoring',
    'games',
    'finance',
    'medicalInstitution',
    'internetHospital',
    'healthInfo',
    'drugInfo',
    'news',
    'publishing',
    'audiovisual',
    'culture',
    'rideHailing',
    'religion',
    'recruitment',
    'realEstate',
  ),
)
const singlePurpose = all(act('storedValue'), not(fact('storedValueElsewhere')), prepaidIndustry)
/** The sectors the answers name that the Measures plainly cover: retail and catering (food, alcohol, books). */
const coveredTrade = anySector('food', 'alcohol', 'books')

export const PREPAID_CARD = book('prepaidCardFiling', {
  authority: '商务主管部门（集团/品牌企业→省商务厅；规模企业→设区的市商务局；其他→县/区商务局）',
  cites: ['mofcom-2012-9 第七条'],
  verified: '2026-11-24',
}, [
  {
    id: 'permit.prepaidCard',
    when: all(singlePurpose, op('company'), coveredTrade),
    status: 'required',
    basis: LAW,
    text: '只在自家（集团或同一品牌）使用的储值（含小程序里的虚拟储值）属于单用途商业预付卡，《单用途商业预付卡管理办法》适用于零售、住宿餐饮和居民服务业的企业：开展业务 30 日内向商务主管部门备案（集团/品牌企业→省，规模企业→设区的市，其他→县/区），逾期罚款 1–3 万元。',
    cites: ['mofcom-2012-9 《单用途商业预付卡管理办法（试行）》第二条、第七条'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.prepaidCard.other',
    when: all(singlePurpose, not(op('company'))),
    status: 'consult',
    basis: LAW,
    text: '《单用途商业预付卡管理办法》适用于企业法人；个体户或其他主体发行储值是否适用、或只适用地方预付消费规定，请咨询当地商务局。',
    cites: ['mofcom-2012-9 《单用途商业预付卡管理办法（试行）》第二条（企业法人）'],
    unsettled: '增补 §6：个体工商户是否适用该办法未知，建议咨询当地商务局',
    verified: '2026-11-24',
  },
  {
    id: 'permit.prepaidCard.industry',
    when: all(singlePurpose, op('company'), not(coveredTrade)),
    status: 'consult',
    basis: LAW,
    text: '《单用途商业预付卡管理办法》第二条只覆盖零售、住宿餐饮和居民服务业的企业：属于这三类的（如超市、餐厅、美容美发、洗衣），开展储值业务 30 日内向商务主管部门备案；健身、文体娱乐等其他行业按各地的预付消费规定办理，请向当地商务或市场监管部门确认。',
    cites: ['mofcom-2012-9 《单用途商业预付卡管理办法（试行）》第二条（适用行业）、第七条'],
    unsettled: '增补 §6：办法只覆盖零售、住宿餐饮和居民服务业，其他行业适用地方规定，未逐省核实',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])

/** How the filing goes (the plan's step). */
export const PROCEDURE: Procedure = {
  statutory: '开展储值业务之日起 30 日内备案',
  cites: ['mofcom-2012-9 第七条'],
  verified: '2026-11-24',
}
