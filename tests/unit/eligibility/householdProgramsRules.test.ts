/**
 * The household programmes 低保 dibao, 低保边缘 dibao_edge and 刚性支出困难 rigid_expense (spec §3.4): factor ids and
 * sentences, fixed estimate sentences, the edge-line boundary, and what is left to check in each status.
 * Rural provincial standard 555.00 元; a couple: 低保 line 1110.00 元, edge line 2 × 832.50 = 1665.00 元.
 */
import { evaluateOk, factorOf, household, member, paramsWith, programOf } from './householdBuilders'
import type { EligibilityInput } from '@/domain/eligibility/eligibilityInput'
import type { EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'

const ASSET_CHECK = '家庭财产需经家庭经济状况核对'
const HOME_VISIT = '入户调查'
const PROVINCE_NOTE = '本次按全省平均低保标准测算，需以户籍所在县（市、区）公布的低保标准为准'
const EDGE_LINE = '低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）'

function couple(
  incomeFen: number,
  overrides: Partial<Omit<EligibilityInput, 'members'>> = {},
  params?: EligibilityParams,
) {
  const input = household(
    [member('m1', { relation: 'self', incomeMonthlyFen: { wage: incomeFen } }), member('m2', { relation: 'spouse' })],
    overrides,
  )
  return evaluateOk(input, params)
}

/** The bundled table with a sourced 临县 (141124) rural standard equal to the provincial one. */
const withCountyStandard = () =>
  paramsWith((table) => {
    table.dibaoStandardMonthlyFen.counties['141124'] = {
      rural: [
        {
          appliesFrom: '2026-01-01',
          value: 55500,
          source: { title: '临县测试标准', document: 'test' },
          verified: true,
        },
      ],
    }
  })

describe('低保: what is left to check when not likely', () => {
  it('on the provincial average: needs info → assets, visit and the county-standard note; unlikely → only the note', () => {
    expect(programOf(couple(100000, { assetsDeclared: null }), 'dibao').remaining).toEqual([
      ASSET_CHECK,
      HOME_VISIT,
      PROVINCE_NOTE,
    ])
    const unlikely = programOf(couple(120000), 'dibao')
    expect(unlikely.status).toBe('unlikely')
    expect(unlikely.remaining).toEqual([PROVINCE_NOTE])
  })

  it('on a county standard: needs info → assets and visit; unlikely → nothing', () => {
    const params = withCountyStandard()
    const needsInfo = programOf(couple(100000, { assetsDeclared: null }, params), 'dibao')
    expect(needsInfo.status).toBe('needs_info')
    expect(needsInfo.remaining).toEqual([ASSET_CHECK, HOME_VISIT])
    const unlikely = programOf(couple(120000, {}, params), 'dibao')
    expect(unlikely.status).toBe('unlikely')
    expect(unlikely.remaining).toEqual([])
  })
})

describe('低保边缘', () => {
  it('likely just below the edge line: both income factors worded, no cash, 专项救助 named', () => {
    const edge = programOf(couple(166499), 'dibao_edge')
    expect(edge.status).toBe('likely')
    expect(factorOf(edge, 'not_dibao')).toEqual({
      id: 'not_dibao',
      result: 'met',
      explanation: '家庭月收入合计 1664.99 元 ÷ 2 人 = 人均 832.49 元，高于当地低保标准 555.00 元',
      missing: null,
    })
    expect(factorOf(edge, 'income')).toEqual({
      id: 'income',
      result: 'met',
      explanation: `家庭月收入合计 1664.99 元 ÷ 2 人 = 人均 832.49 元，低于${EDGE_LINE}`,
      missing: null,
    })
    expect(edge.estimatedMonthlyFen).toBeNull()
    expect(edge.estimateExplanation).toBe('低保边缘家庭不发放低保金，可按规定获得医疗、教育、住房、就业等专项救助')
    expect(edge.remaining).toEqual([ASSET_CHECK, HOME_VISIT])
  })

  it('needs info keeps the checks; unlikely leaves nothing to check', () => {
    const needsInfo = programOf(couple(150000, { assetsDeclared: null }), 'dibao_edge')
    expect(needsInfo.status).toBe('needs_info')
    expect(needsInfo.remaining).toEqual([ASSET_CHECK, HOME_VISIT])
    const unlikely = programOf(couple(166500), 'dibao_edge')
    expect(unlikely.status).toBe('unlikely')
    expect(unlikely.remaining).toEqual([])
  })
})

describe('刚性支出困难', () => {
  const RIGID_REMAINING = [ASSET_CHECK, '刚性支出需凭票据等材料核实', HOME_VISIT]
  // At the edge line: 1665.00 元 × 12 = 19980.00 元 a year; 80% of it is 15984.00 元.

  it('at exactly the edge line the household is not 边缘 (equal is not below) and can be likely', () => {
    const rigid = programOf(couple(166500, { rigidSpendingAnnualFen: 1598401 }), 'rigid_expense')
    expect(factorOf(rigid, 'not_dibao_or_edge')).toEqual({
      id: 'not_dibao_or_edge',
      result: 'met',
      explanation: `家庭月收入合计 1665.00 元 ÷ 2 人 = 人均 832.50 元，等于${EDGE_LINE}`,
      missing: null,
    })
    expect(factorOf(rigid, 'spending')).toMatchObject({
      result: 'met',
      explanation: '近 12 个月刚性支出 15984.01 元，高于家庭年收入 19980.00 元的 80%（即 15984.00 元，比例为参考值）',
    })
    expect(rigid.status).toBe('likely')
    expect(rigid.estimatedMonthlyFen).toBeNull()
    expect(rigid.estimateExplanation).toBe(
      '刚性支出困难家庭不发放固定金额，可按规定获得相应的专项救助，认定有效期一般不超过 12 个月',
    )
    expect(rigid.remaining).toEqual(RIGID_REMAINING)
  })

  it('spending equal to 80% of the annual income is not above it: unlikely, nothing left to check', () => {
    const rigid = programOf(couple(166500, { rigidSpendingAnnualFen: 1598400 }), 'rigid_expense')
    expect(factorOf(rigid, 'spending')).toEqual({
      id: 'spending',
      result: 'unmet',
      explanation: '近 12 个月刚性支出 15984.00 元，等于家庭年收入 19980.00 元的 80%（即 15984.00 元，比例为参考值）',
      missing: null,
    })
    expect(rigid.status).toBe('unlikely')
    expect(rigid.remaining).toEqual([])
  })

  it('needs info while spending is not answered, with the checks listed', () => {
    const rigid = programOf(couple(170000), 'rigid_expense')
    expect(rigid.status).toBe('needs_info')
    expect(rigid.remaining).toEqual(RIGID_REMAINING)
  })

  it('without an edge multiplier for the date the edge test is reported as a missing figure', () => {
    const params = paramsWith((table) => {
      table.edgeMultiplier[0].appliesFrom = '2027-01-01'
    })
    const rigid = programOf(couple(170000, { rigidSpendingAnnualFen: 2_000_000 }, params), 'rigid_expense')
    expect(factorOf(rigid, 'not_dibao_or_edge')).toEqual({
      id: 'not_dibao_or_edge',
      result: 'unknown',
      explanation: '参数表中没有 2026-11-25 适用的低保边缘倍数，这一项暂无法测算',
      missing: 'parameter',
    })
    expect(rigid.status).toBe('needs_info')
  })
})
