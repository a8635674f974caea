/**
 * Which platform globals (`wx`, `my`, `tt`, …) a built script really reads: identifiers that no
 * enclosing function, block or catch clause binds. A text search cannot tell these apart from the
 * rulebook's prose (a reason names `my.getPhoneNumber`) or from terser's mangled locals (it names
 * local variables `tt` in dist/weapp). Scopes are approximated per function (every declaration in a
 * function's body, blocks included, binds for the whole function): terser never mangles a local to
 * the name of a global the same function reads, so the approximation only matters for hand-written
 * shadowing, which minified output does not have.
 */
import { parse } from 'acorn'

type Node = { type: string; [key: string]: unknown }
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string'

/** Names bound by a pattern (`a`, `{ a, b: c }`, `[a, ...b]`, `a = 1`). */
function patternNames(p: unknown, out: Set<string>): void {
  if (!isNode(p)) return
  if (p.type === 'Identifier') out.add(p.name as string)
  else if (p.type === 'ObjectPattern') for (const prop of p.properties as Node[]) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out)
  else if (p.type === 'ArrayPattern') for (const el of p.elements as unknown[]) patternNames(el, out)
  else if (p.type === 'RestElement') patternNames(p.argument, out)
  else if (p.type === 'AssignmentPattern') patternNames(p.left, out)
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])

/** Every name declared inside `body` without entering nested functions (their own names excepted). */
function declaredIn(body: unknown, out: Set<string>): void {
  if (Array.isArray(body)) return body.forEach((b) => declaredIn(b, out))
  if (!isNode(body)) return
  if (body.type === 'VariableDeclarator') patternNames(body.id, out)
  if ((body.type === 'FunctionDeclaration' || body.type === 'ClassDeclaration') && isNode(body.id)) out.add(body.id.name as string)
  if (body.type === 'CatchClause') patternNames(body.param, out)
  if (FUNCTIONS.has(body.type)) return
  for (const key of Object.keys(body)) if (key !== 'type') declaredIn(body[key], out)
}

/** Free references to `names` in one script, each as `name@offset`. */
export function freeGlobals(code: string, names: readonly string[]): string[] {
  const wanted = new Set(names)
  const found: string[] = []
  const visit = (node: unknown, scopes: Set<string>[]): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, scopes))
    if (!isNode(node)) return
    if (node.type === 'Identifier') {
      const name = node.name as string
      if (wanted.has(name) && !scopes.some((s) => s.has(name))) found.push(`${name}@${node.start as number}`)
      return
    }
    if (FUNCTIONS.has(node.type)) {
      const scope = new Set<string>()
      // a function expression's own name is bound inside it; a declaration's is bound outside (declaredIn)
      if (node.type === 'FunctionExpression' && isNode(node.id)) scope.add(node.id.name as string)
      for (const p of node.params as unknown[]) patternNames(p, scope)
      declaredIn(node.body, scope)
      const inner = [...scopes, scope]
      for (const p of node.params as unknown[]) visitPattern(p, inner)
      return visit(node.body, inner)
    }
    // property names, labels and meta properties are not references
    if (node.type === 'MemberExpression') {
      visit(node.object, scopes)
      if (node.computed) visit(node.property, scopes)
      return
    }
    if (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') {
      if (node.computed) visit(node.key, scopes)
      return visit(node.value, scopes)
    }
    if (node.type === 'LabeledStatement') return visit(node.body, scopes)
    if (node.type === 'BreakStatement' || node.type === 'ContinueStatement' || node.type === 'MetaProperty') return
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key], scopes)
  }
  // default values in parameters can read globals; the bound names themselves resolve to the scope
  const visitPattern = (p: unknown, scopes: Set<string>[]) => visit(p, scopes)
  const program = parse(code, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as Node
  const top = new Set<string>()
  declaredIn(program.body, top)
  visit(program.body, [top])
  return found
}
