/**
 * The sentences built from parameter entries (低保边缘标准, 特困基本生活标准, 临时救助参考上限, 人均可支配收入), with
 * verified and 参考值 entries and with amounts that are not whole fen.
 *
 * Every test loads its own table (paramsWith): these sentences are cached per parameter entry object, so a test
 * that reused the bundled table could read a sentence another test built and never build (or check) it itself.
 */
import { applicant, earner, evaluateOk, factorOf, household, member, paramsWith, programOf } from './householdBuilders'

/** The bundled table loaded afresh (new entry objects, so nothing cached), optionally changed first. */
const freshTable = (change: Parameters<typeof paramsWith>[0] = () => undefined) => paramsWith(change)

describe('低保边缘标准 sentence', () => {
  // 3 people, 2000.00 元: per capita 666.66, above 555.00 but below 1.5 × 555.00 = 832.50.
  const edgeHousehold = household([
    applicant(),
    earner('m2', 200000),
    member('m3', { relation: 'child', birthDate: '1995-01-01' }),
  ])

  it('shows the line, the standard and the multiplier, marked 参考值 when the multiplier is not verified', () => {
    const edge = programOf(evaluateOk(edgeHousehold, freshTable()), 'dibao_edge')
    expect(edge.status).toBe('likely')
    expect(factorOf(edge, 'income').explanation).toBe(
      '家庭月收入合计 2000.00 元 ÷ 3 人 = 人均 666.66 元，低于低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）',
    )
  })

  it('says 约 for a line that is not a whole fen, and no 参考值 mark for a verified multiplier', () => {
    // 1.001 × 555.00 元 = 555.555 元 → 约 555.56 元; 555.50 元 is at least the standard and below that line.
    const params = freshTable((table) => {
      table.edgeMultiplier[0].value = { num: 1001, den: 1000 }
      table.edgeMultiplier[0].verified = true
    })
    const edge = programOf(evaluateOk(household([earner('m1', 55550, { relation: 'self' })]), params), 'dibao_edge')
    expect(edge.status).toBe('likely')
    expect(factorOf(edge, 'income').explanation).toBe(
      '家庭月收入合计 555.50 元 ÷ 1 人 = 人均 555.50 元，低于低保边缘标准 约 555.56 元（当地低保标准 555.00 元 × 1.001 倍）',
    )
  })
})

describe('特困 basic living standard sentence', () => {
  const elderlyAlone = household([applicant({ birthDate: '1950-01-01' })], { supporters: 'none' })

  it('shows the multiplier and the monthly amount, marked 参考值 when the multiplier is not verified', () => {
    const tekun = programOf(evaluateOk(elderlyAlone, freshTable()), 'tekun', 'm1')
    expect(tekun.estimatedMonthlyFen).toBe(72150)
    expect(tekun.estimateExplanation).toBe(
      '基本生活标准 = 当地低保标准 555.00 元 × 1.3 倍 = 每月 721.50 元（不含照料护理费，倍数为参考值）',
    )
  })

  it('says it was rounded to the fen when the product is not a whole fen; no mark when verified', () => {
    // 1.001 × 55500 fen = 55555.5 fen → 55556 fen (half up)
    const params = freshTable((table) => {
      table.tekunMultiplier[0].value = { num: 1001, den: 1000 }
      table.tekunMultiplier[0].verified = true
    })
    const tekun = programOf(evaluateOk(elderlyAlone, params), 'tekun', 'm1')
    expect(tekun.estimatedMonthlyFen).toBe(55556)
    expect(tekun.estimateExplanation).toBe(
      '基本生活标准 = 当地低保标准 555.00 元 × 1.001 倍 = 每月 555.56 元（四舍五入到分，不含照料护理费）',
    )
  })
})

describe('临时救助 reference cap sentence', () => {
  it('states the cap as months × standard, marked 参考值 when the months are not verified', () => {
    const temporary = programOf(evaluateOk(household([applicant()]), freshTable()), 'temporary')
    expect(temporary.referenceCapFen).toBe(555000)
    expect(temporary.estimateExplanation).toBe(
      '临时救助金额由县级以上民政部门根据困难情况确定，一般不超过 5550.00 元（10 个月 × 当地低保标准 555.00 元，月数为参考值）',
    )
  })

  it('has no 参考值 mark for verified months', () => {
    const params = freshTable((table) => {
      table.tempAidCapMonths[0].value = 6
      table.tempAidCapMonths[0].verified = true
    })
    const temporary = programOf(evaluateOk(household([applicant()]), params), 'temporary')
    expect(temporary.referenceCapFen).toBe(333000)
    expect(temporary.estimateExplanation).toBe(
      '临时救助金额由县级以上民政部门根据困难情况确定，一般不超过 3330.00 元（6 个月 × 当地低保标准 555.00 元）',
    )
  })
})

describe('annual income against the 人均可支配收入 (刚性支出困难)', () => {
  // Rural line 17677.00 元 per person per year; 3 people: 53031.00 元 a year = 4419.25 元 a month exactly.
  const threePeople = (monthlyFen: number) =>
    household([
      earner('m1', monthlyFen, { relation: 'self' }),
      member('m2'),
      member('m3', { relation: 'child', birthDate: '1999-01-01' }),
    ])

  it('is not below the line when the annual income equals it (spec: equality is not below)', () => {
    const rigid = programOf(evaluateOk(threePeople(441925), freshTable()), 'rigid_expense')
    expect(factorOf(rigid, 'income')).toEqual({
      id: 'income',
      result: 'unmet',
      missing: null,
      explanation:
        '家庭月收入合计 4419.25 元 × 12 个月 ÷ 3 人 = 人均年收入 17677.00 元，等于 2023 年山西省农村居民人均可支配收入 17677.00 元',
    })
    expect(rigid.status).toBe('unlikely')
  })

  it('is below the line one fen a month lower', () => {
    // 4419.24 × 12 = 53030.88 元 < 53031.00 元; per capita 17676.96 元 (rounded down to the fen).
    const rigid = programOf(evaluateOk(threePeople(441924), freshTable()), 'rigid_expense')
    expect(factorOf(rigid, 'income')).toEqual({
      id: 'income',
      result: 'met',
      missing: null,
      explanation:
        '家庭月收入合计 4419.24 元 × 12 个月 ÷ 3 人 = 人均年收入 17676.96 元，低于 2023 年山西省农村居民人均可支配收入 17677.00 元',
    })
  })

  it('marks an unverified figure as 参考值, and names the urban figure for urban households', () => {
    const params = freshTable((table) => {
      table.disposableIncomeAnnualFen.urban[0].verified = false
    })
    const input = { ...threePeople(441925), region: { code: '140105', area: 'urban' as const } }
    expect(factorOf(programOf(evaluateOk(input, params), 'rigid_expense'), 'income').explanation).toBe(
      '家庭月收入合计 4419.25 元 × 12 个月 ÷ 3 人 = 人均年收入 17677.00 元，低于 2023 年山西省城镇居民人均可支配收入 41327.00 元（参考值）',
    )
  })
})
