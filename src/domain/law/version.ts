/**
 * The ruleset's version: it changes whenever any rule changes, and every assessment
 * carries it, so a saved result can be explained after the rules move on.
 * Scheme: YEAR.MONTH.PATCH of the rules' last review.
 *
 * What changed in each version is in docs/changelog.md (newest first): bump both constants and
 * add an entry there. The changelog is not bundled (the app shows the version and the date).
 */
export const RULESET_VERSION = '2026.12.3'
export const RULESET_DATE = '2026-12-06'
