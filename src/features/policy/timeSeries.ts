/**
 * Tables that list numbers over time (first column 时间/日期/年份, every other cell one number) can also be
 * drawn as a bar chart. The table stays the accessible source; the chart is derived from it, so the two can
 * never disagree.
 */
import { inlineText, type InlineNode, type TableNode } from '@/content/policyNodes'

export interface TimeSeriesValue {
  value: number
  /** The number as written in the article (e.g. "471.5"). */
  text: string
  /** The cell is a 参考值 (not verified for Shanxi). */
  reference: boolean
}

export interface TimeSeries {
  /** Header of the first column, e.g. 时间. */
  periodLabel: string
  /** Names of the value columns, e.g. 城市（元/人/月）. */
  seriesNames: string[]
  rows: { period: string; values: TimeSeriesValue[] }[]
  max: number
}

const PERIOD_HEADER = /时间|日期|年份|年度|年/
const ONE_NUMBER = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:元)?\s*$/

function hasReference(nodes: readonly InlineNode[]): boolean {
  return nodes.some(
    (n) => n.type === 'reference' || ((n.type === 'strong' || n.type === 'emphasis') && hasReference(n.children)),
  )
}

export function timeSeriesFromTable(table: TableNode): TimeSeries | null {
  if (table.header.length < 2 || table.rows.length < 1) return null
  const periodLabel = inlineText(table.header[0].children).trim()
  if (!PERIOD_HEADER.test(periodLabel)) return null
  const rows: TimeSeries['rows'] = []
  let max = 0
  for (const row of table.rows) {
    if (row.length !== table.header.length) return null
    const values: TimeSeriesValue[] = []
    for (const cell of row.slice(1)) {
      const text = inlineText(cell.children)
      const match = ONE_NUMBER.exec(text)
      if (!match) return null
      const value = Number(match[1])
      if (!Number.isFinite(value) || value < 0) return null
      max = Math.max(max, value)
      values.push({ value, text: match[1], reference: hasReference(cell.children) })
    }
    rows.push({ period: inlineText(row[0].children).trim(), values })
  }
  if (max <= 0) return null
  return { periodLabel, seriesNames: table.header.slice(1).map((c) => inlineText(c.children).trim()), rows, max }
}

/** One sentence with every number, for the chart's accessible name. */
export function describeTimeSeries(series: TimeSeries): string {
  const rows = series.rows.map(
    (row) =>
      `${row.period}：${row.values
        .map((v, i) => `${series.seriesNames[i]} ${v.text}${v.reference ? '（参考值）' : ''}`)
        .join('，')}`,
  )
  return `柱状图，${rows.join('；')}。`
}
