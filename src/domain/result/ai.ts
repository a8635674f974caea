/**
 * The "AI" block of the result (addendum 2026-11b §1, §7.1–7.6): for a profile with the
 * activity `aiGenerated`, three lines — the algorithm filing, the generative-AI 备案 or 登记,
 * and the labelling duty — then the model display, consent for face or voice editing, the
 * WeChat 深度合成 category (which does not prove the filings) and what is not known.
 *
 * The filing lines read their status from the assessment (rules/ai.ts decides them), so the
 * block never says more than the rulebook. Pure: no Taro, no React.
 */
import { type CiteText } from '../law'
import { isNeeded } from '../contract/types'
import { AI_PAID_HINT } from '../law/ai'
import type { Assessment, Profile, RequirementId, Status } from '../contract/types'

export type AiLineId =
  | 'algorithmFiling'
  | 'genAiFiling'
  | 'labelling'
  | 'icp'
  | 'modelDisplay'
  | 'consent'
  | 'wechatCategory'
  | 'businessOnly'
  | 'userPosts'
  | 'alipay'

export interface AiLine {
  id: AiLineId
  title: string
  text: string
  /** For the two filing lines: the status the rulebook gives. */
  status?: Status
  /** The office (addendum §5), as the assessment's requirement names it (its book's office, ../law). */
  authority?: string
  sources: string[]
  /**
   * The requirement whose card on the result carries this line's reasons, step and sources (the
   * two filing lines, once the rulebook gives them a status): the page points there instead of
   * repeating them.
   */
  requirement?: RequirementId
}

export interface AiBlock {
  lines: AiLine[]
}

/** The labelling duty in force since 2025-09-01 (B7 Art. 4–9, GB 45438-2025 §6). */
export const LABELLING_EFFECTIVE = '2025-09-01'
export const LABELLING_TEXT =
  `自 ${LABELLING_EFFECTIVE} 起，AI 生成或合成的文字、图片、音频、视频和交互界面须加显式标识（如「AI生成」），` +
  '导出、下载的文件保留显式标识并在文件元数据中写入隐式标识（生成属性、服务提供者名称或编码、内容编号）；' +
  '用户协议须写明标识方式（《标识办法》第八条）；对话类界面在内容附近或界面顶部、底部、背景持续显示含「人工智能/AI」和「生成/合成」字样的提示即可（GB 45438 第 6 章）。' +
  '只有用户协议另有约定时才可提供不带显式标识的内容，且日志至少保存 6 个月（第九条）。'

export const MODEL_DISPLAY_TEXT =
  '在 AI 功能的显著位置或产品详情页展示所用模型的名称和备案号（走登记的，为备案号或上线编号）；微信审核不检查这一项，要自己做。'

export const CONSENT_TEXT =
  '如果有 AI 换脸、换声、声音克隆或人脸编辑：提示用户告知被编辑的本人，并取得其单独同意（《深度合成管理规定》）；这项要在上线前做进流程里。'

export const WECHAT_CATEGORY_TEXT =
  '微信提审要选「深度合成」类目（AI问答、AI换脸、AI绘画、AI创作，按功能可多选），资质三选一：自己的算法备案（生成合成类）；技术提供方的算法备案加合作协议；或深度合成服务《在用证明》。' +
  '个人主体和境外主体不能选这些类目。通过类目审核只说明算法备案这一项材料齐了，不等于完成了生成式 AI 备案或登记。微信类目表中没有声音合成、声音克隆的类目。'

/** A next step with the sources it rests on (the shape of rules/next-steps.ts). */
export interface AiStepRow {
  id: string
  text: string
  cites: readonly CiteText[]
}

/** Next steps for AI (../steps.ts adds them): labelling, model display, consent for face/voice. */
export const AI_STEP_ROWS = {
  labelling: {
    id: 'step.ai.labelling',
    text: `AI 生成内容的标识（${LABELLING_EFFECTIVE} 起施行）：界面和输出加「AI生成」显式标识，导出文件写入元数据隐式标识，用户协议写明标识方式；对话界面可用常驻提示。`,
    cites: [
      'ai-labelling-measures 《人工智能生成合成内容标识办法》第四条至第九条',
      'gb-45438-2025 GB 45438-2025 第 6 章（交互界面常驻提示）',
    ],
  },
  modelDisplay: {
    id: 'step.ai.modelDisplay',
    text: '在 AI 功能处展示所用模型名称和备案号（或上线编号）。',
    cites: ['cac-genai-filing-2025-04 显著位置展示模型名称、备案号或上线编号'],
  },
  consent: {
    id: 'step.ai.consent',
    text: '有 AI 换脸、换声或声音克隆的：上线前加入「告知被编辑人并取得其单独同意」的流程。',
    cites: ['cac-12 人脸、人声编辑：提示告知被编辑人并取得单独同意'],
  },
} as const satisfies Record<string, AiStepRow>

export const AI_STEPS: readonly string[] = Object.values(AI_STEP_ROWS).map((r) => r.text)

export function aiSteps(p: Profile): string[] {
  return p.activities.includes('aiGenerated') ? [...AI_STEPS] : []
}

/** An AI line's text before the model question is answered. */
const UNTIL_MODEL = '回答模型是谁的之后才能判断。'

const modelWord = (p: Profile): string => {
  const m = p.facts?.aiModel
  return m === 'own' || m === 'unfiled' ? '备案' : m === 'thirdParty' ? '登记' : '备案或登记'
}

/** The AI block, or null when the profile has no AI-generated content. */
export function aiBlock(p: Profile, a: Assessment): AiBlock | null {
  if (!p.activities.includes('aiGenerated')) return null
  const req = (id: RequirementId) => a.requirements.find((r) => r.id === id)
  const lines: AiLine[] = []

  const algo = req('algorithmFiling')
  const algoLine: AiLine = {
    id: 'algorithmFiling',
    title: '算法备案（深度合成）',
    text: algo?.reasons[0]?.text ?? UNTIL_MODEL,
    sources: algo !== undefined ? [...new Set(algo.reasons.flatMap((r) => r.sources))] : ['cac-12', 'algorithm-recommendation-provisions'],
  }
  if (algo !== undefined) {
    algoLine.status = algo.status
    algoLine.requirement = algo.id
  }
  if (algo?.authority !== undefined) algoLine.authority = algo.authority
  lines.push(algoLine)

  const gen = req('genAiFiling')
  const genLine: AiLine = {
    id: 'genAiFiling',
    title: `生成式人工智能服务${modelWord(p)}`,
    text: gen?.reasons[0]?.text ?? UNTIL_MODEL,
    sources: gen !== undefined ? [...new Set(gen.reasons.flatMap((r) => r.sources))] : ['genai-measures', 'guangdong-cac-genai-filing-2024'],
  }
  if (gen !== undefined) {
    genLine.status = gen.status
    genLine.requirement = gen.id
  }
  if (gen?.authority !== undefined) genLine.authority = gen.authority
  lines.push(genLine)

  lines.push({ id: 'labelling', title: 'AI 生成内容标识', text: LABELLING_TEXT, status: 'required', sources: ['ai-labelling-measures', 'gb-45438-2025'] })
  const icp = req('icpLicense')
  const paid = icp?.reasons.find((r) => r.rule === 'b25.ai.paid')
  if (paid !== undefined && icp !== undefined) {
    lines.push({ id: 'icp', title: 'AI 收费与 ICP 许可证', text: paid.text, status: icp.status, sources: [...paid.sources] })
  } else {
    lines.push({
      id: 'icp',
      title: 'AI 收费与 ICP 许可证',
      text: `AI 本身不改变 ICP 结论：免费的 AI 问答、客服只需备案；AI 生成收费（会员、按次、点数）属于有偿提供信息，ICP 许可证很可能需要。${AI_PAID_HINT}`,
      sources: ['internet-info-services-measures', 'practitioner-ai-filing-articles'],
    })
  }
  lines.push({ id: 'modelDisplay', title: '展示模型名称和备案号', text: MODEL_DISPLAY_TEXT, sources: ['guangdong-cac-genai-filing-2024'] })
  lines.push({ id: 'consent', title: '换脸、换声：被编辑人单独同意', text: CONSENT_TEXT, sources: ['cac-12'] })

  if (p.platforms.includes('wechat')) {
    const closed = p.operator.type === 'individual'
    lines.push({
      id: 'wechatCategory',
      title: closed ? '微信「深度合成」类目：个人主体不能选' : '微信「深度合成」类目',
      text: closed
        ? `${WECHAT_CATEGORY_TEXT}以个人主体上线 AI 功能会在代码审核时被驳回：改用公司主体，个体工商户按企业类型认证，一般也可以（推断）。`
        : WECHAT_CATEGORY_TEXT,
      sources: ['wechat-categories', 'wechat-deep-synthesis-category-guide'],
    })
  }
  lines.push({
    id: 'businessOnly',
    title: '只对企业客户或内部使用',
    text: '只对企业客户提供、或仅供内部使用而不面向公众的，《生成式人工智能服务管理暂行办法》不适用（第二条）；标识义务是否仍适用未找到依据，请咨询属地网信办。',
    status: 'consult',
    authority: '属地省级网信办',
    sources: ['genai-measures'],
  })
  if (p.platforms.includes('wechat') && (p.activities.includes('ugc') || p.activities.includes('messaging'))) {
    lines.push({
      id: 'userPosts',
      title: '用户分享 AI 内容',
      text: '自 2025-08-31 起，用户在微信发布 AI 生成内容须主动声明：如果允许用户分享 AI 生成的内容，在分享入口加上声明。',
      sources: ['wechat-ai-label-notice-2025'],
    })
  }
  if (p.platforms.includes('alipay')) {
    lines.push({
      id: 'alipay',
      title: '支付宝',
      text: '未找到支付宝关于 AI 类目或 AI 功能的规则：本工具不为支付宝列出 AI 相关资质，法规上的备案、登记和标识同样适用。',
      sources: [],
    })
  }
  return { lines }
}

/** Whether the block calls any filing needed (the result's "AI" block headline). */
export const aiNeedsFiling = (a: Assessment): boolean =>
  a.requirements.some((r) => (r.id === 'algorithmFiling' || r.id === 'genAiFiling') && isNeeded(r))
