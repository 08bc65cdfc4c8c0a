/**
 * The pre-check input after validation (spec §2). Optional answers are normalised: an absent answer is `null`
 * ("the household did not say"), absent income parts are 0, absent member flags are null / false.
 * Money is integer fen; dates are "YYYY-MM-DD".
 */

export const RELATIONS = ['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'] as const
export type Relation = (typeof RELATIONS)[number]

export const STUDENT_LEVELS = ['compulsory', 'highschool', 'undergraduate', 'postgraduate'] as const
export type StudentLevel = (typeof STUDENT_LEVELS)[number]

export const DISABILITY_CATEGORIES = [
  'limb',
  'intellectual',
  'mental',
  'visual',
  'hearing',
  'speech',
  'multiple',
] as const
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number]

export const DISABILITY_GRADES = [1, 2, 3, 4] as const
export type DisabilityGrade = (typeof DISABILITY_GRADES)[number]

export interface Disability {
  readonly category: DisabilityCategory
  readonly grade: DisabilityGrade
}

export const EXCLUSION_REASONS = ['religious', 'prison', 'rehab', 'missing'] as const
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]

export const AREAS = ['urban', 'rural'] as const
export type Area = (typeof AREAS)[number]

export const SUPPORTER_SITUATIONS = ['none', 'incapable', 'capable'] as const
export type SupporterSituation = (typeof SUPPORTER_SITUATIONS)[number]

export const EMERGENCY_TYPES = ['fire', 'accident', 'illness', 'disaster', 'other'] as const
export type EmergencyType = (typeof EMERGENCY_TYPES)[number]

/** Average income per month over the last 12 months, in fen. `exempt` is recorded but never counted. */
export interface MemberMonthlyIncomeFen {
  readonly wage: number
  readonly business: number
  readonly property: number
  readonly transfer: number
  readonly exempt: number
}

export interface HouseholdMember {
  readonly id: string
  readonly relation: Relation
  readonly birthDate: string
  readonly livesTogether: boolean
  readonly student: StudentLevel | null
  readonly disability: Disability | null
  readonly seriousIllness: boolean
  readonly excluded: ExclusionReason | null
  readonly incomeMonthlyFen: MemberMonthlyIncomeFen
}

export interface Emergency {
  readonly type: EmergencyType
  readonly date: string
}

export interface EligibilityInput {
  readonly asOf: string
  readonly region: { readonly code: string; readonly area: Area }
  readonly members: readonly HouseholdMember[]
  /** null: not answered. */
  readonly supporters: SupporterSituation | null
  /** null: not answered. */
  readonly assetsDeclared: boolean | null
  /** null: not answered. */
  readonly rigidSpendingAnnualFen: number | null
  readonly emergency: Emergency | null
}
