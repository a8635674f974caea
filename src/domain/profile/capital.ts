/**
 * Numbers as a merchant types them: registered capital in 万元 (the unit a business licence
 * prints, contract v1.1) and the foreign share in percent. Pure, exact (decimal strings are
 * read digit by digit, never through floating point), and strict: what could be read two
 * ways is refused with one message naming the field, never guessed.
 *
 * The capital rule (docs/wizard.md):
 * - a bare number is 万元: `50`, `1000`, `99.9999`, `0.5` (at most 4 decimals: 0.0001 万元 = 1 元);
 * - a number with 万 or 万元 is 万元: `50万`, `50 万元`;
 * - a number with 元 is yuan: `500000元`, `500,000 元`, `500000.00元` (whole yuan only);
 * - thousands separators (`,` or `，`) are allowed only in groups of three;
 * - a bare number of 100000 or more is ambiguous (100000 万元 = 10 亿元 is rare; 500000 typed
 *   in yuan is common): it is refused with the question 是否按元填写？ and both readings;
 * - anything else — a sign, an exponent (`1e9`), letters, two units — is refused.
 * The value kept is whole yuan (the profile's unit).
 */

export type CapitalParse =
  | { ok: true; yuan: number | undefined; echo: string }
  | { ok: false; message: string; ask?: { asYuan?: number; asWan: number } }

export type ShareParse = { ok: true; value: number | undefined } | { ok: false; message: string }

/** Bare numbers from here up ask whether yuan was meant. */
export const AMBIGUOUS_WAN = 100_000
/** 1 万亿元: beyond any registered capital, and within exact integers. */
const MAX_YUAN = 1e12

const FULL_WIDTH: Record<string, string> = { '，': ',', '．': '.', '。': '.', '　': ' ' }

function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，．。　]/g, (c) => FULL_WIDTH[c])
    .replace(/\s+/g, '')
}

/** Thousands separators without Intl (not every mini-program engine ships full ICU). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Whole yuan as 万元 with up to 4 decimals: 999999 → "99.9999", 5000000 → "500". */
export function wanOf(yuan: number): string {
  const whole = Math.floor(yuan / 10_000)
  const rest = String(yuan % 10_000).padStart(4, '0').replace(/0+$/, '')
  return rest === '' ? groupDigits(whole) : `${groupDigits(whole)}.${rest}`
}

/** "50 万元"; what the review and the result show. */
export const formatWan = (yuan: number): string => `${wanOf(yuan)} 万元`

/** "= 50 万元 = 500,000 元"; echoed under the field. */
export const capitalEcho = (yuan: number): string => `= ${formatWan(yuan)} = ${groupDigits(yuan)} 元`

const FIELD = '注册资本'
const EXAMPLES = '例如 50、99.9999、50万 或 500,000元'

const TOO_LARGE = `${FIELD}数字过大，请按营业执照填写（单位：万元）`
/** digits with optional groups of three, then optional decimals. */
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

/** A capital in a foreign currency, as typed: 100万美元, USD 1,000,000, 50万港币 … */
const FOREIGN_CURRENCY = /美元|美金|港元|港币|欧元|日元|英镑|新加坡元|澳元|加元|usd|hkd|eur|jpy|gbp|us\$|\$|€|£/i

export function parseCapital(text: string): CapitalParse {
  const t = normalise(text)
  if (t === '') return { ok: true, yuan: undefined, echo: '' }
  if (FOREIGN_CURRENCY.test(t)) {
    return {
      ok: false,
      message: `${FIELD}是外币的，请按营业执照或验资时的汇率折合人民币，再按万元填写（例如折合 710 万元就填 710）`,
    }
  }
  if (/^[-−+]/.test(t)) return { ok: false, message: `${FIELD}不能带正负号，请按营业执照填写，${EXAMPLES}` }
  const unitMatch = /^(.*?)(万元|万|元)$/.exec(t)
  const unit = unitMatch === null ? 'bare' : unitMatch[2] === '元' ? 'yuan' : 'wan'
  const num = unitMatch === null ? t : unitMatch[1]
  const m = NUMBER.exec(num)
  if (m === null) return { ok: false, message: `${FIELD}请填数字（单位：万元），${EXAMPLES}` }
  const intDigits = m[1].replace(/,/g, '')
  const frac = m[2] ?? ''
  if (intDigits.length > 13) return { ok: false, message: TOO_LARGE }
  const whole = Number(intDigits)
  if (unit === 'yuan') {
    if (/[^0]/.test(frac)) return { ok: false, message: `${FIELD}按元填写时请填整数元，${EXAMPLES}` }
    if (whole > MAX_YUAN) return { ok: false, message: TOO_LARGE }
    return { ok: true, yuan: whole, echo: capitalEcho(whole) }
  }
  if (frac.replace(/0+$/, '').length > 4) {
    return { ok: false, message: `${FIELD}按万元填写最多 4 位小数（0.0001 万元 = 1 元）` }
  }
  const yuan = whole * 10_000 + Number(frac.slice(0, 4).padEnd(4, '0'))
  if (yuan > MAX_YUAN) return { ok: false, message: TOO_LARGE }
  if (unit === 'bare' && whole >= AMBIGUOUS_WAN) {
    const yuanReading = /[^0]/.test(frac) || whole > MAX_YUAN ? undefined : whole
    return {
      ok: false,
      message:
        yuanReading === undefined
          ? `${FIELD}单位是万元：${num} 万元 = ${groupDigits(yuan)} 元，请核对；确是万元请写成「${num}万」`
          : `${FIELD}单位是万元：${num} 万元 = ${groupDigits(yuan)} 元。是否按元填写？请写成「${intDigits}元」或「${num}万」`,
      ask: yuanReading === undefined ? { asWan: yuan } : { asYuan: yuanReading, asWan: yuan },
    }
  }
  return { ok: true, yuan, echo: capitalEcho(yuan) }
}

/** The foreign share in percent: 0–100, decimals allowed; blank is "not said" (read as 0). */
export function parseShare(text: string): ShareParse {
  const t = normalise(text).replace(/%$|％$/, '')
  if (t === '') return { ok: true, value: undefined }
  if (/^[-−]/.test(t)) return { ok: false, message: '外资持股比例不能是负数：没有外资填 0 或不填' }
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(t)
  if (m === null) return { ok: false, message: '外资持股比例只能填 0 到 100 的数字，例如 30 或 12.5' }
  const n = Number(t)
  if (n > 100) return { ok: false, message: '外资持股比例须在 0 到 100 之间' }
  return { ok: true, value: n }
}
