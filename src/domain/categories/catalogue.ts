/**
 * The category catalogue the classifier and the search read: WeChat's table (wechat.ts)
 * expanded into entries, and the few Alipay entries the sources support (less verified).
 */
import { DOUYIN_CATALOGUE_DATE } from './douyin'
import type { Platform } from '../contract/types'
import { WECHAT_CATALOGUE_DATE, WECHAT_PERSONAL, WECHAT_TABLE, type Quals } from './wechat'

export { WECHAT_CATALOGUE_DATE } from './wechat'

export interface CatalogueEntry {
  platform: Platform
  /** The platform's own names, top level first. */
  path: readonly string[]
  /** Any one inner list suffices; all of its items are needed. Empty: nothing asked. */
  qualifications: Quals
  /** What the category is for, in our words. */
  scope: string
  /** On the platform's list for non-personal entities (企业、个体工商户、事业单位、政府…). */
  nonPersonal: boolean
  /** On the platform's list for personal entities (个人). */
  personal: boolean
  /** First code review waits for the 属地网信 review (about 7 days). */
  localReview: boolean
  /** A 内测 category, applied for by e-mail. */
  beta: boolean
  /** The date of the list it comes from. */
  catalogue: string
  /** False where the list could not be read (Alipay): the result says so. */
  verified: boolean
}

/** Path key: names joined by '>' (no category name contains '>'). */
export const pathKey = (path: readonly string[]): string => path.join('>')

const PERSONAL = new Set(WECHAT_PERSONAL)

function expandWechat(): CatalogueEntry[] {
  const out: CatalogueEntry[] = []
  for (const [top, rows] of WECHAT_TABLE) {
    for (const [name, q, scope, flags = ''] of rows) {
      const path = [top, ...name.split('>')]
      out.push({
        platform: 'wechat',
        path,
        qualifications: q === 0 ? [] : q,
        scope,
        nonPersonal: !flags.includes('P'),
        personal: PERSONAL.has(pathKey(path)),
        localReview: flags.includes('R'),
        beta: flags.includes('B'),
        catalogue: WECHAT_CATALOGUE_DATE,
        verified: true,
      })
    }
  }
  return out
}

/**
 * Alipay: no category table could be read (reference §5.2, addendum A §5). The only facts are
 * that a restricted-category document exists and the 小程序支付 access conditions (S21).
 */
export const ALIPAY_CATALOGUE_DATE = '2026-11'
export const ALIPAY_UNVERIFIED_NOTE =
  '支付宝类目表未能核实：以支付宝开放平台《小程序限制类目及所需资质材料》最新版本为准。'

const ALIPAY_ENTRIES: CatalogueEntry[] = [
  {
    platform: 'alipay',
    path: ['小程序限制类目'],
    qualifications: [['按《小程序限制类目及所需资质材料》中你所在行业的资质']],
    scope: '支付宝对电商、社交、医疗、金融、新闻、视听等行业设限制类目，资质见其《小程序限制类目及所需资质材料》',
    nonPersonal: true,
    personal: false,
    localReview: false,
    beta: false,
    catalogue: ALIPAY_CATALOGUE_DATE,
    verified: false,
  },
  {
    platform: 'alipay',
    path: ['小程序支付（当面付）'],
    qualifications: [['企业或个体工商户支付宝账户', '营业执照', '已备案的网站或小程序']],
    scope: '在小程序内收款；古玩、珠宝、投资等行业不可用',
    nonPersonal: true,
    personal: false,
    localReview: false,
    beta: false,
    catalogue: ALIPAY_CATALOGUE_DATE,
    verified: false,
  },
]

export const CATALOGUE: readonly CatalogueEntry[] = [...expandWechat(), ...ALIPAY_ENTRIES]

const BY_KEY: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((e) => [`${e.platform}:${pathKey(e.path)}`, e]))
const PREFIXES: ReadonlySet<string> = (() => {
  const s = new Set<string>()
  for (const e of CATALOGUE) for (let i = 1; i < e.path.length; i++) s.add(`${e.platform}:${pathKey(e.path.slice(0, i))}`)
  return s
})()

/** The entry at exactly this path, if any. */
export const findEntry = (platform: Platform, path: readonly string[]): CatalogueEntry | undefined =>
  BY_KEY.get(`${platform}:${pathKey(path)}`)

/** A path names a category or a level above categories (e.g. ['商家自营']). */
export const pathExists = (platform: Platform, path: readonly string[]): boolean =>
  path.length > 0 && (BY_KEY.has(`${platform}:${pathKey(path)}`) || PREFIXES.has(`${platform}:${pathKey(path)}`))

const UNDER: ReadonlyMap<string, readonly CatalogueEntry[]> = (() => {
  const m = new Map<string, CatalogueEntry[]>()
  for (const e of CATALOGUE) {
    for (let i = 1; i <= e.path.length; i++) {
      const k = `${e.platform}:${pathKey(e.path.slice(0, i))}`
      const list = m.get(k) ?? []
      list.push(e)
      m.set(k, list)
    }
  }
  return m
})()

/** Entries under a path (the path itself included), in catalogue order. */
export const entriesUnder = (platform: Platform, path: readonly string[]): readonly CatalogueEntry[] =>
  UNDER.get(`${platform}:${pathKey(path)}`) ?? []

/** The catalogue date of a platform. */
export const CATALOGUE_DATES: Readonly<Record<Platform, string>> = {
  wechat: WECHAT_CATALOGUE_DATE,
  alipay: ALIPAY_CATALOGUE_DATE,
  douyin: DOUYIN_CATALOGUE_DATE,
}
