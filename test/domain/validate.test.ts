/** Bad profiles are refused whole, every problem named by its path. */
import { assess } from '../../src/domain'
import { validateProfile } from '../../src/domain/profile/validate'

const good = {
  schemaVersion: 1,
  platforms: ['wechat'],
  operator: { type: 'company', registeredCapital: 1_000_000, foreignShare: 0, province: '440000' },
  activities: ['ownSales'],
  sectors: ['food'],
}

const withOperator = (o: Record<string, unknown>) => ({ ...good, operator: { ...good.operator, ...o } })

const BAD: Array<[string, unknown, string, RegExp]> = [
  ['a wrong schema version', { ...good, schemaVersion: 2 }, 'schemaVersion', /must be 1/],
  ['no platform', { ...good, platforms: [] }, 'platforms', /at least one platform/],
  ['an unknown platform', { ...good, platforms: ['baidu'] }, 'platforms.0', /must be one of wechat, alipay, douyin/],
  ['an unknown operator type', withOperator({ type: 'llc' }), 'operator.type', /must be one of/],
  ['capital below 0', withOperator({ registeredCapital: -1 }), 'operator.registeredCapital', /0 or more/],
  ['capital with fen', withOperator({ registeredCapital: 1000.5 }), 'operator.registeredCapital', /whole number/],
  ['capital as text', withOperator({ registeredCapital: '100万' }), 'operator.registeredCapital', /number/],
  ['a share over 100', withOperator({ foreignShare: 101 }), 'operator.foreignShare', /between 0 and 100/],
  ['a share below 0', withOperator({ foreignShare: -5 }), 'operator.foreignShare', /between 0 and 100/],
  ['a city code as province', withOperator({ province: '440100' }), 'operator.province', /GB\/T 2260/],
  ['a flag as text', withOperator({ multiProvince: 'yes' }), 'operator.multiProvince', /true, false or "unsure"/],
  ['an unknown activity', { ...good, activities: ['ownSales', 'crypto'] }, 'activities.1', /must be one of/],
  ['an unknown sector', { ...good, sectors: ['tobacco'] }, 'sectors.0', /must be one of/],
  ['activities not a list', { ...good, activities: 'ownSales' }, 'activities', /list/],
  ['an unknown field', { ...good, extra: true }, 'extra', /unknown field/],
  ['an unknown operator field', withOperator({ capital: 1 }), 'operator.capital', /unknown field/],
  ['no operator', { ...good, operator: undefined }, 'operator', /object/],
  ['not an object', 'hello', '(profile)', /object/],
]

describe.each(BAD)('a profile with %s', (_what, input, path, message) => {
  it(`is refused, naming ${path}`, () => {
    const v = validateProfile(input)
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.problems).toContainEqual({ path, message: expect.stringMatching(message) })
  })
  it('is never half-evaluated', () => {
    expect(assess(input)).toEqual({ ok: false, problems: expect.any(Array) })
  })
})

describe('validation', () => {
  it('names every problem at once, not only the first', () => {
    const v = validateProfile({ ...good, platforms: [], operator: { type: 'x', foreignShare: 200 } })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.problems.map((p) => p.path).sort()).toEqual(['operator.foreignShare', 'operator.type', 'platforms'])
  })
  it('accepts the minimal profile and puts lists in canonical order without repeats', () => {
    const v = validateProfile({ schemaVersion: 1, platforms: ['alipay', 'wechat', 'alipay'], operator: { type: 'individual' }, activities: ['ugc', 'showcase'], sectors: [] })
    expect(v).toEqual({
      ok: true,
      profile: { schemaVersion: 1, platforms: ['wechat', 'alipay'], operator: { type: 'individual' }, activities: ['showcase', 'ugc'], sectors: [] },
    })
  })
})
