/**
 * The profile layer's one way in: what the wizard, the store and storage need — the contract's
 * types and labels, the answers table, the wizard's steps, validation, capital input, provinces
 * and share links — and nothing of the law, the engine or the result. The wizard's subpackage
 * imports the core through this module only, so the rulebook and the category catalogue stay
 * in the result's subpackage (test/domain/index.test.ts holds both).
 */
export * from '../contract/types'
export * from '../contract/labels'
export * from './answers'
export * from './capital'
export * from './provinces'
export * from './questions'
export * from './share'
export * from './validate'
