/**
 * 特困 tekun (spec §3.4): what the estimate says in each status, what happens without the multiplier, and what is
 * left to check. An elderly person living alone, rural standard 555.00 元, multiplier 1.3 (bundled table).
 */
import { evaluateOk, household, member, paramsWith, programOf } from './householdBuilders'
import type { EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'

type Supporters = 'none' | 'incapable' | 'capable' | null

function elderlyAlone(supporters: Supporters, params?: EligibilityParams) {
  const input = household([member('m1', { relation: 'self', birthDate: '1950-01-01' })], { supporters })
  return programOf(evaluateOk(input, params), 'tekun', 'm1')
}

const TEKUN_REMAINING = [
  '家庭财产需经家庭经济状况核对',
  '法定义务人及其履行能力需经调查核实',
  '照料护理标准需经生活自理能力评估确定',
]

/** The bundled table with no 特困 multiplier in force on 2026-11-25. */
const withoutMultiplier = () =>
  paramsWith((table) => {
    table.tekunMultiplier[0].appliesFrom = '2027-01-01'
  })

const MISSING_MULTIPLIER = '参数表中没有 2026-11-25 适用的特困人员基本生活标准倍数，这一项暂无法测算'

describe('特困 estimate and remaining checks, by status', () => {
  it('when likely: 1.3 × 555.00 = 721.50 元, and the checks that no answer can settle', () => {
    const tekun = elderlyAlone('none')
    expect(tekun.status).toBe('likely')
    expect(tekun.estimatedMonthlyFen).toBe(72150)
    expect(tekun.remaining).toEqual(TEKUN_REMAINING)
  })

  it('when unlikely (a capable supporter): no amount, no estimate sentence, nothing left to check', () => {
    const tekun = elderlyAlone('capable')
    expect(tekun.status).toBe('unlikely')
    expect(tekun.estimatedMonthlyFen).toBeNull()
    expect(tekun.estimateExplanation).toBeNull()
    expect(tekun.remaining).toEqual([])
  })

  it('when the supporters question is not answered: no amount yet, the checks still listed', () => {
    const tekun = elderlyAlone(null)
    expect(tekun.status).toBe('needs_info')
    expect(tekun.estimatedMonthlyFen).toBeNull()
    expect(tekun.estimateExplanation).toBeNull()
    expect(tekun.remaining).toEqual(TEKUN_REMAINING)
  })
})

describe('特困 without a multiplier for the date', () => {
  // The status is deliberately not pinned for the all-met case: spec §4 does not say whether a programme whose
  // estimate cannot be computed is still "likely" (see the report on branch mut-programs).
  it.each(['none', 'capable', null] as const)(
    'supporters %s: no amount, and the estimate sentence names the missing figure',
    (supporters) => {
      const tekun = elderlyAlone(supporters, withoutMultiplier())
      expect(tekun.estimatedMonthlyFen).toBeNull()
      expect(tekun.estimateExplanation).toBe(MISSING_MULTIPLIER)
    },
  )

  it('the answers still decide the status: a capable supporter → unlikely, unanswered → needs info', () => {
    expect(elderlyAlone('capable', withoutMultiplier()).status).toBe('unlikely')
    expect(elderlyAlone(null, withoutMultiplier()).status).toBe('needs_info')
  })
})
