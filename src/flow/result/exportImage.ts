/**
 * Export the result as one image: a one-page summary drawn on a canvas. On WeChat and Alipay it
 * is drawn on an offscreen 2d canvas and opened with the platform's image preview (long-press
 * to save or forward: no album permission needed); on the web it is downloaded as a PNG.
 * `imageLines` and `wrap` are pure and tested; the drawing is a thin layer over them.
 */
import Taro from '@tarojs/taro'
import { type Assessment, DISCLAIMER, headline, type Plan, PLATFORM_LABELS, REQUIREMENT_LABELS, STATUS_LABELS, statusLabel } from '../../domain'

export interface ImageLine {
  text: string
  kind: 'title' | 'head' | 'section' | 'line' | 'muted'
}

/**
 * What the image says, top to bottom: the verdict, what blocks, the steps, the filing form's key
 * fields (服务内容, 前置审批, 备注), the duties (上线前还要做到), what is open, what is not needed.
 */
export function imageLines(a: Assessment, plan: Plan): ImageLine[] {
  const out: ImageLine[] = [
    { kind: 'title', text: '小程序资质评估' },
    { kind: 'head', text: headline(a) },
  ]
  if (plan.blockers !== null) {
    out.push({ kind: 'section', text: `先解决：现在还不能取得 ${plan.blockers.requirements.map((id) => REQUIREMENT_LABELS[id]).join('、')}` })
    for (const p of plan.blockers.problems) out.push({ kind: 'line', text: p.text })
    plan.blockers.ways.forEach((w, i) => out.push({ kind: 'line', text: `出路 ${i + 1}：${w.text}` }))
  }
  if (plan.steps.length > 0) {
    out.push({ kind: 'section', text: '要做的事（按顺序）' })
    plan.steps.forEach((s, i) => out.push({ kind: 'line', text: `${i + 1}. 【${statusLabel(s)}】${s.label}：${s.action}` }))
  }
  for (const d of a.filingDrafts ?? []) {
    out.push({ kind: 'section', text: `${PLATFORM_LABELS[d.platform] ?? d.platform}小程序备案表单（编码 ${d.snapshot}）` })
    out.push({ kind: 'line', text: `服务内容：${d.serviceContent.map((s) => `${s.parent}-${s.name}（${s.code}）`).join('；')}` })
    out.push({ kind: 'line', text: `前置审批：${d.preApprovals.map((x) => `${x.name}（${x.code}）`).join('；')}` })
    out.push({ kind: 'line', text: `备注：${d.remark}` })
  }
  // 待确认 after the steps, before the duties and categories: the page's order (ResultPlan).
  if (plan.open.length > 0) {
    out.push({ kind: 'section', text: '待确认' })
    for (const o of plan.open) out.push({ kind: 'line', text: `${o.label}：${o.questions.map((q) => q.question).join('；') || (o.question ?? STATUS_LABELS[o.status])}` })
  }
  if (plan.duties.length > 0) {
    out.push({ kind: 'section', text: '上线前还要做到' })
    const line = (d: Plan['duties'][number]) => `【${statusLabel(d)}】${d.label}${d.question !== undefined ? `（取决于：${d.question}）` : ''}`
    for (const d of plan.duties.filter((x) => !x.platform)) out.push({ kind: 'line', text: line(d) })
    const platform = plan.duties.filter((x) => x.platform)
    if (platform.length > 0) out.push({ kind: 'line', text: `平台要求：${platform.map(line).join('；')}` })
  }
  const cats = a.categories.filter((c) => c.path.length > 0)
  if (cats.length > 0) {
    out.push({ kind: 'section', text: '提交审核时选择的类目' })
    for (const c of cats) out.push({ kind: 'line', text: `${PLATFORM_LABELS[c.platform] ?? c.platform}：${c.path.join(' > ')}${c.available ? '' : '（不对你开放）'}` })
  }
  if (plan.notNeeded.length > 0) {
    out.push({ kind: 'section', text: '通常不需要' })
    out.push({ kind: 'line', text: plan.notNeeded.map((n) => n.label).join('、') })
  }
  out.push({ kind: 'muted', text: `规则版本 ${a.rulesetVersion}` })
  out.push({ kind: 'muted', text: DISCLAIMER })
  return out
}

/** A character no row may start with (closing punctuation: 行首禁则). */
const NO_ROW_START = /^[，。、；：！？）」』》】〉,.;:!?)\]}%]/
/** A run kept whole where it fits: a web address, a code, a number with its unit (mp.weixin.qq.com, B25, 30%). */
const RUN = /[A-Za-z0-9][A-Za-z0-9._\-/:%@?=&#+]*/y

/**
 * Break a line to fit `max` wide (issue 25: no "mp.weixin.qq.co/m", no row starting with "；"):
 * Chinese breaks between any two characters; a Latin run (an address, a code) moves whole to the
 * next row when it fits there; a closing punctuation mark never starts a row (it takes the
 * character before it along).
 */
export function wrap(text: string, max: number, measure: (s: string) => number): string[] {
  const tokens: string[] = []
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; ) {
    const rest = chars.slice(i).join('')
    RUN.lastIndex = 0
    const m = RUN.exec(rest)
    const tok = m !== null && m.index === 0 && m[0].length > 1 ? m[0] : chars[i]
    tokens.push(tok)
    i += Array.from(tok).length
  }
  const rows: string[] = []
  let row = ''
  for (const tok of tokens) {
    if (measure(row + tok) <= max || (row === '' && tok.length === 1)) {
      row += tok
      continue
    }
    if (tok.length > 1 && measure(tok) > max) {
      // A run longer than a row: character by character, as Chinese.
      for (const ch of Array.from(tok)) {
        if (row !== '' && measure(row + ch) > max) {
          rows.push(row)
          row = ''
        }
        row += ch
      }
      continue
    }
    if (NO_ROW_START.test(tok)) {
      // Take the characters before the mark along (back to one that is not a mark), so the new row starts with a character.
      const kept = Array.from(row)
      let moved = ''
      while (kept.length > 1 && (moved === '' || NO_ROW_START.test(moved))) moved = (kept.pop() as string) + moved
      if (!NO_ROW_START.test(moved) && measure(moved + tok) <= max) {
        rows.push(kept.join(''))
        row = moved + tok
        continue
      }
    }
    rows.push(row)
    row = tok
  }
  if (row !== '' || rows.length === 0) rows.push(row)
  return rows
}

const WIDTH = 750
const PAD = 40
const STYLE: Record<ImageLine['kind'], { size: number; color: string; bold: boolean; gap: number }> = {
  title: { size: 40, color: '#1d2129', bold: true, gap: 16 },
  head: { size: 32, color: '#c0282d', bold: true, gap: 24 },
  section: { size: 30, color: '#1d2129', bold: true, gap: 20 },
  line: { size: 26, color: '#1d2129', bold: false, gap: 8 },
  muted: { size: 22, color: '#4e5969', bold: false, gap: 12 },
}

interface Ctx2D {
  font: string
  fillStyle: string | unknown
  textBaseline: string
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(t: string, x: number, y: number): void
  measureText(t: string): { width: number }
}
interface CanvasLike {
  width: number
  height: number
  getContext(type: '2d'): unknown
}

const fontOf = (k: ImageLine['kind']) => `${STYLE[k].bold ? 'bold ' : ''}${STYLE[k].size}px sans-serif`

/** Lay the lines out, size the canvas to them and draw. */
export function draw(canvas: CanvasLike, lines: readonly ImageLine[]): void {
  let ctx = canvas.getContext('2d') as Ctx2D
  const rows: Array<{ text: string; kind: ImageLine['kind']; y: number }> = []
  let y = PAD
  for (const l of lines) {
    const s = STYLE[l.kind]
    ctx.font = fontOf(l.kind)
    y += s.gap
    for (const r of wrap(l.text, WIDTH - 2 * PAD, (t) => ctx.measureText(t).width || t.length * s.size)) {
      rows.push({ text: r, kind: l.kind, y })
      y += Math.round(s.size * 1.45)
    }
  }
  canvas.height = y + PAD
  ctx = canvas.getContext('2d') as Ctx2D // resizing resets the context state
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, WIDTH, canvas.height)
  ctx.textBaseline = 'top'
  for (const r of rows) {
    ctx.font = fontOf(r.kind)
    ctx.fillStyle = STYLE[r.kind].color
    ctx.fillText(r.text, PAD, r.y)
  }
}

async function miniProgramFile(canvas: CanvasLike): Promise<string> {
  try {
    const r = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as never)
    return r.tempFilePath
  } catch {
    // Older engines: write the canvas's data URL to a user file.
    const url = (canvas as unknown as { toDataURL(t: string): string }).toDataURL('image/png')
    const path = `${(Taro.env as { USER_DATA_PATH?: string }).USER_DATA_PATH ?? ''}/result-summary.png`
    Taro.getFileSystemManager().writeFileSync(path, url.replace(/^data:image\/png;base64,/, ''), 'base64')
    return path
  }
}

/** Draw the summary and hand it over: image preview on WeChat and Alipay, a PNG download on the web. */
export async function exportImage(a: Assessment, plan: Plan): Promise<void> {
  const lines = imageLines(a, plan)
  try {
    if (process.env.TARO_ENV === 'h5') {
      const canvas = document.createElement('canvas')
      canvas.width = WIDTH
      draw(canvas, lines)
      const link = document.createElement('a')
      link.href = canvas.toDataURL('image/png')
      link.download = `小程序资质评估-${a.rulesetVersion}.png`
      link.click()
      return
    }
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width: WIDTH, height: 100 }) as unknown as CanvasLike
    draw(canvas, lines)
    const path = await miniProgramFile(canvas)
    await Taro.previewImage({ urls: [path], current: path })
  } catch {
    void Taro.showToast({ title: '图片生成失败，可改用「复制结果文字」', icon: 'none' })
  }
}
