/** The pre-check result (spec §4). Money is integer fen; every explanation is a plain Chinese sentence. */
import type { Area } from './eligibilityInput'

export type ProgramId =
  'dibao' | 'dibao_single' | 'tekun' | 'dibao_edge' | 'rigid_expense' | 'temporary' | 'disability_allowance'

export type ProgramStatus = 'likely' | 'needs_info' | 'unlikely'

export type FactorResult = 'met' | 'unmet' | 'unknown'

export interface Factor {
  readonly id: string
  readonly result: FactorResult
  readonly explanation: string
  /**
   * Why an `unknown` factor is unknown: the household did not answer (`answer`, the UI can ask), or the
   * parameter table has no figure for the date (`parameter`). null for met / unmet.
   */
  readonly missing: 'answer' | 'parameter' | null
}

export interface ProgramResult {
  readonly program: ProgramId
  /** Only on per-member programmes (dibao_single, tekun, disability_allowance). */
  readonly member?: string
  readonly status: ProgramStatus
  /** Integer fen when the status is likely and the programme has an estimate; null otherwise. */
  readonly estimatedMonthlyFen: number | null
  /** How the estimate was worked out, or why there is none. */
  readonly estimateExplanation: string | null
  readonly factors: readonly Factor[]
  /** What no answer can settle (household economic check, home visit, …); empty when unlikely. */
  readonly remaining: readonly string[]
  /** Temporary assistance only: the reference cap "一般不超过" (tempAidCapMonths × standard), null if unavailable. */
  readonly referenceCapFen?: number | null
}

export interface StandardUsed {
  readonly monthlyFen: number
  readonly area: Area
  readonly scope: 'county' | 'province'
  readonly source: string
  readonly sourceUrl: string | null
  readonly appliesFrom: string
  /** false: show as 参考值. */
  readonly verified: boolean
}

export interface NotCountedMember {
  readonly id: string
  readonly reason: string
}

export interface HouseholdSummary {
  readonly size: number
  /** Counted member ids, sorted. */
  readonly counted: readonly string[]
  /** Sorted by id. */
  readonly notCounted: readonly NotCountedMember[]
  readonly incomeMonthlyFen: number
  /** Display only: ⌊income / size⌋. Every threshold test is done on the total, without division. */
  readonly perCapitaMonthlyFen: number
}

export interface EligibilityResult {
  readonly asOf: string
  readonly paramsVersion: string
  readonly notice: string
  readonly standard: StandardUsed
  readonly household: HouseholdSummary
  readonly programs: readonly ProgramResult[]
}
