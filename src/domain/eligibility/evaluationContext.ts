/**
 * Everything the programme rules read, worked out once per evaluation: counted members, income, the 低保标准
 * and the other parameters in force on asOf (null when the table has no figure for that date).
 */
import type { Ratio } from './exactArithmetic'
import type { EligibilityInput, HouseholdMember } from './eligibilityInput'
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
}
