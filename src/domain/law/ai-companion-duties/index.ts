/**
 * AI 拟人化互动服务义务 (aiCompanionDuties): an AI that keeps up emotional interaction with a
 * human-like persona (companion, virtual partner, emotional support) — not customer service, Q&A
 * or work tools (addendum 2026-12 §8.1, §0 row 37). 《人工智能拟人化互动服务管理暂行办法》, final,
 * in force 2026-07-15 (article numbers per a secondary summary).
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { act, all, fact, open } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

const ai = act('aiGenerated')

export const AI_COMPANION_DUTIES = book('aiCompanionDuties', {
  authority: '省级网信部门（安全评估）；国家网信办（算法备案）',
  cites: ['ai-companion-measures 安全评估（省级网信部门）'],
  verified: '2026-12-06',
}, [
  {
    id: 'aiCompanion.duties',
    when: all(ai, fact('aiCompanion')),
    status: 'required',
    basis: LAW,
    text: 'AI 以拟人角色和用户情感互动，适用《人工智能拟人化互动服务管理暂行办法》（2026-07-15 起施行）：显著提示用户对方是 AI，连续使用 2 小时提醒，提供便捷的退出方式，落实未成年人保护；上线时、增加新功能时、注册用户达 100 万或月活达 10 万时，向省级网信部门申报安全评估；并办理算法备案。',
    cites: ['ai-companion-measures AI 身份提示、2 小时提醒、退出、未成年人、安全评估（条款号据二手摘要）'],
    fact: 'aiCompanion',
    verified: '2026-12-06',
    effective: '2026-07-15',
  },
  {
    id: 'aiCompanion.open',
    when: all(ai, open('aiCompanion')),
    status: 'depends',
    basis: LAW,
    text: '以拟人角色和用户情感陪伴式互动的 AI（虚拟伴侣、情感倾诉）另有专门义务和安全评估；客服、问答、写作工具不适用。',
    cites: ['ai-companion-measures 适用范围'],
    question: 'AI 是否以拟人角色和用户进行情感陪伴式聊天？',
    fact: 'aiCompanion',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
