/** The result page's AI block, WeChat payment rules and personal-entity guidance (issue 10). */
import { fireEvent, render } from '@testing-library/react'

import AiBlock from '@/components/AiBlock'
import PersonalGuidance from '@/components/PersonalGuidance'
import PlatformRules from '@/components/PlatformRules'
import { aiBlock } from '@/domain/result/ai'
import { assessmentOf } from '@/domain/result/assess'
import { REQUIREMENT_LABELS, STATUS_LABELS } from '@/domain/contract/labels'
import { personalGuidance } from '@/domain/result/personal'
import { fromProfile } from '@/domain/profile/questions'
import { PLATFORM_RULE_NOTE, platformRules } from '@/domain/law'
import type { Activity, AiModel, OperatorType, Platform, Profile } from '@/domain/contract/types'
import Result from '@/flow/result/index'
import { useWizard } from '@/store'
import { resetTaroMock } from '../setup/taro-mock'

const profile = (activities: Activity[], type: OperatorType = 'company', platforms: Platform[] = ['wechat'], aiModel?: AiModel): Profile => ({
  schemaVersion: 1,
  platforms,
  operator: { type },
  activities,
  sectors: [],
  ...(aiModel !== undefined ? { facts: { aiModel } } : {}),
})

beforeEach(() => resetTaroMock())

describe('AiBlock', () => {
  it('shows each line with the rulebook status label', () => {
    const p = profile(['aiGenerated'], 'company', ['wechat'], 'thirdParty')
    const b = aiBlock(p, assessmentOf(p))
    if (b === null) throw new Error('no block')
    const { container } = render(<AiBlock block={b} />)
    for (const l of b.lines) {
      const el = container.querySelector(`#ai-${l.id}`)
      // A line with a requirement card is named as the card is.
      expect(el?.textContent).toContain(l.requirement !== undefined ? REQUIREMENT_LABELS[l.requirement] : l.title)
      if (l.status !== undefined) expect(el?.textContent).toContain(STATUS_LABELS[l.status])
    }
    expect(container.querySelector('#ai-genAiFiling')?.textContent).toContain('登记')
    expect(container.querySelector('#ai-labelling .ai-block__status')?.textContent).toBe(STATUS_LABELS.required)
    expect(container.querySelector('#ai-labelling')?.textContent).toContain('2025-09-01')
  })

  it('a filing line with a requirement card points to the card instead of repeating its reasons', () => {
    for (const model of ['own', 'thirdParty'] as const) {
      const p = profile(['aiGenerated'], 'company', ['wechat'], model)
      const a = assessmentOf(p)
      const b = aiBlock(p, a)
      if (b === null) throw new Error('no block')
      const { container } = render(<AiBlock block={b} />)
      for (const id of ['algorithmFiling', 'genAiFiling'] as const) {
        const req = a.requirements.find((r) => r.id === id)
        const line = b.lines.find((l) => l.id === id)
        expect(line?.requirement).toBe(req?.id)
        const text = container.querySelector(`#ai-${id}`)?.textContent ?? ''
        if (req !== undefined) {
          expect(text).toContain('见同名卡片')
          expect(text).toContain(REQUIREMENT_LABELS[id])
          expect(text).not.toContain(req.reasons[0].text)
        }
      }
    }
  })
})

describe('PlatformRules', () => {
  it('says platform rule, may change, and renders nothing when none fires', () => {
    const { container } = render(<PlatformRules rules={platformRules(profile(['paidContent']))} />)
    // The rule's title and status at once; its text, note and sources one tap away (issue 25).
    expect(container.querySelector('#platform-rule-wechat-virtualPayment')?.textContent).not.toContain(PLATFORM_RULE_NOTE)
    fireEvent.click(container.querySelector('#platform-rule-open-wechat-virtualPayment') as Element)
    expect(container.querySelector('#platform-rule-wechat-virtualPayment')?.textContent).toContain(PLATFORM_RULE_NOTE)
    const empty = render(<PlatformRules rules={platformRules(profile(['showcase']))} />)
    expect(empty.container.querySelector('#platform-rules')).toBeNull()
  })
})

describe('PersonalGuidance', () => {
  it('groups what an individual may do, what needs a business, and the ways out', () => {
    const p = profile(['paidContent'], 'individual')
    const g = personalGuidance(p, assessmentOf(p))
    if (g === null) throw new Error('no guidance')
    const { container } = render(<PersonalGuidance guidance={g} />)
    for (const id of ['categories', 'virtualPayment', 'wechatPay', 'paidInformation', 'soleProprietor', 'company']) {
      expect(container.querySelector(`#personal-${id}`)).not.toBeNull()
    }
  })
})

describe('result page', () => {
  it.each([
    ['individual, paid AI on WeChat', profile(['aiGenerated', 'paidContent'], 'individual', ['wechat'], 'own'), true, true, true],
    ['company, AI on Alipay', profile(['aiGenerated'], 'company', ['alipay'], 'thirdParty'), true, false, false],
    ['company shop', profile(['ownSales'], 'company'), false, false, false],
  ] as const)('%s: AI block %s, payment rules %s, personal guidance %s', (_name, p, ai, rules, personal) => {
    useWizard.setState({ answers: fromProfile(p), step: 6, history: [], notice: null })
    const { container } = render(<Result />)
    expect(container.querySelector('#ai-block') !== null).toBe(ai)
    expect(container.querySelector('#platform-rules') !== null).toBe(rules)
    expect(container.querySelector('#personal-guidance') !== null).toBe(personal)
  })
})
