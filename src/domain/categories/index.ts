/**
 * The platform service categories (服务类目) a profile should choose, with what to upload
 * (issue 9): the catalogue as data, the classifier, the keyword search and the requirements
 * each category implies. docs/categories.md describes the data and how to refresh it.
 */
export { classify, NO_CATEGORY_NOTES } from './classify'
export { searchCategories, type CategoryHit } from './search'
export {
  CATALOGUE,
  CATALOGUE_DATES,
  WECHAT_CATALOGUE_DATE,
  ALIPAY_CATALOGUE_DATE,
  ALIPAY_UNVERIFIED_NOTE,
  findEntry,
  pathExists,
  pathKey,
  entriesUnder,
  type CatalogueEntry,
} from './catalogue'
export { DOUYIN_CATALOGUE_DATE, DOUYIN_RESTRICTED, DOUYIN_UNVERIFIED_NOTE, douyinRestricted } from './douyin'
export { DOCUMENT_REQUIREMENTS, documentRequirements, impliedRequirements, categoryRequirements } from './requirements'
export { platformGatesFrom } from './gates'
export { categoryLines, qualificationsText, sayOnce, CATEGORIES_HEADING, LATEST_PAGE } from './text'
