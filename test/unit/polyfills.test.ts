/**
 * src/platform/polyfills.ts against the engine's own built-ins: each native is removed, the polyfill
 * installed, and both must agree on generated inputs (fast-check). Also: an existing native is never
 * replaced, the polyfills are non-enumerable, and es-floor.json (es-check's ignore list) names exactly
 * the features polyfilled, those supported at the floor and those only used behind a typeof guard.
 */
import * as fc from 'fast-check'
import floor from '@/platform/es-floor.json'
import { POLYFILLS } from '@/platform/polyfills'

type Slot = { target: object; name: string }
const SLOTS: Record<string, Slot> = {
  ObjectEntries: { target: Object, name: 'entries' },
  ObjectValues: { target: Object, name: 'values' },
  ObjectFromEntries: { target: Object, name: 'fromEntries' },
  ArrayFlat: { target: Array.prototype, name: 'flat' },
  ArrayFlatMap: { target: Array.prototype, name: 'flatMap' },
  StringPadStart: { target: String.prototype, name: 'padStart' },
  StringPadEnd: { target: String.prototype, name: 'padEnd' }
}

/** Runs fn with the polyfill in place of the native, then puts the native back. Returns [native, polyfill]. */
function withPolyfill<T>(feature: string, fn: () => T): { native: T; polyfilled: T; enumerable: boolean } {
  const { target, name } = SLOTS[feature]
  const original = Object.getOwnPropertyDescriptor(target, name) as PropertyDescriptor
  const native = fn()
  delete (target as Record<string, unknown>)[name]
  try {
    POLYFILLS[feature]()
    const installed = Object.getOwnPropertyDescriptor(target, name)
    expect(installed?.value).not.toBe(original.value)
    return { native, polyfilled: fn(), enumerable: installed?.enumerable === true }
  } finally {
    Object.defineProperty(target, name, original)
  }
}

const same = (feature: string, fn: () => unknown) => {
  const { native, polyfilled, enumerable } = withPolyfill(feature, () => {
    try {
      return { value: fn() }
    } catch (error) {
      return { threw: (error as Error).constructor.name }
    }
  })
  expect(polyfilled).toEqual(native)
  expect(enumerable).toBe(false)
}

const nested = fc.array(fc.oneof(fc.integer(), fc.array(fc.oneof(fc.integer(), fc.array(fc.integer())))), { maxLength: 8 })

describe('polyfills agree with the native built-ins', () => {
  it('Object.entries / values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string())), (o) => {
        same('ObjectEntries', () => (Object as unknown as { entries: (x: object) => unknown }).entries(o))
        same('ObjectValues', () => (Object as unknown as { values: (x: object) => unknown }).values(o))
      })
    )
    same('ObjectEntries', () => Object.entries('ab'))
  })

  it('Object.fromEntries, including a "__proto__" key and a Map', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.string(), fc.constant('__proto__')), fc.integer())), (pairs) => {
        same('ObjectFromEntries', () => {
          const o = Object.fromEntries(pairs)
          return { keys: Object.keys(o), values: Object.keys(o).map((k) => (o as Record<string, unknown>)[k]), proto: Object.getPrototypeOf(o) === Object.prototype }
        })
      })
    )
    same('ObjectFromEntries', () => Object.fromEntries(new Map([['a', 1], ['b', 2]])))
  })

  it('Array.prototype.flat and flatMap, with depths and holes', () => {
    fc.assert(
      fc.property(nested, fc.integer({ min: 0, max: 3 }), (arr, depth) => {
        same('ArrayFlat', () => arr.flat(depth))
        same('ArrayFlat', () => arr.flat())
        same('ArrayFlatMap', () => arr.flatMap((x, i) => (i % 2 === 0 ? [x, [x]] : x)))
      })
    )
    // eslint-disable-next-line no-sparse-arrays
    same('ArrayFlat', () => [1, , [2, , 3]].flat())
    same('ArrayFlatMap', () => [1, 2].flatMap(null as unknown as () => unknown))
  })

  it('String.prototype.padStart / padEnd', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.integer({ min: -2, max: 12 }), fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), (s, n, filler) => {
        same('StringPadStart', () => s.padStart(n, filler))
        same('StringPadEnd', () => s.padEnd(n, filler))
      })
    )
  })
})

describe('installing', () => {
  it.each(Object.keys(SLOTS))('%s leaves an existing native in place', (feature) => {
    const { target, name } = SLOTS[feature]
    const before = Object.getOwnPropertyDescriptor(target, name)
    POLYFILLS[feature]()
    expect(Object.getOwnPropertyDescriptor(target, name)).toEqual(before)
  })

  it('covers exactly the features es-floor.json says are polyfilled, and the ignore list is polyfilled + supported at the floor + guarded', () => {
    expect(Object.keys(POLYFILLS).sort()).toEqual([...floor.polyfilled].sort())
    expect(Object.keys(SLOTS).sort()).toEqual([...floor.polyfilled].sort())
    expect([...floor.features].sort()).toEqual([...floor.polyfilled, ...floor.supportedAtFloor, ...floor.guarded].sort())
  })
})
