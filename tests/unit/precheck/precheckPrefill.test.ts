import { validateEligibilityInput } from '@/domain/eligibility/validateEligibilityInput'
import {
  ageOn,
  precheckAnswersToApplicationPrefill,
  precheckAnswersToEligibilityInput,
  type PrecheckAnswers,
} from '@/domain/precheckPrefill'

const ANSWERS: PrecheckAnswers = {
  region: { cityCode: '1411', countyCode: '141124', area: 'rural' },
  members: [
    {
      id: 'm1',
      relation: 'self',
      birthDate: '1958-03-02',
      livesTogether: false,
      student: null,
      disability: { category: 'limb', grade: 2 },
      seriousIllness: true,
      monthlyIncomeFen: 80000,
    },
    {
      id: 'm2',
      relation: 'child',
      birthDate: '2004-06-01',
      livesTogether: false,
      student: 'undergraduate',
      disability: null,
      seriousIllness: false,
      monthlyIncomeFen: 0,
    },
  ],
  assets: 'unsure',
  supporters: 'unsure',
  rigidSpendingAnnualFen: null,
  emergency: { type: 'fire', date: '2026-10-01' },
}

describe('precheckAnswersToEligibilityInput', () => {
  it('produces input the eligibility module accepts', () => {
    const validated = validateEligibilityInput(precheckAnswersToEligibilityInput(ANSWERS, '2026-11-25'))
    expect(validated.ok).toBe(true)
  })

  it('leaves 不确定 and unanswered fields out, so they count as unknown, never as no', () => {
    const input = precheckAnswersToEligibilityInput(ANSWERS, '2026-11-25')
    expect(input).not.toHaveProperty('assetsDeclared')
    expect(input).not.toHaveProperty('supporters')
    expect(input).not.toHaveProperty('rigidSpendingAnnualFen')
  })

  it('maps answered fields and puts the single income figure in a counted kind', () => {
    const input = precheckAnswersToEligibilityInput(
      { ...ANSWERS, assets: 'no', supporters: 'incapable', rigidSpendingAnnualFen: 1200000 },
      '2026-11-25',
    )
    expect(input.assetsDeclared).toBe(false)
    expect(input.supporters).toBe('incapable')
    expect(input.rigidSpendingAnnualFen).toBe(1200000)
    expect(input.region).toEqual({ code: '141124', area: 'rural' })
    expect(input.members[0].incomeMonthlyFen).toEqual({ wage: 80000, business: 0, property: 0, transfer: 0, exempt: 0 })
    // The applicant always lives with themself.
    expect(input.members[0].livesTogether).toBe(true)
    expect(input.members[1]).toMatchObject({ livesTogether: false, student: 'undergraduate', excluded: null })
    expect(input.emergency).toEqual({ type: 'fire', date: '2026-10-01' })
    expect(precheckAnswersToEligibilityInput({ ...ANSWERS, assets: 'yes' }, '2026-11-25').assetsDeclared).toBe(true)
  })
})

describe('precheckAnswersToApplicationPrefill', () => {
  it('carries region, members, assets and events, and no personal identifiers', () => {
    const prefill = precheckAnswersToApplicationPrefill(ANSWERS)
    expect(prefill.region).toEqual({ cityCode: '1411', countyCode: '141124' })
    expect(prefill.area).toBe('rural')
    expect(prefill.assetsMeetLocalRules).toBeNull()
    expect(prefill.members[0]).toEqual({
      id: 'm1',
      relation: 'self',
      birthDate: '1958-03-02',
      livesTogether: true,
      student: null,
      disability: { category: 'limb', grade: 2 },
      seriousIllness: true,
      excluded: null,
      incomeMonthlyTotalFen: 80000,
    })
    expect(JSON.stringify(prefill)).not.toMatch(/name|idNumber|phone/)
    expect(precheckAnswersToApplicationPrefill({ ...ANSWERS, assets: 'yes' }).assetsMeetLocalRules).toBe(true)
    expect(precheckAnswersToApplicationPrefill({ ...ANSWERS, assets: 'no' }).assetsMeetLocalRules).toBe(false)
  })

  it('does not share objects with the answers', () => {
    const prefill = precheckAnswersToApplicationPrefill(ANSWERS)
    expect(prefill.members[0].disability).not.toBe(ANSWERS.members[0].disability)
    expect(prefill.emergency).not.toBe(ANSWERS.emergency)
  })
})

describe('ageOn', () => {
  it.each([
    ['1958-03-02', '2026-03-01', 67],
    ['1958-03-02', '2026-03-02', 68],
    ['2010-11-25', '2026-11-25', 16],
    ['2010-11-26', '2026-11-25', 15],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age)
  })
})
