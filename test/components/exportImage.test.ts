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
