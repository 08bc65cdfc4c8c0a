/**
 * 临时救助 temporary (spec §3.4): the factors the user reads, the reference cap and what happens without it.
 * One rural person; 10 months × 555.00 元 = 5550.00 元 (bundled tempAidCapMonths 10).
 */
import { RURAL_STANDARD_FEN, earner, evaluateOk, factorOf, household, paramsWith, programOf } from './householdBuilders'
import type { EligibilityInput } from '@/domain/eligibility/eligibilityInput'
import type { EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'

function temporaryFor(overrides: Partial<Omit<EligibilityInput, 'members'>>, params?: EligibilityParams) {
  // 1000.00 元 a month: 12000.00 元 a year, below the rural disposable-income line 17677.00 元.
  return programOf(evaluateOk(household([earner('m1', 100000, { relation: 'self' })], overrides), params), 'temporary')
}

describe('临时救助 factors', () => {
  it('an emergency older than 90 days is reported with its age, and gives no 急难型 path', () => {
    const temporary = temporaryFor({ emergency: { type: 'accident', date: '2026-08-26' } })
    expect(factorOf(temporary, 'emergency')).toEqual({
      id: 'emergency',
      result: 'unmet',
      explanation: '2026-08-26 发生交通事故等意外事件，距评估日期 91 天，已超过 90 天',
      missing: null,
    })
    expect(temporary.status).toBe('unlikely')
    expect(temporary.remaining).toEqual([])
  })

  it('spending not answered: the spending factor asks for it; without an emergency the status is unlikely', () => {
    const temporary = temporaryFor({ rigidSpendingAnnualFen: null })
    expect(factorOf(temporary, 'spending')).toEqual({
      id: 'spending',
      result: 'unknown',
      explanation: '尚未填写近 12 个月的刚性支出，无法判断是否属于支出型困难',
      missing: 'answer',
    })
    expect(temporary.status).toBe('unlikely')
  })

  it('spending above the annual income (12000.00 元) opens the 支出型 path; equal does not', () => {
    const above = temporaryFor({ rigidSpendingAnnualFen: 1200001 })
    expect(factorOf(above, 'spending')).toEqual({
      id: 'spending',
      result: 'met',
      explanation: '近 12 个月刚性支出 12000.01 元，高于家庭年收入 12000.00 元（月收入 × 12）',
      missing: null,
    })
    expect(above.status).toBe('likely')
    expect(above.remaining).toEqual(['困难情况需经乡镇（街道）调查核实'])
    const equal = temporaryFor({ rigidSpendingAnnualFen: 1200000 })
    expect(factorOf(equal, 'spending')).toEqual({
      id: 'spending',
      result: 'unmet',
      explanation: '近 12 个月刚性支出 12000.00 元，等于家庭年收入 12000.00 元（月收入 × 12）',
      missing: null,
    })
    expect(equal.status).toBe('unlikely')
  })
})

describe('临时救助 reference cap', () => {
  it('says "一般不超过" 10 months of the standard, marked as a reference figure', () => {
    const temporary = temporaryFor({})
    expect(temporary.referenceCapFen).toBe(10 * RURAL_STANDARD_FEN)
    expect(temporary.estimateExplanation).toBe(
      '临时救助金额由县级以上民政部门根据困难情况确定，一般不超过 5550.00 元（10 个月 × 当地低保标准 555.00 元，月数为参考值）',
    )
  })

  it('without a cap for the date: no reference amount, and the sentence names the missing figure', () => {
    const params = paramsWith((table) => {
      table.tempAidCapMonths[0].appliesFrom = '2027-01-01'
    })
    const temporary = temporaryFor({ emergency: { type: 'fire', date: '2026-11-20' } }, params)
    expect(temporary.status).toBe('likely')
    expect(temporary.referenceCapFen).toBeNull()
    expect(temporary.estimatedMonthlyFen).toBeNull()
    expect(temporary.estimateExplanation).toBe(
      '临时救助金额由县级以上民政部门根据困难情况确定；参数表中没有 2026-11-25 适用的临时救助参考上限，这一项暂无法测算',
    )
  })
})
