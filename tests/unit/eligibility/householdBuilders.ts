/** Test helpers: build validated-shape inputs quickly and pick programmes out of a result. */
import type { EligibilityInput, HouseholdMember, MemberMonthlyIncomeFen } from '@/domain/eligibility/eligibilityInput'
import type { EligibilityResult, ProgramId, ProgramResult } from '@/domain/eligibility/eligibilityResult'
import { evaluate } from '@/domain/eligibility/evaluate'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import { loadParams, type EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'
import shanxiTable from '@/domain/eligibility/params/shanxi.json'

export const NO_INCOME: MemberMonthlyIncomeFen = { wage: 0, business: 0, property: 0, transfer: 0, exempt: 0 }

type MemberOverrides = Partial<Omit<HouseholdMember, 'incomeMonthlyFen'>> & {
  readonly incomeMonthlyFen?: Partial<MemberMonthlyIncomeFen>
}

export function member(id: string, overrides: MemberOverrides = {}): HouseholdMember {
  return {
    id,
    relation: 'spouse',
    birthDate: '1980-06-15',
    livesTogether: true,
    student: null,
    disability: null,
    seriousIllness: false,
    excluded: null,
    ...overrides,
    incomeMonthlyFen: { ...NO_INCOME, ...overrides.incomeMonthlyFen },
  }
}

/** The applicant (id m1, relation self). */
export function applicant(overrides: MemberOverrides = {}): HouseholdMember {
  return member('m1', { relation: 'self', ...overrides })
}

/** A wage-only member. */
export function earner(id: string, wageFen: number, overrides: MemberOverrides = {}): HouseholdMember {
  return member(id, { ...overrides, incomeMonthlyFen: { wage: wageFen } })
}

export function household(
  members: readonly HouseholdMember[],
  overrides: Partial<Omit<EligibilityInput, 'members'>> = {},
): EligibilityInput {
  return {
    asOf: '2026-11-25',
    region: { code: '141124', area: 'rural' },
    members,
    supporters: null,
    assetsDeclared: true,
    rigidSpendingAnnualFen: null,
    emergency: null,
    ...overrides,
  }
}

export function evaluateOk(
  input: EligibilityInput,
  params: EligibilityParams = bundledShanxiParams,
): EligibilityResult {
  const outcome = evaluate(input, params)
  if (!outcome.ok) throw new Error(`expected a result, got issues: ${JSON.stringify(outcome.issues)}`)
  return outcome.value
}

export function programOf(result: EligibilityResult, program: ProgramId, memberId?: string): ProgramResult {
  const found = result.programs.find((p) => p.program === program && (memberId === undefined || p.member === memberId))
  if (!found) throw new Error(`no ${program}${memberId ? ` for ${memberId}` : ''} in result`)
  return found
}

export function programsOf(result: EligibilityResult, program: ProgramId): ProgramResult[] {
  return result.programs.filter((p) => p.program === program)
}

export function factorOf(programResult: ProgramResult, factorId: string) {
  const found = programResult.factors.find((f) => f.id === factorId)
  if (!found) throw new Error(`no factor ${factorId} in ${programResult.program}`)
  return found
}

/** Rural 低保标准 in force from 2025-11-19 in the bundled table. */
export const RURAL_STANDARD_FEN = 55500
export const URBAN_STANDARD_FEN = 66900

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON tables are edited freely in tests */

/** A copy of the bundled raw table, changed by `change`, then loaded (fails the test if it does not load). */
export function paramsWith(change: (table: Record<string, any>) => void): EligibilityParams {
  const table = JSON.parse(JSON.stringify(shanxiTable)) as Record<string, any>
  change(table)
  const loaded = loadParams(table)
  if (!loaded.ok) throw new Error(`test table did not load: ${JSON.stringify(loaded.issues)}`)
  return loaded.value
}

export function rawShanxiTable(): Record<string, any> {
  return JSON.parse(JSON.stringify(shanxiTable)) as Record<string, any>
}
