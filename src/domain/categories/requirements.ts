/**
 * Which of our requirements a category's documents correspond to.
 *
 * A document maps to requirement ids (alternatives: either licence satisfies it) by the first
 * matching pattern below. A document the operator holds through someone else (a partner's,
 * a technology provider's, a merchant's licence) is not the operator's own requirement and
 * maps to nothing. A category implies a set of alternatives when every qualification group
 * holds a document mapping into that set: whichever route the merchant takes, one of those
 * licences is needed.
 */
import type { RequirementId } from '../contract/types'
import type { CatalogueEntry } from './catalogue'

/** First match wins; an empty list stops the search (a document of ours we do not model). */
export const DOCUMENT_REQUIREMENTS: ReadonlyArray<readonly [pattern: string, ids: readonly RequirementId[]]> = [
  ['转售', []],
  ['国内多方通信', []],
  ['《增值电信业务经营许可证》（核准服务项目含“在线数据处理与交易处理业务”或“互联网信息服务业务”）', ['ediLicense', 'icpLicense']],
  ['《增值电信业务经营许可证》（核准服务项目含“在线数据处理与交易处理业务”）', ['ediLicense']],
  ['《增值电信业务经营许可证》（核准服务项目含“互联网信息服务业务”）', ['icpLicense']],
  ['《增值电信业务经营许可证》申请材料', ['ediLicense']],
  ['《增值电信业务经营许可证》', ['icpLicense', 'ediLicense']],
  ['《增值电信经营许可证》', ['icpLicense', 'ediLicense']],
  ['《非经营性互联网信息服务备案核准》', ['icpFiling']],
  ['《食品经营许可证》', ['foodPermit']],
  ['《预包装食品销售备案凭证》', ['foodPermit']],
  ['《出版物经营许可证》', ['publicationPermit']],
  ['《医疗机构执业许可证》', ['medicalInstitutionLicense']],
  ['《互联网药品信息服务资格证', ['drugInfoCertificate']],
  ['《药品、医疗器械互联网信息服务备案凭证》', ['drugInfoCertificate']],
  ['《医疗器械经营许可证》', ['medicalDeviceRecord']],
  ['《人力资源服务许可证》', ['hrServiceLicense']],
  ['《互联网新闻信息服务许可证》', ['internetNewsLicense']],
  ['《网络出版服务许可证》', ['onlinePublishingLicense']],
  ['《互联网出版许可证》', ['onlinePublishingLicense']],
  ['《网络文化经营许可证》', ['networkCultureLicense']],
  ['《信息网络传播视听节目许可证》', ['audiovisualLicense']],
  ['《网络预约出租汽车经营许可证》', ['rideHailingPermit']],
  ['《民办学校办学许可证》', ['schoolPermit']],
  ['《互联网宗教信息服务许可证》', ['religionPermit']],
  ['《单用途预付卡》备案', ['prepaidCardFiling']],
  ['《互联网信息服务算法备案》', ['algorithmFiling']],
  ['《金融许可证》', ['financeLicense']],
  ['《金融机构许可证》', ['financeLicense']],
  ['《支付业务许可证》', ['financeLicense']],
  ['《个人征信业务经营许可证》', ['financeLicense']],
  ['《经营证券期货业务许可证》', ['financeLicense']],
  ['《融资担保业务经营许可证》', ['financeLicense']],
  ['《小额贷款公司经营许可证》', ['financeLicense']],
  ['保险', ['financeLicense']],
]

/** Someone else's document: a partner's, a provider's, a merchant's. */
const NOT_OURS = /^(合作|该|与|入驻|技术主体|旗下|发行方|主体或同一商场|省级及以上|市级及以上)/

/** The requirement ids a document corresponds to (alternatives), [] when none. */
export function documentRequirements(doc: string): readonly RequirementId[] {
  if (NOT_OURS.test(doc)) return []
  for (const [pattern, ids] of DOCUMENT_REQUIREMENTS) if (doc.includes(pattern)) return ids
  return []
}

/**
 * What a category demands whatever route is taken: each inner list is a set of alternatives
 * (e.g. ['ediLicense', 'icpLicense'] for "EDI 或 ICP"); a category with no qualification, or
 * with one route free of our requirements, implies nothing.
 */
const IMPLIED = new WeakMap<object, RequirementId[][]>()

export function impliedRequirements(e: Pick<CatalogueEntry, 'qualifications'>): RequirementId[][] {
  const cached = IMPLIED.get(e.qualifications)
  if (cached !== undefined) return cached.map((x) => [...x])
  const out = computeImplied(e.qualifications)
  IMPLIED.set(e.qualifications, out)
  return out.map((x) => [...x])
}

function computeImplied(groups: CatalogueEntry['qualifications']): RequirementId[][] {
  if (groups.length === 0) return []
  const mapped = groups.map((g) => g.map(documentRequirements).filter((ids) => ids.length > 0))
  const out: RequirementId[][] = []
  const seen = new Set<string>()
  for (const candidate of mapped[0]) {
    const covers = mapped.every((g) => g.some((ids) => ids.every((id) => candidate.includes(id))))
    const key = [...candidate].sort().join('|')
    if (covers && !seen.has(key)) {
      seen.add(key)
      out.push([...candidate])
    }
  }
  return out
}

/** Per category path (joined by '>'), the requirements it implies (alternatives), for every category that implies any. */
export function categoryRequirements(entries: readonly CatalogueEntry[]): Map<string, RequirementId[][]> {
  const out = new Map<string, RequirementId[][]>()
  for (const e of entries) {
    const implied = impliedRequirements(e)
    if (implied.length > 0) out.set(`${e.platform}:${e.path.join('>')}`, implied)
  }
  return out
}
