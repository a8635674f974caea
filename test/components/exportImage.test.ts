/** src/flow/result/exportImage.ts: what the image says, how it wraps, and the hand-over per platform. */
import * as fc from 'fast-check'
import Taro from '@tarojs/taro'
import { assessmentOf } from '@/domain/result/assess'
import { REQUIREMENT_LABELS } from '@/domain/contract/labels'
import { buildPlan } from '@/domain/result/plan'
import { DISCLAIMER, headline } from '@/domain/result/summary'
import { draw, exportImage, imageLines, wrap } from '@/flow/result/exportImage'
import { example } from '../fixtures/profiles'
import { profileArb } from '../domain/arbitraries'

it('the image leads with the verdict and any blocker, lists every step, ends with the disclaimer', () => {
  fc.assert(
    fc.property(profileArb, (p) => {
      const a = assessmentOf(p)
      const plan = buildPlan(p, a)
      const lines = imageLines(a, plan)
      expect(lines[1].text).toBe(headline(a))
      if (plan.blockers !== null) expect(lines[2].text).toContain('先解决')
      const text = lines.map((l) => l.text).join('\n')
      for (const s of plan.steps) expect(text).toContain(REQUIREMENT_LABELS[s.id])
      expect(lines[lines.length - 1].text).toBe(DISCLAIMER)
    }),
    { numRuns: 40 },
  )
})

it('wrap keeps every character, in order, and no row is wider than allowed (one-char rows aside)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (s, max) => {
      const rows = wrap(s, max, (t) => Array.from(t).length)
      expect(rows.join('')).toBe(s)
      for (const r of rows) expect(Array.from(r).length <= max || Array.from(r).length === 1).toBe(true)
    }),
  )
})

it('never breaks a web address or a code that fits a row, and never starts a row with closing punctuation (issue 25)', () => {
  const one = (t: string) => Array.from(t).length
  const rows = wrap('在微信公众平台（mp.weixin.qq.com）提交小程序备案；平台初审 1–2 个工作日', 20, one)
  expect(rows.join('')).toBe('在微信公众平台（mp.weixin.qq.com）提交小程序备案；平台初审 1–2 个工作日')
  expect(rows.some((r) => r.includes('mp.weixin.qq.com'))).toBe(true)
  fc.assert(
    // Text as it is written: a mark follows a character, not another mark.
    fc.property(fc.array(fc.constantFrom('备', '案', '；', '，', '。', '）', 'a', 'b', '.'), { maxLength: 80 }).filter((cs) => cs.every((c, i) => i === 0 || !/[；，。）.]/.test(c) || !/[；，。）.]/.test(cs[i - 1]))), fc.integer({ min: 2, max: 20 }), (cs, max) => {
      const text = cs.join('')
      const out = wrap(text, max, one)
      expect(out.join('')).toBe(text)
      // A row may start with a mark only where the text does, or where the row before it had one character to give.
      for (const [i, r] of out.entries()) if (i > 0 && /^[；，。）]/.test(r)) expect(Array.from(out[i - 1]).length <= 1 || one(Array.from(out[i - 1]).slice(-1)[0] + r.charAt(0)) > max).toBe(true)
    }),
  )
})

it('carries the categories to choose', () => {
  const p = example(5).profile
  const a = assessmentOf(p)
  const text = imageLines(a, buildPlan(p, a)).map((l) => l.text).join('\n')
  for (const c of a.categories.filter((x) => x.path.length > 0)) expect(text).toContain(c.path.join(' > '))
})

function fakeCanvas() {
  const texts: string[] = []
  const ctx = { font: '', fillStyle: '', textBaseline: '', fillRect: jest.fn(), fillText: (t: string) => texts.push(t), measureText: (t: string) => ({ width: t.length * 26 }) }
  return { canvas: { width: 750, height: 100, getContext: () => ctx, toDataURL: () => 'data:image/png;base64,AAAA' }, texts }
}

it('draws every line and sizes the canvas to the text', () => {
  const p = example(10).profile
  const a = assessmentOf(p)
  const { canvas, texts } = fakeCanvas()
  draw(canvas, imageLines(a, buildPlan(p, a)))
  expect(texts.join('')).toContain(headline(a).replace(/\s/g, '').slice(0, 4))
  expect(canvas.height).toBeGreaterThan(100)
})

it('on WeChat/Alipay: an offscreen canvas, then the image preview (no album permission)', async () => {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  const { canvas } = fakeCanvas()
  const t = Taro as unknown as Record<string, jest.Mock>
  t.createOffscreenCanvas = jest.fn(() => canvas)
  t.canvasToTempFilePath = jest.fn(() => Promise.resolve({ tempFilePath: 'wxfile://tmp/result.png' }))
  t.previewImage = jest.fn(() => Promise.resolve({}))
  const p = example(5).profile
  const a = assessmentOf(p)
  await exportImage(a, buildPlan(p, a))
  expect(t.createOffscreenCanvas).toHaveBeenCalledWith(expect.objectContaining({ type: '2d' }))
  expect(t.previewImage).toHaveBeenCalledWith({ urls: ['wxfile://tmp/result.png'], current: 'wxfile://tmp/result.png' })
  process.env.TARO_ENV = env
})

it('on the web: a PNG download', async () => {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'h5'
  const { canvas } = fakeCanvas()
  const proto = HTMLCanvasElement.prototype as unknown as Record<string, unknown>
  const saved = { getContext: proto.getContext, toDataURL: proto.toDataURL }
  proto.getContext = canvas.getContext
  proto.toDataURL = canvas.toDataURL
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.download).toMatch(/\.png$/)
    expect(this.href).toMatch(/^data:image\/png/)
  })
  const p = example(5).profile
  const a = assessmentOf(p)
  await exportImage(a, buildPlan(p, a))
  expect(click).toHaveBeenCalledTimes(1)
  Object.assign(proto, saved)
  click.mockRestore()
  process.env.TARO_ENV = env
})

it('the image carries the duties (上线前还要做到) and the filing draft’s codes, 前置审批 and 备注 (issues 23, 24)', () => {
  fc.assert(
    fc.property(profileArb, (p) => {
      const a = assessmentOf(p)
      const plan = buildPlan(p, a)
      const text = imageLines(a, plan)
        .map((l) => l.text)
        .join('\n')
      if (plan.duties.length > 0) expect(text).toContain('上线前还要做到')
      for (const d of plan.duties) expect(text).toContain(d.label)
      for (const d of a.filingDrafts) {
        for (const s of d.serviceContent) expect(text).toContain(`${s.name}（${s.code}）`)
        for (const x of d.preApprovals) expect(text).toContain(`${x.name}（${x.code}）`)
        expect(text).toContain(`备注：${d.remark}`)
      }
    }),
    { numRuns: 40 },
  )
})

it('tells the sections in the page’s order: the steps, 待确认, then the duties and the categories, 通常不需要 last', () => {
  fc.assert(
    fc.property(profileArb, (p) => {
      const a = assessmentOf(p)
      const sections = imageLines(a, buildPlan(p, a)).filter((l) => l.kind === 'section').map((l) => l.text)
      const at = (name: string) => sections.findIndex((s) => s.startsWith(name))
      const order = ['要做的事', '待确认', '上线前还要做到', '提交审核时选择的类目', '通常不需要'].map(at).filter((i) => i >= 0)
      expect(order).toEqual([...order].sort((x, y) => x - y))
    }),
    { numRuns: 100 },
  )
})
