/** The steps: every table row is asked once, follow-ups sit with their trigger, 下一步 says what is missing. */
import { ANSWER_FIELDS, FIELD_BY_ID, type Answers } from '../../src/domain/profile/answers'
import { PROVINCE_CODES } from '../../src/domain/profile/provinces'
import { PROVINCE_REGIONS, STEPS, UNASKED, missingAnswers, stepOf, visibleFields } from '../../src/domain/profile/questions'
import { ACTIVITIES, SECTORS } from '../../src/domain/contract/types'

const step = (id: string) => STEPS.find((s) => s.id === id) ?? STEPS[0]

describe('steps', () => {
  it('ask every row of the table', () => {
    expect(UNASKED).toEqual([])
  })
  it('offer every activity and every sector exactly once', () => {
    const all: Answers = { activities: [...ACTIVITIES], sectors: [...SECTORS] }
    const values = (id: string) => STEPS.flatMap((s) => visibleFields(s, all)).filter((f) => f.field.id === id).flatMap((f) => f.options.map((o) => o.value))
    expect([...values('activities')].sort()).toEqual([...ACTIVITIES].sort())
    expect([...values('sectors')].sort()).toEqual([...SECTORS].sort())
  })
  it('ask each follow-up on the step of the answer that makes it matter, after it', () => {
    for (const [fact, trigger] of [
      ['platformFees', 'activities'],
      ['aiModel', 'activities'],
      ['recordedCourses', 'sectors'],

    ] as const) {
      const s = STEPS[stepOf(fact)]
      const ids = s.fields.map((f) => f.id)
      expect(ids.indexOf(trigger)).toBeLessThan(ids.indexOf(fact))
    }
  })
  it('ask which permits are held after the sectors, with the operator (the sector tap reveals only its own follow-up)', () => {
    expect(stepOf('approvalsHeld')).toBeGreaterThan(stepOf('sectors'))
    expect(STEPS[stepOf('approvalsHeld')].id).toBe('company')
  })
  it('offer approvals only for the sectors chosen', () => {
    const shown = visibleFields(step('company'), { sectors: ['food', 'games'] }).find((f) => f.field.id === 'approvalsHeld')
    expect(shown?.options.map((o) => o.value)).toEqual(['food', 'games'])
  })
})

describe('nothing is pre-answered, and 下一步 says what is unanswered', () => {
  it.each<[string, Answers, string[]]>([
    ['platforms', {}, ['请至少选择一个平台']],
    ['operator', {}, ['请回答：谁来运营这个小程序？']],
    ['commerce', {}, []],
    ['commerce', { activities: ['marketplace'] }, []],
    ['content', { activities: ['marketplace'] }, ['请回答：是否向用户或商家收费（发布、置顶、推广、会员或广告）？', '请回答：用户的余额、奖励或佣金能否提现？']],
    ['content', { activities: ['marketplace'], platformFees: 'unsure', cashOut: false }, []],
    ['content', { activities: ['aiGenerated'] }, ['请回答：AI 用的是谁的模型？']],
    // An individual is not asked about branches and servers (issue 25): nothing is missing.
    ['company', { operatorType: 'individual' }, []],
    ['company', { operatorType: 'company' }, ['请回答：是否在多个省份有分支机构、服务器或员工？', '请回答：公司、主要投资者或主要管理人员是否被列入电信业务经营失信名单？']],
    ['company', { operatorType: 'company', multiProvince: false, dishonestListed: false }, []],
  ])('%s with %j', (id, answers, want) => {
    expect(missingAnswers(step(id), answers)).toEqual(want)
  })
  it('a yes/no question has no default: unanswered stays unanswered in the profile', () => {
    // A threshold (1 million people) may stay unanswered: the reasons then name it (issue 23).
    for (const f of ANSWER_FIELDS) if (f.kind === 'yesNo') expect([f.id, f.mustAnswer]).toEqual([f.id, f.id !== 'largeScale'])
    expect(FIELD_BY_ID.multiProvince.shownWhen({ operatorType: 'company' })).toBe(true)
    expect(FIELD_BY_ID.multiProvince.shownWhen({ operatorType: 'individual' })).toBe(false)
  })
})

describe('provinces', () => {
  it('are grouped by region, each exactly once', () => {
    const listed = PROVINCE_REGIONS.flatMap((r) => r.codes)
    expect([...listed].sort()).toEqual([...PROVINCE_CODES].sort())
    expect(PROVINCE_REGIONS.every((r) => r.codes.length <= 7)).toBe(true)
  })
})
