/**
 * A babel plugin for the app builds (weapp, alipay, h5; not jest): each module calls React's JSX
 * functions through local names.
 *
 * The JSX transform imports `jsx`, `jsxs` and `Fragment` from react/jsx-runtime, which lives in
 * another chunk; webpack writes every call of an import from another chunk as `(0,r.jsx)(…)`
 * (10 bytes before the arguments). Read once into module variables, each call is `x(…)`:
 *
 *     import { jsx as _jsx } from 'react/jsx-runtime'   →   import * as _runtime from 'react/jsx-runtime'
 *                                                           var _jsx = _runtime.jsx
 *
 * The runtime's exports never change, so reading them once is the same as reading them at each
 * call. The variables come right after the imports, before any code of the module runs.
 */
const RUNTIME = /^react\/jsx(-dev)?-runtime$/

function localJsx({ types: t }) {
  return {
    name: 'local-jsx',
    visitor: {
      Program: {
        exit(program) {
          const body = program.get('body')
          const imports = body.filter((p) => p.isImportDeclaration() && RUNTIME.test(p.node.source.value))
          for (const decl of imports) {
            const named = decl.node.specifiers.filter((s) => t.isImportSpecifier(s))
            if (named.length === 0 || named.length !== decl.node.specifiers.length) continue
            const ns = program.scope.generateUidIdentifier('runtime')
            const vars = named.map((s) =>
              t.variableDeclarator(t.identifier(s.local.name), t.memberExpression(t.cloneNode(ns), t.identifier(s.imported.name ?? s.imported.value))),
            )
            decl.replaceWith(t.importDeclaration([t.importNamespaceSpecifier(ns)], t.cloneNode(decl.node.source)))
            const lastImport = program.get('body').filter((p) => p.isImportDeclaration()).pop()
            lastImport.insertAfter(t.variableDeclaration('var', vars))
          }
        },
      },
    },
  }
}

module.exports = localJsx
