/**
 * 单人保 dibao_single (spec §3.4): which members get their own entry, the member's own income test, the estimate
 * and what is left to check. Rural provincial standard 555.00 元, edge multiplier 1.5 (bundled table).
 */
import {
  RURAL_STANDARD_FEN,
  earner,
  evaluateOk,
  factorOf,
  household,
  member,
  paramsWith,
  programOf,
  programsOf,
} from './householdBuilders'

type MemberOverrides = Parameters<typeof member>[1]

/** 3 counted people; the household income is m2's wage plus m3's own income (m3 is an adult child at home). */
function edgeHousehold(m3: MemberOverrides, m2WageFen: number, assetsDeclared: boolean | null = true) {
  return household(
    [
      member('m1', { relation: 'self' }),
      earner('m2', m2WageFen),
      member('m3', { relation: 'child', birthDate: '1995-01-01', ...m3 }),
    ],
    { assetsDeclared },
  )
}

const SINGLE_REMAINING = ['家庭财产需经家庭经济状况核对', '入户调查', '残疾或重病情况需凭残疾人证、诊断证明核实']

describe('单人保: the member’s own income and the estimate', () => {
  // Household 1700.00 + 300.00 = 2000.00 元 for 3: per capita 666.66, between 555.00 and 832.50.
  const ill = { seriousIllness: true, incomeMonthlyFen: { transfer: 30000 } }

  it('is likely when the own income is below the standard; the estimate is standard − own income', () => {
    const entry = programOf(evaluateOk(edgeHousehold(ill, 170000)), 'dibao_single', 'm3')
    expect(entry.status).toBe('likely')
    expect(factorOf(entry, 'severe_condition')).toEqual({
      id: 'severe_condition',
      result: 'met',
      explanation: '本人患当地认定的重特大疾病，可单独提出申请',
      missing: null,
    })
    expect(factorOf(entry, 'income')).toEqual({
      id: 'income',
      result: 'met',
      explanation: '本人月收入 300.00 元，低于当地低保标准 555.00 元',
      missing: null,
    })
    expect(entry.estimatedMonthlyFen).toBe(RURAL_STANDARD_FEN - 30000) // 255.00 元
    expect(entry.estimateExplanation).toBe(
      '555.00 元 − 本人月收入 300.00 元 = 每月约 255.00 元（实际金额以审核确认为准）',
    )
    expect(entry.remaining).toEqual(SINGLE_REMAINING)
  })

  it('is unlikely when the own income equals the standard (equal is not below), with no amount and nothing left', () => {
    const atStandard = { seriousIllness: true, incomeMonthlyFen: { transfer: RURAL_STANDARD_FEN } }
    const entry = programOf(evaluateOk(edgeHousehold(atStandard, 144500)), 'dibao_single', 'm3')
    expect(factorOf(entry, 'income')).toMatchObject({
      result: 'unmet',
      explanation: '本人月收入 555.00 元，等于当地低保标准 555.00 元',
    })
    expect(entry.status).toBe('unlikely')
    expect(entry.estimatedMonthlyFen).toBeNull()
    expect(entry.estimateExplanation).toBeNull()
    expect(entry.remaining).toEqual([])
  })

  it('needs info when assets are not answered: no amount yet, the checks still listed', () => {
    const entry = programOf(evaluateOk(edgeHousehold(ill, 170000, null)), 'dibao_single', 'm3')
    expect(entry.status).toBe('needs_info')
    expect(entry.estimatedMonthlyFen).toBeNull()
    expect(entry.estimateExplanation).toBeNull()
    expect(entry.remaining).toEqual(SINGLE_REMAINING)
  })
})

describe('单人保: which households and members it applies to', () => {
  it('applies when the household is exactly at the 低保 line (equal is not below, so 低保 itself is unmet)', () => {
    const result = evaluateOk(edgeHousehold({ disability: { category: 'limb', grade: 1 } }, 3 * RURAL_STANDARD_FEN))
    expect(factorOf(programOf(result, 'dibao'), 'income').result).toBe('unmet')
    const entry = programOf(result, 'dibao_single', 'm3')
    expect(factorOf(entry, 'household_edge').explanation).toBe(
      '家庭月收入合计 1665.00 元 ÷ 3 人 = 人均 555.00 元，不低于当地低保标准 555.00 元，但低于低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）',
    )
    expect(entry.status).toBe('likely')
  })

  it.each([
    ['intellectual grade 3', { category: 'intellectual', grade: 3 }, '智力三级'],
    ['mental grade 3', { category: 'mental', grade: 3 }, '精神三级'],
    ['hearing grade 2', { category: 'hearing', grade: 2 }, '听力二级'],
  ] as const)('counts %s as a severe disability', (_label, disability, label) => {
    const entry = programOf(evaluateOk(edgeHousehold({ disability }, 200000)), 'dibao_single', 'm3')
    expect(factorOf(entry, 'severe_condition').explanation).toBe(
      `本人持残疾人证（${label}），属重度残疾人，可单独提出申请`,
    )
  })

  it.each([
    ['intellectual grade 4', { category: 'intellectual', grade: 4 }],
    ['mental grade 4', { category: 'mental', grade: 4 }],
    ['visual grade 3', { category: 'visual', grade: 3 }],
  ] as const)('does not count %s as a severe disability', (_label, disability) => {
    expect(programsOf(evaluateOk(edgeHousehold({ disability }, 200000)), 'dibao_single')).toEqual([])
  })

  it('adds no entry at all for an edge household without a severely disabled or seriously ill member', () => {
    const result = evaluateOk(edgeHousehold({}, 200000))
    expect(result.programs.map((p) => p.program)).toEqual(['dibao', 'dibao_edge', 'rigid_expense', 'temporary'])
  })

  it('reports the edge multiplier as missing when the table has none for the date', () => {
    const params = paramsWith((table) => {
      table.edgeMultiplier[0].appliesFrom = '2027-01-01'
    })
    const entry = programOf(evaluateOk(edgeHousehold({ seriousIllness: true }, 200000), params), 'dibao_single', 'm3')
    expect(factorOf(entry, 'household_edge')).toEqual({
      id: 'household_edge',
      result: 'unknown',
      explanation: '参数表中没有 2026-11-25 适用的低保边缘倍数，这一项暂无法测算',
      missing: 'parameter',
    })
    expect(entry.status).toBe('needs_info')
    expect(entry.estimatedMonthlyFen).toBeNull()
  })
})
