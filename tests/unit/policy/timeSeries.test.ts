import { describeTimeSeries, timeSeriesFromTable } from '@/features/policy/timeSeries'
import type { TableNode } from '@/content/policyNodes'
import { programmeArticle, standardArticle } from '../../support/policyFixtures'

const tableOf = (body: typeof standardArticle.body) => body.find((n): n is TableNode => n.type === 'table')!

describe('timeSeriesFromTable', () => {
  it('reads the 低保 averages over time, keeping 参考值 marks', () => {
    const series = timeSeriesFromTable(tableOf(standardArticle.body))
    expect(series).not.toBeNull()
    expect(series!.seriesNames).toEqual(['城市（元/人/月）', '农村（元/人/月）'])
    expect(series!.max).toBe(669)
    expect(series!.rows[0]).toEqual({
      period: '2021-07-28',
      values: [
        { value: 615, text: '615', reference: true },
        { value: 471.5, text: '471.5', reference: true },
      ],
    })
    expect(series!.rows[1].values.map((v) => v.reference)).toEqual([false, false])
  })

  it('describes every number in words', () => {
    const text = describeTimeSeries(timeSeriesFromTable(tableOf(standardArticle.body))!)
    for (const part of [
      '2021-07-28',
      '615（参考值）',
      '471.5（参考值）',
      '2025-11-19',
      '城市（元/人/月） 669',
      '555',
    ]) {
      expect(text).toContain(part)
    }
  })

  it('refuses tables that are not numbers over time', () => {
    expect(timeSeriesFromTable(tableOf(programmeArticle.body))).toBeNull()
    const mixed: TableNode = {
      type: 'table',
      header: [
        { type: 'cell', align: null, children: [{ type: 'text', text: '时间' }] },
        { type: 'cell', align: null, children: [{ type: 'text', text: '城市' }] },
      ],
      rows: [
        [
          { type: 'cell', align: null, children: [{ type: 'text', text: '2025' }] },
          { type: 'cell', align: null, children: [{ type: 'text', text: '各县不同' }] },
        ],
      ],
    }
    expect(timeSeriesFromTable(mixed)).toBeNull()
  })
})
