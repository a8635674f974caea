/** Next steps and materials (result/steps.ts), read from the filing and telecom folders' parameters. */
import { FILING_MATERIALS, FILING_STEPS, LICENCE_MATERIALS, LICENCE_STEPS } from '../../src/domain/law'
import { assessmentOf } from '../../src/domain/result/assess'
import { makeProfile, type ProfileShape } from './profile-factory'

const steps = (s: ProfileShape) => assessmentOf(makeProfile(s)).nextSteps
const materials = (s: ProfileShape) => assessmentOf(makeProfile(s)).materials

describe('next steps', () => {
  it('files on each chosen platform and shows the number, whatever else', () => {
    const both = steps({ platforms: ['wechat', 'alipay'] })
    expect(both).toEqual(expect.arrayContaining([FILING_STEPS.fileWechat.text, FILING_STEPS.fileAlipay.text, FILING_STEPS.showNumber.text]))
    expect(steps({ platforms: ['alipay'] })).not.toContain(FILING_STEPS.fileWechat.text)
  })
  it('applies for a needed licence before filing, waits for it, and keeps it up after', () => {
    const s = steps({ activities: ['paidContent'], operator: { registeredCapital: 2_000_000, multiProvince: false, dishonestListed: false } })
    const apply = s.findIndex((x) => x.includes(LICENCE_STEPS.apply.text))
    expect(apply).toBeGreaterThanOrEqual(0)
    expect(apply).toBeLessThan(s.indexOf(FILING_STEPS.fileWechat.text))
    expect(s).toContain(LICENCE_STEPS.waitForLicence.text)
    expect(s[s.length - 1]).toBe(LICENCE_STEPS.afterLicence.text)
    expect(steps({ activities: ['showcase'] })).not.toContain(LICENCE_STEPS.afterLicence.text)
  })
  it('says what is undecided first, and the pre-approval before filing', () => {
    const s = steps({ activities: ['saas'], sectors: ['news'] })
    expect(s[0]).toMatch(/^先确认这些问题/)
    expect(s.findIndex((x) => x.includes('前置审批'))).toBeLessThan(s.indexOf(FILING_STEPS.fileWechat.text))
  })
  it('says the danger of 二清 for a marketplace as a blocker with the licensed way out, not as a note', () => {
    const s = steps({ activities: ['marketplace'] })
    expect(s.some((x) => x.startsWith('支付业务许可证：') && x.includes('分账'))).toBe(true)
    expect(s.findIndex((x) => x.startsWith('支付业务许可证：'))).toBeLessThan(s.indexOf(FILING_STEPS.fileWechat.text))
  })
  it('names the duties of user content in one line, the WeChat content-safety interfaces only on WeChat', () => {
    const a = assessmentOf(makeProfile({ activities: ['ugc'] }))
    expect(a.nextSteps.some((x) => x.startsWith('上线前还要做到：') && x.includes('隐私政策'))).toBe(true)
    const grading = (p: ProfileShape) => assessmentOf(makeProfile(p)).requirements.find((r) => r.id === 'securityGrading')?.reasons.map((r) => r.text).join('')
    expect(grading({ activities: ['ugc'] })).toMatch(/msgSecCheck/)
    expect(grading({ activities: ['ugc'], platforms: ['alipay'] })).not.toMatch(/msgSecCheck/)
    expect(grading({ activities: ['ugc'] })).toMatch(/真实身份/)
  })
})

describe('materials', () => {
  it('are the filing list alone when no licence is needed', () => {
    expect(materials({ activities: ['showcase'] })).toEqual([FILING_MATERIALS.value])
  })
  it('add the pre-approval documents, each kind once, to the filing list', () => {
    const [filing] = materials({ sectors: ['news', 'drugInfo', 'medicalDevices'] })
    expect(filing.anyOf[0][filing.anyOf[0].length - 1]).toBe('前置审批文件（药品和医疗器械、新闻）')
  })
  it('add the licence list when a telecom licence is needed, as copies a result may own', () => {
    const m = materials({ activities: ['paidContent'] })
    expect(m.slice(1)).toEqual(LICENCE_MATERIALS.value)
    expect(m[1]).not.toBe(LICENCE_MATERIALS.value[0])
  })
})
