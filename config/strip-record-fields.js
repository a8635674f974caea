/**
 * A babel plugin for the app builds (weapp, alipay, h5; not jest): it leaves the rulebook's
 * record fields out of the bundle.
 *
 * A rulebook row keeps, beside what the engine reads, fields written for its reviewers and its
 * tests: the day the row was last checked (`verified`), the day its law took effect (`effective`)
 * and where the reference says the point is unsettled (`unsettled`). They stay in the source, so a
 * lawyer reads a row whole; the app never reads them (the engine reads rows through types that
 * omit them, so code that tried would not compile), and in the bundle they cost about 1.8 KB of the flow
 * subpackage (docs/categories.md, "Size").
 *
 * Only object literals in src/domain/law/ lose these keys (and there only rows carry them: the
 * test holds it); destructuring patterns, types and every other file are left alone. RECORD_FIELDS in src/domain/law/shared.ts is the same list
 * (test/unit/strip-record-fields.test.ts holds the two together and runs the plugin).
 */
const path = require('path')

const RECORD_FIELDS = ['verified', 'effective', 'unsettled']
const RULEBOOK = `${path.sep}src${path.sep}domain${path.sep}law${path.sep}`

function keyName(node) {
  if (node.computed) return undefined
  if (node.key.type === 'Identifier') return node.key.name
  if (node.key.type === 'StringLiteral') return node.key.value
  return undefined
}

function stripRecordFields() {
  return {
    name: 'strip-record-fields',
    visitor: {
      ObjectProperty(p, state) {
        if (!(state.filename ?? '').includes(RULEBOOK)) return
        if (p.parent.type !== 'ObjectExpression') return
        if (RECORD_FIELDS.includes(keyName(p.node))) p.remove()
      },
    },
  }
}

module.exports = stripRecordFields
module.exports.RECORD_FIELDS = RECORD_FIELDS
