/**
 * The few ES2017–ES2019 built-ins the bundles use (our code, valibot, Taro's runtime) that the client
 * floor lacks (docs/checks.md: iOS 10.3 / Chrome 53). WeChat's base library ships core-js and has them,
 * but Alipay's engine provides no polyfill for ES6+ built-ins, so the app installs them itself, first
 * thing in src/app.ts, and only where missing. Each is small, non-enumerable like the native one, and
 * checked against the native behaviour in test/unit/polyfills.test.ts.
 *
 * The keys are es-check's feature names: src/platform/es-floor.json lists them as `polyfilled`, so
 * `npm run check:es` lets them through and flags every other feature above the floor.
 */

type Installer = () => void

function define(target: object, name: string, value: unknown) {
  if (name in target) return
  Object.defineProperty(target, name, { value, writable: true, enumerable: false, configurable: true })
}

function flatten(into: unknown[], source: ArrayLike<unknown>, depth: number) {
  for (let i = 0; i < source.length; i++) {
    if (!(i in source)) continue // holes are skipped, as by the native flat
    const item = source[i]
    if (depth > 0 && Array.isArray(item)) flatten(into, item, depth - 1)
    else into.push(item)
  }
  return into
}

function pad(this: unknown, targetLength: number, padString: string | undefined, atStart: boolean): string {
  const text = String(this)
  const length = Math.floor(Number(targetLength)) || 0
  const filler = padString === undefined ? ' ' : String(padString)
  if (length <= text.length || filler === '') return text
  const needed = length - text.length
  let padding = ''
  while (padding.length < needed) padding += filler
  padding = padding.slice(0, needed)
  return atStart ? padding + text : text + padding
}

export const POLYFILLS: Record<string, Installer> = {
  ObjectEntries: () =>
    define(Object, 'entries', (o: object) => Object.keys(Object(o)).map((k) => [k, (Object(o) as Record<string, unknown>)[k]])),
  ObjectValues: () => define(Object, 'values', (o: object) => Object.keys(Object(o)).map((k) => (Object(o) as Record<string, unknown>)[k])),
  ObjectFromEntries: () =>
    define(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
      const result: Record<PropertyKey, unknown> = {}
      for (const [key, value] of entries) {
        // defineProperty, not assignment: a "__proto__" key is an own property, as natively
        Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true })
      }
      return result
    }),
  ArrayFlat: () =>
    define(Array.prototype, 'flat', function flat(this: unknown[], depth?: number) {
      return flatten([], Object(this) as ArrayLike<unknown>, depth === undefined ? 1 : Math.floor(Number(depth)) || 0)
    }),
  ArrayFlatMap: () =>
    define(Array.prototype, 'flatMap', function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
      if (typeof fn !== 'function') throw new TypeError('flatMap callback must be a function')
      const source = Object(this) as unknown[]
      const result: unknown[] = []
      for (let i = 0; i < source.length; i++) {
        if (!(i in source)) continue
        const mapped = fn.call(thisArg, source[i], i, source)
        if (Array.isArray(mapped)) flatten(result, mapped, 0)
        else result.push(mapped)
      }
      return result
    }),
  StringPadStart: () =>
    define(String.prototype, 'padStart', function padStart(this: string, n: number, s?: string) {
      return pad.call(this, n, s, true)
    }),
  StringPadEnd: () =>
    define(String.prototype, 'padEnd', function padEnd(this: string, n: number, s?: string) {
      return pad.call(this, n, s, false)
    })
}

/** Installs every missing built-in; a no-op where the engine has them all. */
export function installPolyfills(): void {
  // Object.keys, not Object.values: this runs before Object.values may exist.
  for (const name of Object.keys(POLYFILLS)) POLYFILLS[name]()
}

installPolyfills()
