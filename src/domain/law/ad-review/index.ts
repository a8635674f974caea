/**
 * 广告审查 (adReview): ads for medical services, drugs, medical devices, health food and 特医食品
 * are reviewed before publication (addendum 2026-12 §4, §0 row 29). Asked with ads and with the
 * health sectors (`healthAds`). The law: 《广告法》第四十六条; 《药品、医疗器械、保健食品、特殊医学用途
 * 配方食品广告审查管理暂行办法》; 《互联网广告管理办法》第七条.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act, all, any, anySector, fact, open } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

const healthTrade = anySector('medicalInstitution', 'internetHospital', 'healthInfo', 'drugInfo', 'medicalDevices')
/** Where the question is asked (contract v1.2: with ads and with the health sectors). */
const adContext = any(act('ads'), healthTrade)

export const AD_REVIEW = book('adReview', {
  authority: '省级市场监督管理部门（或其指定的广告审查机关）',
  cites: ['samr-21 广告审查机关'],
  verified: '2026-12-06',
}, [
  {
    id: 'adReview.health',
    when: all(adContext, fact('healthAds')),
    status: 'required',
    basis: LAW,
    text: '发布医疗、药品、医疗器械、保健食品或特医食品广告前须经广告审查，取得批准文号并只发布审查通过的版本；处方药不得在互联网上做广告；不得在针对未成年人的媒介上发布这些广告；健康科普页面不得同时放购买链接。',
    cites: ['advertising-law 第四十六条', 'samr-21 审查与批准文号', 'samr-72 第七条'],
    fact: 'healthAds',
    verified: '2026-12-06',
  },
  {
    id: 'adReview.open',
    when: all(adContext, open('healthAds')),
    status: 'depends',
    basis: LAW,
    text: '医疗服务、药品、医疗器械、保健食品和特医食品的广告（推广自己的也算），发布前须经广告审查。',
    cites: ['advertising-law 第四十六条'],
    question: '是否宣传医疗服务、药品、医疗器械、保健食品或特医食品？',
    fact: 'healthAds',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
