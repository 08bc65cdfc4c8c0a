/**
 * The answers of the 资格预检 (pre-check) and the two things they turn into: the eligibility input
 * (spec/eligibility.md §2) and a partial application payload the application form can start from.
 * Pure: no Taro, no React, no store, no clock (the evaluation date comes in).
 *
 * The pre-check asks one monthly income figure per member (what counts, not its kind). The engine sums
 * the counted kinds, so the figure goes in as `wage`; the application prefill keeps it as a total and
 * says that the form still has to ask how it splits.
 */
import type {
  ApplicationPayload,
  DisabilityCategory,
  DisabilityGrade,
  EmergencyType,
  HukouArea,
  Relation,
  StudentLevel,
} from '@/services/applicationPayload'

export type AssetsAnswer = 'yes' | 'no' | 'unsure'
export type SupportersAnswer = 'capable' | 'none' | 'incapable' | 'unsure'

export interface PrecheckMemberAnswers {
  /** Unique within the household; the applicant has relation self. */
  id: string
  relation: Relation
  /** YYYY-MM-DD. */
  birthDate: string
  livesTogether: boolean
  student: StudentLevel | null
  disability: { category: DisabilityCategory; grade: DisabilityGrade } | null
  seriousIllness: boolean
  /** Average counted income per month over the last 12 months, in fen. */
  monthlyIncomeFen: number
}

export interface PrecheckAnswers {
  region: { cityCode: string; countyCode: string; area: HukouArea }
  members: PrecheckMemberAnswers[]
  /** Does the household meet the local rules on savings, cars, houses? */
  assets: AssetsAnswer
  supporters: SupportersAnswer
  /** Medical, schooling, rehabilitation and other essential spending over the last 12 months; null: not said. */
  rigidSpendingAnnualFen: number | null
  emergency: { type: EmergencyType; date: string } | null
}

/** The raw eligibility input of spec §2, as validateEligibilityInput accepts it. */
export interface PrecheckEligibilityInput {
  asOf: string
  region: { code: string; area: HukouArea }
  members: {
    id: string
    relation: Relation
    birthDate: string
    livesTogether: boolean
    student: StudentLevel | null
    disability: { category: DisabilityCategory; grade: DisabilityGrade } | null
    seriousIllness: boolean
    excluded: null
    incomeMonthlyFen: { wage: number; business: number; property: number; transfer: number; exempt: number }
  }[]
  supporters?: 'none' | 'incapable' | 'capable'
  assetsDeclared?: boolean
  rigidSpendingAnnualFen?: number
  emergency: { type: EmergencyType; date: string } | null
}

/** 不确定 leaves a field out, which the engine reads as "not answered" (needs_info), never as a no. */
export function precheckAnswersToEligibilityInput(answers: PrecheckAnswers, asOf: string): PrecheckEligibilityInput {
  const input: PrecheckEligibilityInput = {
    asOf,
    region: { code: answers.region.countyCode, area: answers.region.area },
    members: answers.members.map((m) => ({
      id: m.id,
      relation: m.relation,
      birthDate: m.birthDate,
      livesTogether: m.relation === 'self' ? true : m.livesTogether,
      student: m.student,
      disability: m.disability,
      seriousIllness: m.seriousIllness,
      excluded: null,
      incomeMonthlyFen: { wage: m.monthlyIncomeFen, business: 0, property: 0, transfer: 0, exempt: 0 },
    })),
    emergency: answers.emergency,
  }
  if (answers.supporters !== 'unsure') input.supporters = answers.supporters
  if (answers.assets !== 'unsure') input.assetsDeclared = answers.assets === 'yes'
  if (answers.rigidSpendingAnnualFen !== null) input.rigidSpendingAnnualFen = answers.rigidSpendingAnnualFen
  return input
}

type PayloadMember = ApplicationPayload['members'][number]

/** What the application form can take over from a pre-check: no names, ID numbers or phones (never asked). */
export interface ApplicationPrefill {
  region: { cityCode: string; countyCode: string }
  area: HukouArea
  members: (Omit<PayloadMember, 'name' | 'idNumber' | 'incomeMonthlyFen'> & {
    /** The pre-check's single monthly figure; the form asks how it splits into wage, business, … */
    incomeMonthlyTotalFen: number
  })[]
  assetsMeetLocalRules: ApplicationPayload['assets']['meetsLocalRules']
  /** The pre-check's answer about 赡养/抚养/扶养 people (the payload has no such field; show it as a hint). */
  supporters: SupportersAnswer
  rigidSpendingAnnualFen: ApplicationPayload['rigidSpendingAnnualFen']
  /** Type and date only; the form asks for the description. */
  emergency: { type: EmergencyType; date: string } | null
}

export function precheckAnswersToApplicationPrefill(answers: PrecheckAnswers): ApplicationPrefill {
  return {
    region: { cityCode: answers.region.cityCode, countyCode: answers.region.countyCode },
    area: answers.region.area,
    members: answers.members.map((m) => ({
      id: m.id,
      relation: m.relation,
      birthDate: m.birthDate,
      livesTogether: m.relation === 'self' ? true : m.livesTogether,
      student: m.student,
      disability: m.disability ? { ...m.disability } : null,
      seriousIllness: m.seriousIllness,
      excluded: null,
      incomeMonthlyTotalFen: m.monthlyIncomeFen,
    })),
    assetsMeetLocalRules: answers.assets === 'unsure' ? null : answers.assets === 'yes',
    supporters: answers.supporters,
    rigidSpendingAnnualFen: answers.rigidSpendingAnnualFen,
    emergency: answers.emergency ? { ...answers.emergency } : null,
  }
}

/** Whole years between a birth date and a date, both YYYY-MM-DD. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [y, m, d] = onDate.split('-').map(Number)
  const hadBirthday = m > bm || (m === bm && d >= bd)
  return y - by - (hadBirthday ? 0 : 1)
}
