/**
 * Which 低保标准 applies (county entry or provincial average, spec §3.3), what the user reads when none applies on
 * the chosen date, and what an operator reads when a parameter table does not load.
 */
import { evaluate } from '@/domain/eligibility/evaluate'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import { describeParamsIssues, loadParams, type EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'
import { evaluateOk, household, member, paramsWith, rawShanxiTable } from './householdBuilders'

const countyEntry = (appliesFrom: string, value: number, verified = true) => ({
  appliesFrom,
  value,
  source: { title: '县民政局关于调整城乡低保标准的通知（测试用）', url: 'https://example.org/notice' },
  verified,
})

const alone = (asOf: string, region: { code: string; area: 'urban' | 'rural' }) =>
  household([member('m1', { relation: 'self', birthDate: '1960-01-01' })], { asOf, region })

const issuesOf = (input: ReturnType<typeof alone>, params: EligibilityParams) => {
  const outcome = evaluate(input, params)
  if (outcome.ok) throw new Error('expected the date to be rejected')
  return outcome.issues
}

describe('choosing the 低保标准', () => {
  it("uses a county's own urban standard for urban households, the provincial one for its rural households", () => {
    // Written oldest first on purpose: the loader sorts county lists too.
    const params = paramsWith((table) => {
      table.dibaoStandardMonthlyFen.counties['140105'] = {
        urban: [countyEntry('2020-01-01', 65000), countyEntry('2024-01-01', 70000)],
      }
    })
    expect(evaluateOk(alone('2026-11-25', { code: '140105', area: 'urban' }), params).standard).toMatchObject({
      monthlyFen: 70000,
      scope: 'county',
      appliesFrom: '2024-01-01',
      verified: true,
    })
    expect(evaluateOk(alone('2023-12-31', { code: '140105', area: 'urban' }), params).standard).toMatchObject({
      monthlyFen: 65000,
      scope: 'county',
    })
    expect(evaluateOk(alone('2026-11-25', { code: '140105', area: 'rural' }), params).standard).toMatchObject({
      monthlyFen: 55500,
      scope: 'province',
    })
  })
})

describe('no 低保标准 on the chosen date', () => {
  it('names the urban standard for an urban household', () => {
    expect(issuesOf(alone('2021-07-27', { code: '140105', area: 'urban' }), bundledShanxiParams)).toEqual([
      {
        path: 'asOf',
        message:
          '参数表中没有 2021-07-27 适用的城市低保标准（最早的低保标准自 2021-07-28 起施行），请使用此后的评估日期',
      },
    ])
  })

  it('gives the earliest date of any standard for the region, also when a county entry is older', () => {
    const params = paramsWith((table) => {
      table.dibaoStandardMonthlyFen.counties['141124'] = {
        rural: [countyEntry('2025-01-01', 50000), countyEntry('2019-03-01', 40000)],
      }
    })
    expect(issuesOf(alone('2019-02-28', { code: '141124', area: 'rural' }), params)).toEqual([
      {
        path: 'asOf',
        message:
          '参数表中没有 2019-02-28 适用的农村低保标准（最早的低保标准自 2019-03-01 起施行），请使用此后的评估日期',
      },
    ])
    // Between the county's first entry and the provincial one, the county's standard applies.
    expect(evaluateOk(alone('2020-06-01', { code: '141124', area: 'rural' }), params).standard).toMatchObject({
      monthlyFen: 40000,
      scope: 'county',
    })
  })

  it('never prints a missing date, even for a hand-built table without any standard', () => {
    // loadParams requires a provincial standard per area, so only a table built in code can lack one.
    expect(
      loadParams({ ...rawShanxiTable(), dibaoStandardMonthlyFen: { province: { urban: [], rural: [] }, counties: {} } })
        .ok,
    ).toBe(false)
    const empty: EligibilityParams = {
      ...bundledShanxiParams,
      dibaoStandardMonthlyFen: { province: { urban: [], rural: [] }, counties: {} },
    }
    expect(issuesOf(alone('2026-11-25', { code: '141124', area: 'rural' }), empty)).toEqual([
      { path: 'asOf', message: '参数表中没有 2026-11-25 适用的农村低保标准，请使用此后的评估日期' },
    ])
  })
})

describe('a parameter table that does not load', () => {
  const issuesFor = (raw: unknown) => {
    const loaded = loadParams(raw)
    if (loaded.ok) throw new Error('expected the table to be rejected')
    return loaded.issues
  }

  it('describes each problem on its own line with the path, or (整体) for the whole table', () => {
    expect(describeParamsIssues(issuesFor(undefined))).toBe('参数表 (整体)：输入应为 JSON 对象')
    const table = rawShanxiTable()
    table.paramsVersion = ''
    table.edgeMultiplier[0].value.den = 1.5
    expect(describeParamsIssues(issuesFor(table))).toBe(
      '参数表 paramsVersion：参数表版本不能为空\n参数表 edgeMultiplier[0].value.den：分母应为整数',
    )
  })

  it('stops the app from starting with a bundled table that is invalid, saying why', () => {
    jest.isolateModules(() => {
      jest.doMock('@/domain/eligibility/params/shanxi.json', () => ({ ...rawShanxiTable(), paramsVersion: '' }))
      expect(() => require('@/domain/eligibility/params/bundledParams')).toThrow(
        new Error('内置参数表 shanxi.json 无效：\n参数表 paramsVersion：参数表版本不能为空'),
      )
    })
    jest.dontMock('@/domain/eligibility/params/shanxi.json')
  })
})
