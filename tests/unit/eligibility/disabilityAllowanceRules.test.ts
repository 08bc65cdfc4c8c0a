/**
 * 残疾人两项补贴 disability_allowance (spec §3.4): the 护理补贴 factor for grades 3–4, the fixed amount sentence, and
 * what is left to check in each case.
 */
import { earner, evaluateOk, factorOf, household, programOf } from './householdBuilders'
import type { Disability } from '@/domain/eligibility/eligibilityInput'

/** One rural person with the given disability and monthly wage (below 555.00 元 → likely for 低保). */
function allowanceFor(disability: Disability, wageFen: number) {
  return programOf(
    evaluateOk(household([earner('m1', wageFen, { relation: 'self', disability })])),
    'disability_allowance',
    'm1',
  )
}

const CARE_ASSESSMENT = '护理补贴需评估是否需要长期照护（6 个月以上）'
const LOCAL_STANDARD = '补贴标准以当地公布为准'
const NO_AMOUNT = '山西两项补贴的金额暂未收录，以当地公布的标准为准'

describe('残疾人两项补贴', () => {
  it('grade 2 outside 低保: 护理补贴 applies; the care assessment and the local standard remain', () => {
    const allowance = allowanceFor({ category: 'limb', grade: 2 }, 300000)
    expect(allowance.status).toBe('likely')
    expect(factorOf(allowance, 'care_subsidy').explanation).toBe(
      '本人持残疾人证（肢体二级），一、二级重度残疾人可申请重度残疾人护理补贴',
    )
    expect(allowance.estimatedMonthlyFen).toBeNull()
    expect(allowance.estimateExplanation).toBe(NO_AMOUNT)
    expect(allowance.remaining).toEqual([CARE_ASSESSMENT, LOCAL_STANDARD])
  })

  it('grade 4 in a household likely for 低保: 生活补贴 only, so no care assessment is listed', () => {
    const allowance = allowanceFor({ category: 'hearing', grade: 4 }, 10000)
    expect(allowance.status).toBe('likely')
    expect(factorOf(allowance, 'care_subsidy')).toEqual({
      id: 'care_subsidy',
      result: 'unmet',
      explanation: '本人残疾人证为听力四级；重度残疾人护理补贴面向一、二级残疾人',
      missing: null,
    })
    expect(factorOf(allowance, 'living_subsidy').result).toBe('met')
    expect(allowance.remaining).toEqual([LOCAL_STANDARD])
  })

  it('grade 3 outside 低保: unlikely, nothing left to check, the amount sentence unchanged', () => {
    const allowance = allowanceFor({ category: 'visual', grade: 3 }, 300000)
    expect(allowance.status).toBe('unlikely')
    expect(factorOf(allowance, 'care_subsidy').result).toBe('unmet')
    expect(allowance.estimateExplanation).toBe(NO_AMOUNT)
    expect(allowance.remaining).toEqual([])
  })
})
