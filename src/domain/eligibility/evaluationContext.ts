/**
 * Everything the programme rules read, worked out once per evaluation: counted members, income, the 低保标准
 * and the other parameters in force on asOf (null when the table has no figure for that date).
 */
import type { Ratio } from './exactArithmetic'
import type { EligibilityInput, HouseholdMember } from './eligibilityInput'
import type { Factor } from './eligibilityResult'
import type { DatedParam, DisposableIncomeParam } from './params/eligibilityParams'

export interface CountedMember {
  readonly member: HouseholdMember
  readonly age: number
  readonly ownIncomeFen: number
}

export interface EvaluationContext {
  readonly input: EligibilityInput
  /** Counted members sorted by id, so that member order never changes the result. */
  readonly counted: readonly CountedMember[]
  readonly size: number
  readonly incomeFen: number
  readonly standard: DatedParam<number>
  readonly standardScope: 'county' | 'province'
  readonly disposableIncome: DisposableIncomeParam | null
  readonly tekunMultiplier: DatedParam<Ratio> | null
  readonly edgeMultiplier: DatedParam<Ratio> | null
  readonly rigidRatio: DatedParam<Ratio> | null
  readonly tempAidCapMonths: DatedParam<number> | null
  /** Comparison of the household income with standard × size (-1 below, 0 equal, 1 above). */
  readonly dibaoIncomeComparison: -1 | 0 | 1
  /** Comparison with edgeMultiplier × standard × size; null when the multiplier is not available. */
  readonly edgeIncomeComparison: -1 | 0 | 1 | null
  /** Sentences and factors several programmes share, built once per evaluation. */
  readonly phrases: SharedPhrases
}

export interface SharedPhrases {
  /** "当地低保标准 555.00 元" */
  readonly standard: string
  /** "家庭月收入合计 1600.00 元 ÷ 3 人 = 人均 533.33 元" */
  readonly perCapita: string
  /** perCapita + "，低于当地低保标准 555.00 元" (with a clarifying total when the shown amounts tie). */
  readonly householdVersusStandard: string
  /** "低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）" */
  readonly edgeLine: string
  /** perCapita + "，低于低保边缘标准 …"; "" when the edge multiplier is not available. */
  readonly householdVersusEdge: string
  readonly assets: Factor
  /** Annual income against the 上年度居民人均可支配收入 (刚性支出困难 and 临时救助). */
  readonly disposableIncome: Factor
}
