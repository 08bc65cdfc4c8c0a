/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON tables are edited freely to build invalid cases */
/**
 * The parameter table is edited by an operator: every wrong field is reported with its path and the exact
 * Chinese reason, lists come out newest first whatever their order in the file, and a broken bundled table stops
 * the app from loading instead of being used.
 */
import { describeParamsIssues, loadParams } from '@/domain/eligibility/params/eligibilityParams'
import { rawShanxiTable } from './householdBuilders'

function issuesFor(change: (table: any) => void) {
  const table = rawShanxiTable()
  change(table)
  const loaded = loadParams(table)
  if (loaded.ok) throw new Error('expected the table to be rejected')
  return loaded.issues
}

function loads(change: (table: any) => void): boolean {
  const table = rawShanxiTable()
  change(table)
  return loadParams(table).ok
}

const rural0 = 'dibaoStandardMonthlyFen.province.rural[0]'

describe('a missing field is named in Chinese', () => {
  it.each([
    ['paramsVersion', (t: any) => delete t.paramsVersion, '参数表版本'],
    [`${rural0}.appliesFrom`, (t: any) => delete t.dibaoStandardMonthlyFen.province.rural[0].appliesFrom, '施行日期'],
    [`${rural0}.value`, (t: any) => delete t.dibaoStandardMonthlyFen.province.rural[0].value, '数值'],
    [`${rural0}.source`, (t: any) => delete t.dibaoStandardMonthlyFen.province.rural[0].source, '来源'],
    [`${rural0}.source.title`, (t: any) => delete t.dibaoStandardMonthlyFen.province.rural[0].source.title, '来源标题'],
    [
      'disposableIncomeAnnualFen.rural[0].dataYear',
      (t: any) => delete t.disposableIncomeAnnualFen.rural[0].dataYear,
      '统计年度',
    ],
    ['tekunMultiplier[0].value.num', (t: any) => delete t.tekunMultiplier[0].value.num, '分子'],
    ['tekunMultiplier[0].value.den', (t: any) => delete t.tekunMultiplier[0].value.den, '分母'],
  ])('%s', (path, change, label) => {
    expect(issuesFor(change)).toEqual([{ path, message: `缺少必填字段：${label}` }])
  })

  it('a source that is not an object', () => {
    expect(issuesFor((t) => (t.tekunMultiplier[0].source = 'news'))).toEqual([
      { path: 'tekunMultiplier[0].source', message: '来源应为 JSON 对象' },
    ])
  })
})

describe('a wrong value gets the exact reason', () => {
  const setRural = (key: string, value: unknown) => (t: any) =>
    (t.dibaoStandardMonthlyFen.province.rural[0][key] = value)
  const setSource = (key: string, value: unknown) => (t: any) => (t.tekunMultiplier[0].source[key] = value)
  const setRatio = (key: string, value: unknown) => (t: any) => (t.tekunMultiplier[0].value[key] = value)
  const setCap = (value: unknown) => (t: any) => (t.tempAidCapMonths[0].value = value)

  it.each([
    ['paramsVersion', (t: any) => (t.paramsVersion = 2025), '参数表版本应为文字'],
    ['paramsVersion', (t: any) => (t.paramsVersion = ''), '参数表版本不能为空'],
    ['province.code', (t: any) => (t.province.code = 140000), '省级代码应为文字'],
    ['province.code', (t: any) => (t.province.code = 'x140000'), '省级代码应为 6 位数字'],
    ['province.code', (t: any) => (t.province.code = '1400000'), '省级代码应为 6 位数字'],
    ['province.name', (t: any) => (t.province.name = 14), '省名应为文字'],
    ['province.name', (t: any) => (t.province.name = ''), '省名不能为空'],
    ['notes', (t: any) => (t.notes = 1), '说明应为文字'],
    [`${rural0}.appliesFrom`, setRural('appliesFrom', 20251119), '施行日期应为 YYYY-MM-DD 格式的日期'],
    [`${rural0}.value`, setRural('value', '55500'), '金额应为数字（单位：分）'],
    [`${rural0}.value`, setRural('value', 100_000_000_001), '金额不能超过 100000000000 分'],
    [`${rural0}.verified`, setRural('verified', 'yes'), '是否已核实（verified）应为 true 或 false'],
    [`${rural0}.note`, setRural('note', 5), '说明应为文字'],
    ['tekunMultiplier[0].source.title', setSource('title', 5), '来源标题应为文字'],
    ['tekunMultiplier[0].source.title', setSource('title', ''), '来源标题不能为空'],
    ['tekunMultiplier[0].source.url', setSource('url', 5), '网址应为文字'],
    ['tekunMultiplier[0].source.url', setSource('url', 'ftp://example.org/a'), '网址应以 http:// 或 https:// 开头'],
    [
      'tekunMultiplier[0].source.url',
      setSource('url', '见 https://example.org/a'),
      '网址应以 http:// 或 https:// 开头',
    ],
    [
      'tekunMultiplier[0].source.url',
      setSource('url', 'https://example.org/a 第 3 页'),
      '网址应以 http:// 或 https:// 开头',
    ],
    ['tekunMultiplier[0].source.document', setSource('document', 5), '文件说明应为文字'],
    ['tekunMultiplier[0].source.document', setSource('document', ''), '文件说明不能为空'],
    ['tekunMultiplier[0].value.num', setRatio('num', '13'), '分子应为数字'],
    ['tekunMultiplier[0].value.num', setRatio('num', 1.5), '分子应为整数'],
    ['tekunMultiplier[0].value.num', setRatio('num', -1), '分子不能为负数'],
    ['tekunMultiplier[0].value.den', setRatio('den', '10'), '分母应为数字'],
    ['tekunMultiplier[0].value.den', setRatio('den', 2.5), '分母应为整数'],
    ['tekunMultiplier[0].value.den', setRatio('den', 1_000_001), '分母不能超过 1000000'],
    ['tekunMultiplier[0].value', setRatio('num', 101), '倍数（分子 ÷ 分母）不能超过 10'],
    ['tekunMultiplier', (t: any) => (t.tekunMultiplier = {}), '应为列表'],
    [
      'dibaoStandardMonthlyFen.counties',
      (t: any) => (t.dibaoStandardMonthlyFen.counties = 'none'),
      '县级低保标准应为以县级代码为键的对象',
    ],
    [
      'disposableIncomeAnnualFen.urban[0].dataYear',
      (t: any) => (t.disposableIncomeAnnualFen.urban[0].dataYear = 2023.5),
      '统计年度应为整数',
    ],
    [
      'disposableIncomeAnnualFen.rural[0].dataYear',
      (t: any) => (t.disposableIncomeAnnualFen.rural[0].dataYear = 2023.5),
      '统计年度应为整数',
    ],
    [
      'disposableIncomeAnnualFen.urban[0].dataYear',
      (t: any) => (t.disposableIncomeAnnualFen.urban[0].dataYear = '2023'),
      '统计年度应为数字',
    ],
    [
      'disposableIncomeAnnualFen.rural[0].dataYear',
      (t: any) => (t.disposableIncomeAnnualFen.rural[0].dataYear = '2023'),
      '统计年度应为数字',
    ],
    ['tempAidCapMonths[0].value', setCap('10'), '月数应为数字'],
    ['tempAidCapMonths[0].value', setCap(1.5), '月数应为整数'],
    ['tempAidCapMonths[0].value', setCap(0), '月数应不小于 1'],
    ['tempAidCapMonths[0].value', setCap(121), '月数不能超过 120'],
  ])('%s: %s', (path, change, message) => {
    expect(issuesFor(change)).toEqual([{ path, message }])
  })

  it.each(['x141124', '1411240'])('county code %j is not 6 digits', (code) => {
    expect(
      issuesFor(
        (t) => (t.dibaoStandardMonthlyFen.counties[code] = { rural: t.dibaoStandardMonthlyFen.province.rural }),
      ),
    ).toEqual([{ path: `dibaoStandardMonthlyFen.counties.${code}`, message: '县级代码应为 6 位数字' }])
  })

  it('accepts the edges: a multiplier of exactly 10, 120 months, 1 month', () => {
    expect(loads((t) => (t.tekunMultiplier[0].value = { num: 100, den: 10 }))).toBe(true)
    expect(loads((t) => (t.tempAidCapMonths[0].value = 120))).toBe(true)
    expect(loads((t) => (t.tempAidCapMonths[0].value = 1))).toBe(true)
  })

  it('reports every problem at once, each on its own line for the operator', () => {
    const issues = issuesFor((t) => {
      t.paramsVersion = ''
      t.tempAidCapMonths[0].value = 0
    })
    expect(describeParamsIssues(issues)).toBe(
      '参数表 paramsVersion：参数表版本不能为空\n参数表 tempAidCapMonths[0].value：月数应不小于 1',
    )
  })
})

describe('dated lists are sorted newest first whatever the order in the file', () => {
  const dates = ['2019-01-01', '2021-07-28', '2023-03-15', '2025-11-19']
  const orders = [
    [0, 1, 2, 3],
    [3, 2, 1, 0],
    [1, 3, 0, 2],
    [2, 0, 3, 1],
    [0, 3, 1, 2],
    [3, 0, 2, 1],
  ]

  it.each(orders)('file order %i %i %i %i', (...order) => {
    const table = rawShanxiTable()
    const template = table.tempAidCapMonths[0]
    table.tempAidCapMonths = order.map((i) => ({ ...template, appliesFrom: dates[i], value: i + 1 }))
    const loaded = loadParams(table)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues))
    expect(loaded.value.tempAidCapMonths.map((e) => [e.appliesFrom, e.value])).toEqual([
      ['2025-11-19', 4],
      ['2023-03-15', 3],
      ['2021-07-28', 2],
      ['2019-01-01', 1],
    ])
  })
})

describe('the bundled table', () => {
  it('stops the app from loading when it is broken, listing the problems', () => {
    jest.isolateModules(() => {
      const broken = rawShanxiTable()
      broken.paramsVersion = ''
      jest.doMock('@/domain/eligibility/params/shanxi.json', () => broken)
      expect(() => jest.requireActual('@/domain/eligibility/params/bundledParams')).toThrow(
        '内置参数表 shanxi.json 无效：\n参数表 paramsVersion：参数表版本不能为空',
      )
    })
  })
})
