/** Properties from spec §5, checked on generated households. */
import fc from 'fast-check'
import type { EligibilityInput } from '@/domain/eligibility/eligibilityInput'
import { evaluate } from '@/domain/eligibility/evaluate'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import shanxiTable from '@/domain/eligibility/params/shanxi.json'
import { validateEligibilityInput } from '@/domain/eligibility/validateEligibilityInput'
import { propertyRuns } from '../../support/propertyRuns'

const DAY_MS = 86_400_000
const isoFromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS

const FIRST_STANDARD_DAY = dayOf('2021-07-28')
const LAST_AS_OF_DAY = dayOf('2031-12-31')

const moneyArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 300_000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000_000 }) },
)

const incomeArb = fc.record(
  { wage: moneyArb, business: moneyArb, property: moneyArb, transfer: moneyArb, exempt: moneyArb },
  { requiredKeys: [] },
)

const disabilityArb = fc.option(
  fc.record({
    category: fc.constantFrom('limb', 'intellectual', 'mental', 'visual', 'hearing', 'speech', 'multiple'),
    grade: fc.constantFrom(1, 2, 3, 4),
  }),
)

/** A raw member; ids are assigned later so they are unique. */
const memberArb = (asOfDay: number, isSelf: boolean) =>
  fc.record({
    relation: isSelf
      ? fc.constant('self')
      : fc.constantFrom('spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'),
    birthDate: fc.integer({ min: asOfDay - 100 * 366, max: asOfDay }).map(isoFromDay),
    livesTogether: fc.boolean(),
    student: fc.option(fc.constantFrom('compulsory', 'highschool', 'undergraduate', 'postgraduate')),
    disability: disabilityArb,
    seriousIllness: fc.boolean(),
    excluded: isSelf
      ? fc.constant(null)
      : fc.option(fc.constantFrom('religious', 'prison', 'rehab', 'missing'), { freq: 4 }),
    incomeMonthlyFen: incomeArb,
  })

/** Raw households that pass validation (asOf may fall before the first 低保标准: then evaluate reports an issue). */
const rawHouseholdArb = fc.integer({ min: FIRST_STANDARD_DAY - 30, max: LAST_AS_OF_DAY }).chain((asOfDay) =>
  fc.record(
    {
      asOf: fc.constant(isoFromDay(asOfDay)),
      region: fc.record({
        code: fc.constantFrom('141124', '141102', '140105', '140171', '149999'),
        area: fc.constantFrom('urban', 'rural'),
      }),
      members: fc
        .tuple(memberArb(asOfDay, true), fc.array(memberArb(asOfDay, false), { maxLength: 7 }))
        .map(([self, others]) => [self, ...others].map((m, i) => ({ id: `m${i}`, ...m }))),
      supporters: fc.constantFrom('none', 'incapable', 'capable'),
      assetsDeclared: fc.boolean(),
      rigidSpendingAnnualFen: moneyArb,
      emergency: fc.option(
        fc.record({
          type: fc.constantFrom('fire', 'accident', 'illness', 'disaster', 'other'),
          date: fc.integer({ min: asOfDay - 200, max: asOfDay }).map(isoFromDay),
        }),
      ),
    },
    { requiredKeys: ['asOf', 'region', 'members'] },
  ),
)

const validHouseholdArb = rawHouseholdArb.map((raw) => {
  const outcome = validateEligibilityInput(raw)
  if (!outcome.ok) throw new Error(`generator produced invalid input: ${JSON.stringify(outcome.issues)}`)
  return outcome.value
})

const inForceHouseholdArb = validHouseholdArb.filter((input) => input.asOf >= '2021-07-28')

function resultOf(input: EligibilityInput) {
  const outcome = evaluate(input, bundledShanxiParams)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
  return outcome.value
}

function dibaoIncome(input: EligibilityInput) {
  return resultOf(input).programs[0].factors.find((f) => f.id === 'income')?.result
}

/** Every leaf is a string, boolean, null or a safe integer: no NaN, no undefined, no float. */
function assertCleanJson(value: unknown, path = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`${path} is ${value}`)
    return
  }
  if (value === undefined) throw new Error(`${path} is undefined`)
  if (Array.isArray(value)) return value.forEach((item, i) => assertCleanJson(item, `${path}[${i}]`))
  for (const [key, item] of Object.entries(value as object)) assertCleanJson(item, `${path}.${key}`)
}

describe('eligibility properties (spec §5)', () => {
  it('is total: every valid input gives a clean result or a date issue, never a throw', () => {
    fc.assert(
      fc.property(validHouseholdArb, (input) => {
        const outcome = evaluate(input, bundledShanxiParams)
        if (!outcome.ok) {
          expect(input.asOf < '2021-07-28').toBe(true)
          expect(outcome.issues[0].path).toBe('asOf')
          return
        }
        assertCleanJson(outcome.value)
        const text = JSON.stringify(outcome.value)
        expect(text).not.toContain('不符合')
        expect(text).not.toContain('NaN')
        expect(text).not.toContain('undefined')
        for (const program of outcome.value.programs) {
          if (program.estimatedMonthlyFen !== null) expect(program.status).toBe('likely')
          for (const factor of program.factors) expect(factor.explanation.length).toBeGreaterThan(0)
        }
        expect(outcome.value.programs.filter((p) => p.member === undefined).map((p) => p.program)).toEqual([
          'dibao',
          'dibao_edge',
          'rigid_expense',
          'temporary',
        ])
      }),
      { numRuns: propertyRuns(500) },
    )
  })

  it('is monotone: more income for a counted member never turns the 低保 income test from unmet to met', () => {
    fc.assert(
      fc.property(inForceHouseholdArb, fc.integer({ min: 0, max: 5_000_000 }), (input, extra) => {
        // The applicant (members[0]) is always counted.
        const [self, ...others] = input.members
        const richer: EligibilityInput = {
          ...input,
          members: [
            { ...self, incomeMonthlyFen: { ...self.incomeMonthlyFen, wage: self.incomeMonthlyFen.wage + extra } },
            ...others,
          ],
        }
        if (dibaoIncome(input) === 'unmet') expect(dibaoIncome(richer)).toBe('unmet')
        if (dibaoIncome(richer) === 'met') expect(dibaoIncome(input)).toBe('met')
      }),
      { numRuns: propertyRuns(300) },
    )
  })

  it('does not depend on member order', () => {
    fc.assert(
      fc.property(
        inForceHouseholdArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.members], { minLength: input.members.length })),
        ),
        ([input, shuffled]) => {
          expect(resultOf({ ...input, members: shuffled })).toEqual(resultOf(input))
        },
      ),
      { numRuns: propertyRuns(300) },
    )
  })

  /**
   * A second, deliberately simple implementation of the 低保 income rule, straight from the spec text: its own
   * age arithmetic (via Date), its own reading of the raw table, BigInt sums, one if-chain per member.
   */
  function naiveDibaoIncomeMet(input: EligibilityInput): boolean {
    const standards = shanxiTable.dibaoStandardMonthlyFen.province[input.region.area]
    let standard = -1
    let standardDate = ''
    for (const entry of standards) {
      if (entry.appliesFrom <= input.asOf && entry.appliesFrom > standardDate) {
        standard = entry.value
        standardDate = entry.appliesFrom
      }
    }
    const asOf = new Date(`${input.asOf}T00:00:00Z`)
    let people = 0
    let total = BigInt(0)
    for (const m of input.members) {
      const birth = new Date(`${m.birthDate}T00:00:00Z`)
      let age = asOf.getUTCFullYear() - birth.getUTCFullYear()
      const hadBirthday =
        asOf.getUTCMonth() > birth.getUTCMonth() ||
        (asOf.getUTCMonth() === birth.getUTCMonth() && asOf.getUTCDate() >= birth.getUTCDate())
      if (!hadBirthday) age -= 1
      let counts: boolean
      if (m.excluded) counts = false
      else if (m.relation === 'self' || m.relation === 'spouse') counts = true
      else if (m.relation === 'child' && age < 18) counts = true
      else if (m.relation === 'child')
        counts = m.livesTogether || ['compulsory', 'highschool', 'undergraduate'].includes(m.student ?? '')
      else counts = m.livesTogether
      if (!counts) continue
      people += 1
      const i = m.incomeMonthlyFen
      total += BigInt(i.wage) + BigInt(i.business) + BigInt(i.property) + BigInt(i.transfer)
    }
    return total < BigInt(standard) * BigInt(people)
  }

  it('agrees with a deliberately simple second implementation of the 低保 income rule', () => {
    fc.assert(
      fc.property(inForceHouseholdArb, (input) => {
        expect(dibaoIncome(input) === 'met').toBe(naiveDibaoIncomeMet(input))
      }),
      { numRuns: propertyRuns(1000) },
    )
  })

  it('agrees with the simple implementation right at the line', () => {
    // Put the total exactly around standard × size so that the boundary itself is exercised, not just random sums.
    fc.assert(
      fc.property(inForceHouseholdArb, fc.integer({ min: -2, max: 2 }), (input, offset) => {
        const result = resultOf(input)
        const others = result.household.incomeMonthlyFen - input.members[0].incomeMonthlyFen.wage
        const target = result.standard.monthlyFen * result.household.size + offset - others
        fc.pre(target >= 0)
        const [self, ...rest] = input.members
        const atLine: EligibilityInput = {
          ...input,
          members: [{ ...self, incomeMonthlyFen: { ...self.incomeMonthlyFen, wage: target } }, ...rest],
        }
        expect(dibaoIncome(atLine) === 'met').toBe(naiveDibaoIncomeMet(atLine))
        expect(dibaoIncome(atLine) === 'met').toBe(offset < 0)
      }),
      { numRuns: propertyRuns(300) },
    )
  })
})
