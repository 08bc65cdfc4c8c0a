/**
 * The 低保标准 for the household (spec §3.3): the county's own sourced entry in force on asOf if the table has
 * one, else the provincial average, per area (urban / rural).
 */
import type { Area } from './eligibilityInput'
import { valueInForce, type DatedParam, type EligibilityParams } from './params/eligibilityParams'

export interface SelectedStandard {
  readonly param: DatedParam<number>
  readonly scope: 'county' | 'province'
}

/** null when the table has no 低保标准 on asOf (an input error for the caller). */
export function selectStandard(
  params: EligibilityParams,
  region: { readonly code: string; readonly area: Area },
  asOf: string,
): SelectedStandard | null {
  const county = valueInForce(params.dibaoStandardMonthlyFen.counties[region.code]?.[region.area], asOf)
  if (county !== null) return { param: county, scope: 'county' }
  const province = valueInForce(params.dibaoStandardMonthlyFen.province[region.area], asOf)
  return province === null ? null : { param: province, scope: 'province' }
}

/** The earliest date from which the table has a 低保标准 for this region and area (for error messages). */
export function earliestStandardDate(
  params: EligibilityParams,
  region: { readonly code: string; readonly area: Area },
): string | null {
  const lists = [
    params.dibaoStandardMonthlyFen.counties[region.code]?.[region.area] ?? [],
    params.dibaoStandardMonthlyFen.province[region.area],
  ]
  let earliest: string | null = null
  for (const list of lists) {
    for (const entry of list) if (earliest === null || entry.appliesFrom < earliest) earliest = entry.appliesFrom
  }
  return earliest
}
