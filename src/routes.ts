/**
 * Page urls, in one place. The home page is the main package. The wizard is the `ask`
 * subpackage (the answers table, validation, the store; preloaded from home); the result,
 * history and sources form the `flow` subpackage with the engine, the rulebook and the category
 * catalogue, preloaded from the wizard while the merchant answers (src/app.config.ts).
 * Imports nothing: the home page uses it without pulling in the store or the core.
 */
export const HOME_URL = '/pages/index/index'
export const WIZARD_URL = '/ask/wizard/index'
export const RESULT_URL = '/flow/result/index'
export const HISTORY_URL = '/flow/history/index'
export const SOURCES_URL = '/flow/sources/index'
