/** Capital as a business licence prints it: 万元 typed, whole yuan kept, anything ambiguous refused. */
import * as fc from 'fast-check'
import { AMBIGUOUS_WAN, capitalEcho, parseCapital, parseShare, wanOf } from '../../src/domain/profile/capital'

describe('parseCapital', () => {
  // [typed, yuan kept] — accepted forms (issue 8/12: 50, 1000, 99.9999, 0.5, 50万, 500,000元).
  it.each<[string, number | undefined]>([
    ['50', 500_000],
    ['1000', 10_000_000],
    ['99.9999', 999_999],
    ['0.5', 5_000],
    ['0', 0],
    ['', undefined],
    ['  ', undefined],
    ['50万', 500_000],
    ['50 万元', 500_000],
    ['50万元', 500_000],
    ['1,000万', 10_000_000],
    ['500,000元', 500_000],
    ['500000元', 500_000],
    ['500000.00元', 500_000],
    ['５０', 500_000],
    ['500，000元', 500_000],
    ['99999', 999_990_000],
    ['100000万', 1_000_000_000],
  ])('"%s" → %s 元', (typed, yuan) => {
    const r = parseCapital(typed)
    expect(r).toMatchObject({ ok: true, yuan })
  })

  // Refused, each with one message that names the field (v1 mangled these silently).
  it.each([
    ['500000.00', '是否按元填写'],
    ['500000', '是否按元填写'],
    ['-500000', '注册资本'],
    ['1e9', '注册资本'],
    ['abc', '注册资本'],
    ['50万元元', '注册资本'],
    ['1,0000', '注册资本'],
    ['0.00001', '4 位小数'],
    ['12.5元', '整数元'],
    ['99999999999999', '过大'],
    ['+50', '注册资本'],
    ['5.', '注册资本'],
  ])('"%s" is refused (%s)', (typed, says) => {
    const r = parseCapital(typed)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain('注册资本')
      expect(r.message).toContain(says)
    }
  })

  it.each(['100万美元', 'USD 1,000,000', '$100万', '50万港币', '200万欧元'])('explains a capital in a foreign currency (%s): convert at the licence’s rate, then 万元', (text) => {
    const r = parseCapital(text)
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.message).toMatch(/^注册资本是外币的，请按营业执照或验资时的汇率折合人民币/)
    // …and the converted figure is then accepted.
    expect(parseCapital('710')).toEqual({ ok: true, yuan: 7_100_000, echo: '= 710 万元 = 7,100,000 元' })
  })

  it('offers both readings of a bare number ≥ 100000', () => {
    expect(parseCapital('500000.00')).toMatchObject({ ok: false, ask: { asYuan: 500_000, asWan: 5_000_000_000 } })
    expect(parseCapital(String(AMBIGUOUS_WAN - 1))).toMatchObject({ ok: true })
  })

  it('echoes the value in both units', () => {
    expect(parseCapital('50')).toMatchObject({ echo: '= 50 万元 = 500,000 元' })
    expect(capitalEcho(999_999)).toBe('= 99.9999 万元 = 999,999 元')
  })

  it('reads back what it shows: any whole yuan, written in 万元, parses to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (yuan) => {
        const typed = `${wanOf(yuan).replace(/,/g, '')}万`
        expect(parseCapital(typed)).toMatchObject({ ok: true, yuan })
        expect(parseCapital(`${yuan}元`)).toMatchObject({ ok: true, yuan })
      }),
      { numRuns: 300 },
    )
  })
})

describe('parseShare', () => {
  it.each(['-30', '−5', '-0.5%'])('refuses a negative share (%s), never reading it as positive', (text) => {
    expect(parseShare(text)).toEqual({ ok: false, message: '外资持股比例不能是负数：没有外资填 0 或不填' })
  })

  it.each<[string, ReturnType<typeof parseShare>]>([
    ['12.5', { ok: true, value: 12.5 }],
    ['60', { ok: true, value: 60 }],
    ['60%', { ok: true, value: 60 }],
    ['', { ok: true, value: undefined }],
    ['101', { ok: false, message: expect.stringContaining('0 到 100') }],
    ['-5', { ok: false, message: expect.stringContaining('外资持股比例') }],
    ['abc', { ok: false, message: expect.stringContaining('外资持股比例') }],
  ])('"%s"', (typed, want) => {
    expect(parseShare(typed)).toEqual(want)
  })
})
