import {
  circumstancesErrors,
  draftToAnswers,
  emptyDraft,
  incomeErrors,
  memberErrors,
  newMemberDraft,
  parseMoneyText,
  regionErrors,
  type PrecheckDraft,
} from '@/features/precheck/precheckDraft'
import { evaluatePrecheck } from '@/features/precheck/evaluatePrecheck'

const TODAY = '2026-11-25'

function filledDraft(): PrecheckDraft {
  const member = (id: string, relation: 'self' | 'spouse' | 'child', birthDate: string, incomeText: string) => ({
    ...newMemberDraft(id, relation),
    birthDate,
    hasDisability: false,
    seriousIllness: false,
    incomeText,
  })
  return {
    ...emptyDraft(),
    cityCode: '1411',
    countyCode: '141124',
    area: 'rural',
    members: [
      member('m1', 'self', '1970-01-01', '800'),
      member('m2', 'spouse', '1972-01-01', '６００元'),
      { ...member('m3', 'child', '2012-01-01', '0'), student: 'compulsory' },
    ],
    assets: 'yes',
    supporters: 'none',
    hadEmergency: false,
  }
}

describe('pre-check draft', () => {
  it('names every missing region answer', () => {
    expect(Object.keys(regionErrors(emptyDraft())).sort()).toEqual(['area', 'city', 'county'])
  })

  it('asks for category and grade only when there is a disability', () => {
    const m = { ...newMemberDraft('m1', 'self'), birthDate: '1960-01-01', hasDisability: false, seriousIllness: false }
    expect(memberErrors(m)).toEqual({})
    expect(Object.keys(memberErrors({ ...m, hasDisability: true })).sort()).toEqual([
      'disabilityCategory',
      'disabilityGrade',
    ])
  })

  it('parses money text through parseYuanToFen; empty optional text means "not said"', () => {
    expect(parseMoneyText('1,234.5', false)).toEqual({ fen: 123450, error: null })
    expect(parseMoneyText('１２３４元', false)).toEqual({ fen: 123400, error: null })
    expect(parseMoneyText('', true)).toEqual({ fen: null, error: null })
    expect(parseMoneyText('', false).error).toBe('请填写金额，没有就填 0')
    expect(parseMoneyText('1.234', false).error).toMatch(/小数点后两位/)
  })

  it('reports income and circumstance errors by field', () => {
    const draft = filledDraft()
    draft.members[1].incomeText = '6.001'
    expect(Object.keys(incomeErrors(draft))).toEqual(['m2'])
    const other = { ...filledDraft(), assets: null, hadEmergency: true, rigidSpendingText: 'abc' }
    expect(Object.keys(circumstancesErrors(other, TODAY)).sort()).toEqual([
      'assets',
      'emergencyDate',
      'emergencyType',
      'rigidSpending',
    ])
    expect(
      circumstancesErrors(
        { ...filledDraft(), hadEmergency: true, emergencyType: 'fire', emergencyDate: '2026-12-01' },
        TODAY,
      ),
    ).toEqual({
      emergencyDate: '日期不能晚于今天',
    })
  })

  it('gives no answers while anything is missing', () => {
    expect(draftToAnswers(emptyDraft(), TODAY)).toBeNull()
    expect(draftToAnswers({ ...filledDraft(), supporters: null }, TODAY)).toBeNull()
  })

  it('turns the 吕梁 family into answers and a result: 1400 元 for 3 people is below the rural line', () => {
    const answers = draftToAnswers(filledDraft(), TODAY)
    expect(answers).not.toBeNull()
    expect(answers!.members.map((m) => m.monthlyIncomeFen)).toEqual([80000, 60000, 0])
    expect(answers!.members[2].student).toBe('compulsory')
    const evaluation = evaluatePrecheck(answers!, TODAY)
    if (!evaluation.ok) throw new Error(evaluation.issues[0].message)
    const { result, edgeLine, figuresByProgram } = evaluation.outcome
    expect(result.household).toMatchObject({ size: 3, incomeMonthlyFen: 140000, perCapitaMonthlyFen: 46666 })
    expect(result.standard).toMatchObject({ monthlyFen: 55500, area: 'rural', scope: 'province' })
    const dibao = result.programs.find((p) => p.program === 'dibao')!
    expect(dibao.status).toBe('likely')
    expect(dibao.estimatedMonthlyFen).toBe(26500)
    expect(edgeLine).toEqual({ perCapitaFen: 83250, verified: false, multiplier: '1.5' })
    expect(figuresByProgram.dibao_edge).toEqual([{ text: '低保边缘线为低保标准的 1.5 倍', verified: false }])
  })
})
