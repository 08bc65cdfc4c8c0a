/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON is edited freely to build invalid cases */
import { evaluate } from '@/domain/eligibility/evaluate'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import { loadParams, valueInForce } from '@/domain/eligibility/params/eligibilityParams'
import { evaluateOk, household, member, rawShanxiTable } from './householdBuilders'

describe('bundled Shanxi parameter table', () => {
  const p = bundledShanxiParams

  it('holds exactly the spec values, newest first', () => {
    expect(p.paramsVersion).toBe('shanxi-2025-11')
    const pairs = (list: readonly { appliesFrom: string; value: unknown }[]) =>
      list.map((e) => [e.appliesFrom, e.value])
    expect(pairs(p.dibaoStandardMonthlyFen.province.urban)).toEqual([
      ['2025-11-19', 66900],
      ['2021-07-28', 61500],
    ])
    expect(pairs(p.dibaoStandardMonthlyFen.province.rural)).toEqual([
      ['2025-11-19', 55500],
      ['2021-07-28', 47150],
    ])
    expect(p.dibaoStandardMonthlyFen.counties).toEqual({})
    expect(pairs(p.disposableIncomeAnnualFen.urban)).toEqual([['2024-02-22', 4132700]])
    expect(pairs(p.disposableIncomeAnnualFen.rural)).toEqual([['2024-02-22', 1767700]])
    expect(p.tekunMultiplier.map((e) => e.value)).toEqual([{ num: 13, den: 10 }])
    expect(p.edgeMultiplier.map((e) => e.value)).toEqual([{ num: 15, den: 10 }])
    expect(p.rigidRatio.map((e) => e.value)).toEqual([{ num: 8, den: 10 }])
    expect(p.tempAidCapMonths.map((e) => e.value)).toEqual([10])
  })

  it('marks only the statistics-bureau figures as verified, and every value has a source', () => {
    expect(p.disposableIncomeAnnualFen.urban[0].verified).toBe(true)
    const unverified = [
      ...p.dibaoStandardMonthlyFen.province.urban,
      ...p.dibaoStandardMonthlyFen.province.rural,
      ...p.tekunMultiplier,
      ...p.edgeMultiplier,
      ...p.rigidRatio,
      ...p.tempAidCapMonths,
    ]
    for (const entry of unverified) {
      expect(entry.verified).toBe(false)
      expect(entry.source.title.length).toBeGreaterThan(0)
      expect(entry.source.url !== null || entry.source.document !== null).toBe(true)
    }
  })
})

describe('loadParams rejects a bad table with a path and a reason', () => {
  const issuesFor = (change: (table: Record<string, any>) => void) => {
    const table = rawShanxiTable()
    change(table)
    const loaded = loadParams(table)
    if (loaded.ok) throw new Error('expected the table to be rejected')
    return loaded.issues
  }

  it.each([
    [
      'a value without url or document',
      (t: any) => (t.tekunMultiplier[0].source = { title: 'x' }),
      'tekunMultiplier[0].source',
      '来源应有网址（url）或文件说明（document）',
    ],
    [
      'a fractional standard',
      (t: any) => (t.dibaoStandardMonthlyFen.province.rural[0].value = 471.5),
      'dibaoStandardMonthlyFen.province.rural[0].value',
      '金额应为整数（单位：分）',
    ],
    [
      'a negative income figure',
      (t: any) => (t.disposableIncomeAnnualFen.urban[0].value = -1),
      'disposableIncomeAnnualFen.urban[0].value',
      '金额应大于 0',
    ],
    [
      'a float multiplier instead of a ratio',
      (t: any) => (t.edgeMultiplier[0].value = 1.5),
      'edgeMultiplier[0].value',
      '数值应为 JSON 对象',
    ],
    ['a zero denominator', (t: any) => (t.rigidRatio[0].value.den = 0), 'rigidRatio[0].value.den', '分母应不小于 1'],
    [
      'no provincial standard at all',
      (t: any) => (t.dibaoStandardMonthlyFen.province.urban = []),
      'dibaoStandardMonthlyFen.province.urban',
      '至少要有 1 个带日期的数值',
    ],
    [
      'two values from the same date',
      (t: any) => t.tempAidCapMonths.push({ ...t.tempAidCapMonths[0], value: 12 }),
      'tempAidCapMonths',
      '同一参数的施行日期不能重复',
    ],
    [
      'an impossible date',
      (t: any) => (t.rigidRatio[0].appliesFrom = '2024-02-30'),
      'rigidRatio[0].appliesFrom',
      '施行日期应为 YYYY-MM-DD 格式的真实日期',
    ],
    [
      'a missing verified flag',
      (t: any) => delete t.tekunMultiplier[0].verified,
      'tekunMultiplier[0].verified',
      '缺少必填字段：是否已核实',
    ],
    [
      'an unknown key',
      (t: any) => (t.tekunMultiplier[0].vaule = 1),
      'tekunMultiplier[0].vaule',
      '不认识的字段「vaule」（请检查拼写）',
    ],
    [
      'a county code that is not 6 digits',
      (t: any) => (t.dibaoStandardMonthlyFen.counties['1411'] = { rural: t.dibaoStandardMonthlyFen.province.rural }),
      'dibaoStandardMonthlyFen.counties.1411',
      '县级代码应为 6 位数字',
    ],
  ])('%s', (_label, change, path, message) => {
    expect(issuesFor(change)).toContainEqual({ path, message })
  })

  it('rejects something that is not a table', () => {
    expect(loadParams(null)).toEqual({ ok: false, issues: [{ path: '', message: '输入应为 JSON 对象' }] })
  })
})

describe('values in force on asOf', () => {
  const rural = bundledShanxiParams.dibaoStandardMonthlyFen.province.rural

  it('takes the value with the greatest date ≤ asOf', () => {
    expect(valueInForce(rural, '2021-07-27')).toBeNull()
    expect(valueInForce(rural, '2021-07-28')?.value).toBe(47150)
    expect(valueInForce(rural, '2025-11-18')?.value).toBe(47150)
    expect(valueInForce(rural, '2025-11-19')?.value).toBe(55500)
    expect(valueInForce(rural, '2099-01-01')?.value).toBe(55500)
  })

  it('applies the new standard on its exact appliesFrom date', () => {
    const input = household([member('m1', { relation: 'self' })])
    expect(evaluateOk({ ...input, asOf: '2025-11-18' }).standard).toMatchObject({
      monthlyFen: 47150,
      appliesFrom: '2021-07-28',
    })
    expect(evaluateOk({ ...input, asOf: '2025-11-19' }).standard).toMatchObject({
      monthlyFen: 55500,
      appliesFrom: '2025-11-19',
      scope: 'province',
      verified: false,
    })
  })

  it('treats asOf before the first 低保标准 as an input error', () => {
    const outcome = evaluate(
      household([member('m1', { relation: 'self', birthDate: '1980-01-01' })], { asOf: '2021-07-27' }),
      bundledShanxiParams,
    )
    expect(outcome).toEqual({
      ok: false,
      issues: [
        {
          path: 'asOf',
          message:
            '参数表中没有 2021-07-27 适用的农村低保标准（最早的低保标准自 2021-07-28 起施行），请使用此后的评估日期',
        },
      ],
    })
  })

  it('marks factors unknown, not the whole result, when another parameter is missing on asOf', () => {
    const noEdge = loadParams({ ...rawShanxiTable(), edgeMultiplier: [] })
    if (!noEdge.ok) throw new Error('table should load')
    const result = evaluateOk(
      household([member('m1', { relation: 'self', incomeMonthlyFen: { wage: 60000 } })]),
      noEdge.value,
    )
    const edge = result.programs.find((p) => p.program === 'dibao_edge')
    expect(edge?.status).toBe('needs_info')
    expect(edge?.factors.find((f) => f.id === 'income')).toEqual({
      id: 'income',
      result: 'unknown',
      explanation: '参数表中没有 2026-11-25 适用的低保边缘倍数，这一项暂无法测算',
      missing: 'parameter',
    })
    // 单人保 cannot rule out the edge condition either, so a severely disabled member still gets an entry.
    const withDisabled = evaluateOk(
      household([
        member('m1', { relation: 'self', incomeMonthlyFen: { wage: 120000 } }),
        member('m2', { disability: { category: 'limb', grade: 1 } }),
      ]),
      noEdge.value,
    )
    expect(withDisabled.programs.find((p) => p.program === 'dibao_single')?.status).toBe('needs_info')
  })
})
