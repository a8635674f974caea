/**
 * Page urls, in one place. Only the home page is in the main package; the wizard, the result,
 * history and sources form the `flow` subpackage (with the rules core), preloaded from home,
 * so the first screen opens without downloading or parsing the rules.
 * Imports nothing: the home page uses it without pulling in the store or the core.
 */
export const HOME_URL = '/pages/index/index'
export const WIZARD_URL = '/flow/wizard/index'
export const RESULT_URL = '/flow/result/index'
export const HISTORY_URL = '/flow/history/index'
export const SOURCES_URL = '/flow/sources/index'
