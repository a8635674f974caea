/**
 * AI filings: 算法备案 (algorithmFiling) and 生成式 AI 备案/登记 (genAiFiling).
 * The law: 《互联网信息服务深度合成管理规定》第十九条; 《互联网信息服务算法推荐管理规定》第二十四条; 《生成式人工智能服务管理暂行办法》第二条、第十七条.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, any, type Condition } from '../../profile/condition'
import type { AiModel, Unsure } from '../../contract/types'
import { LAW, type CiteText, book, type BookRow, type Procedure } from '../book'

/** The `aiModel` answer as a condition leaf; 'unanswered' when the follow-up was not answered. */
export const aiModel = (m: AiModel | Unsure | 'unanswered'): Condition => ({ aiModel: m })
const modelOpen = any(aiModel('unsure'), aiModel('unanswered'))
const ai = act('aiGenerated')
/** The question that decides both AI filings, in the merchant's words. */
/** Credits or a balance may buy AI output (paid information, and a WeChat virtual item) or only own goods. */
export const AI_CREDITS_QUESTION = '用户充值的余额或点数是否用来购买 AI 生成次数、会员等虚拟服务？'

/** What to answer when AI output is paid for: the paid-information test then decides ICP (b25.paidContent). */
export const AI_PAID_HINT = '这种情况请在「小程序怎么收钱」中加选「付费内容」，结果会按有偿提供信息重新判断。'

/** The question that decides both AI filings, in the merchant's words. */
export const AI_MODEL_QUESTION = 'AI 用的是自己的（或在开源模型上训练、微调的）模型，通过接口原样调用别人已备案的大模型，还是未在境内备案的（含境外）模型？'
const DEEP_19: CiteText = 'cac-12 第十九条（具有舆论属性或者社会动员能力的提供者履行备案）'
const ALGO_24: CiteText = 'algorithm-recommendation-provisions 第二十四条（提供服务之日起 10 个工作日内备案）'
const PUBLIC_OPINION: CiteText = 'security-assessment-provisions 第二条第（一）项（含「小程序等信息服务」）'
const GENAI_2_17: CiteText = 'genai-measures 第二条（面向境内公众）、第十七条（算法备案）'
const FILING_PRACTICE: CiteText = 'guangdong-cac-genai-filing-2024 生成式人工智能服务备案与登记公告（2024-04 广东省网信办）'
const FILING_PRACTICE_2025: CiteText = 'cac-genai-filing-2025-04 生成式人工智能服务备案、登记信息公告（2025-04-08）'
const GENAI_22: CiteText = 'genai-measures 第二十二条（提供者含通过可编程接口提供服务）'
const WECHAT_AI: CiteText = 'wechat-categories 深度合成 类目资质（三种途径）'
const PRACTICE_P: CiteText = 'practitioner-ai-filing-articles 从业者文章（备案与登记、微调即转备案）'
/** B2B or internal use: the Measures do not apply (Art. 2); said wherever a filing is called for. */
const PUBLIC_ONLY = '只对企业客户提供或仅供内部使用的，《生成式人工智能服务管理暂行办法》不适用（第二条）；此时标识义务是否仍适用未找到依据，请咨询属地网信办。'

export const ALGORITHM_FILING = book('algorithmFiling', { authority: '国家网信办（beian.cac.gov.cn）', cites: ['algorithm-recommendation-provisions 第二十四条'] , verified: '2026-11-24' }, [
  {
    id: 'ai.algorithm.own',
    when: all(ai, aiModel('own')),
    status: 'required',
    basis: LAW,
    text: `你用自己的（或微调的）模型面向公众生成内容：按《深度合成管理规定》第十九条和《算法推荐管理规定》第二十四条，在提供服务之日起 10 个工作日内到国家网信办算法备案系统办理算法备案（类型「生成合成类」）；小程序服务按字面属于「具有舆论属性」的服务。${PUBLIC_ONLY}`,
    cites: [DEEP_19, ALGO_24, PUBLIC_OPINION, GENAI_2_17],
    fact: 'aiModel',
    wechat: { text: '微信「深度合成」类目也接受小程序主体自己的这份算法备案（类型「生成合成类」）。', cites: [WECHAT_AI] },
    verified: '2026-11-24',
    effective: '2023-01-10',
  },
  {
    id: 'ai.algorithm.thirdParty',
    when: all(ai, aiModel('thirdParty')),
    status: 'consult',
    basis: LAW,
    text: '你通过接口原样调用已备案的大模型：实践中走生成式 AI「登记」，是否还要以自己名义做算法备案，各方说法不一——有从业者认为调用接口也要在 10 个工作日内备案（偏保守的看法）；请向属地网信办确认。',
    cites: [DEEP_19, FILING_PRACTICE, FILING_PRACTICE_2025, PRACTICE_P],
    fact: 'aiModel',
    wechat: {
      text: '微信「深度合成」类目接受技术提供方的算法备案（生成合成类（深度合成））加双方合作协议，或深度合成服务《在用证明》，不要求你自己的算法备案。',
      cites: [WECHAT_AI],
    },
    unsettled: '增补 2026-11b §1.2：调用已备案模型者是否须自行算法备案——从业者说法（B19）与登记实践（B6）冲突',
    verified: '2026-11-24',
  },
  {
    id: 'ai.algorithm.unfiled',
    when: all(ai, aiModel('unfiled')),
    status: 'likely',
    basis: LAW,
    text: '你调用的模型没有在境内备案（含境外大模型）：「登记」只适用于原样调用已备案模型的服务，这条路走不通；面向境内公众提供服务，你就是提供者（《生成式人工智能服务管理暂行办法》第二十二条），一般要以自己名义按《深度合成管理规定》第十九条办理算法备案（类型「生成合成类」）。更稳妥的是改用已备案的模型。请向属地网信办确认。',
    cites: [DEEP_19, ALGO_24, GENAI_22, FILING_PRACTICE_2025],
    fact: 'aiModel',
    wechat: {
      text: '微信「深度合成」类目要你自己的算法备案，或技术提供方的算法备案加合作协议、《在用证明》；模型未在境内备案的提供方给不出后两种。',
      cites: [WECHAT_AI],
    },
    unsettled: '推断：未备案或境外模型的调用方按提供者自行备案（增补 2026-11b §1.2 只写了自有模型与调用已备案模型两种）',
    verified: '2026-12-06',
  },
  {
    id: 'ai.algorithm.open',
    when: all(ai, modelOpen),
    status: 'depends',
    basis: LAW,
    text: '用自己的或微调的模型面向公众提供服务，须办理算法备案；原样调用已备案模型的，实践中走登记，自己是否还要算法备案有争议。取决于模型是谁的。',
    question: AI_MODEL_QUESTION,
    fact: 'aiModel',
    cites: [DEEP_19, ALGO_24, FILING_PRACTICE, FILING_PRACTICE_2025],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

export const GENAI_FILING = book('genAiFiling', { authority: '省级网信办（备案报国家网信办）', cites: ['guangdong-cac-genai-filing-2024 备案与登记公告'] , verified: '2026-11-24' }, [
  {
    id: 'ai.genAi.own',
    when: all(ai, aiModel('own')),
    status: 'required',
    basis: LAW,
    text: `自有或微调的模型向境内公众提供生成式 AI 服务，须经属地省级网信办办理生成式人工智能服务备案（报国家网信办），上线后在显著位置展示模型名称和备案号。${PUBLIC_ONLY}`,
    cites: [GENAI_2_17, FILING_PRACTICE, FILING_PRACTICE_2025],
    fact: 'aiModel',
    verified: '2026-11-24',
    effective: '2023-08-15',
  },
  {
    id: 'ai.genAi.thirdParty',
    when: all(ai, aiModel('thirdParty')),
    status: 'required',
    basis: LAW,
    text: `通过接口原样调用已备案模型、面向公众提供服务的，国家网信办公布的做法是向属地省级网信办办理「登记」，并展示所用模型名称和备案号或上线编号；登记是行政实践，未见《暂行办法》条文规定，做法可能调整。从业者称任何微调都会转为「备案」。${PUBLIC_ONLY}`,
    cites: [FILING_PRACTICE, FILING_PRACTICE_2025, GENAI_22, PRACTICE_P],
    fact: 'aiModel',
    verified: '2026-11-24',
  },
  {
    id: 'ai.genAi.unfiled',
    when: all(ai, aiModel('unfiled')),
    status: 'required',
    basis: LAW,
    text: `面向境内公众的生成式 AI 服务要办理备案或登记；「登记」只适用于原样调用已备案模型的服务，你用的模型没有在境内备案，只能以自己名义经属地省级网信办办理「备案」（报国家网信办），要提交模型的安全评估等材料。境外模型通常难以这样备案，实际可行的做法多是改用已备案的模型，再办理登记。请向属地网信办确认。${PUBLIC_ONLY}`,
    cites: [GENAI_2_17, GENAI_22, FILING_PRACTICE, FILING_PRACTICE_2025],
    fact: 'aiModel',
    verified: '2026-12-06',
  },
  {
    id: 'ai.genAi.open',
    when: all(ai, modelOpen),
    status: 'depends',
    basis: LAW,
    text: '面向公众的生成式 AI 服务：自有或微调的模型办理「备案」，原样调用已备案模型的办理「登记」，调用未在境内备案的模型只能走「备案」，都在属地省级网信办；取决于模型是谁的。',
    question: AI_MODEL_QUESTION,
    fact: 'aiModel',
    cites: [GENAI_2_17, FILING_PRACTICE, FILING_PRACTICE_2025],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** How each filing goes (the plan's steps). */
export const ALGORITHM_PROCEDURE: Procedure = {
  where: '互联网信息服务算法备案系统 beian.cac.gov.cn',
  statutory: '提供服务之日起 10 个工作日内',
  cites: [ALGO_24],
  verified: '2026-11-24',
}
export const GENAI_PROCEDURE: Procedure = {
  typical: '备案约 6–8 个月，登记约 3–4 个月（从业者经验）',
  cites: [PRACTICE_P],
  verified: '2026-11-24',
}
