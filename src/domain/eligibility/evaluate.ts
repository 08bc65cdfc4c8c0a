/**
 * The eligibility pre-check: evaluate(input, params) → result (spec §1–§4). Pure: no I/O, no clock (asOf comes
 * in the input). Input must come from validateEligibilityInput; params from loadParams (validated once).
 */
import type { CountedMember, EvaluationContext, SharedPhrases } from './evaluationContext'
import type { EligibilityInput } from './eligibilityInput'
import type { EligibilityResult, NotCountedMember, ProgramResult } from './eligibilityResult'
import { compareProducts, floorDivide } from './exactArithmetic'
import { NOTICE } from './explanationText'
import { ageInWholeYears } from './calendarDate'
import { countedMonthlyIncomeFen, countingReason, countingRule, isCountedBy } from './householdMembers'
import { valueInForce, type EligibilityParams } from './params/eligibilityParams'
import { evaluateDibao } from './programs/dibao'
import { evaluateDibaoEdge } from './programs/dibaoEdge'
import { evaluateDibaoSingle } from './programs/dibaoSingle'
import { buildSharedPhrases } from './programs/programFactors'
import { evaluateDisabilityAllowance } from './programs/disabilityAllowance'
import { evaluateRigidExpense } from './programs/rigidExpense'
import { evaluateTekun } from './programs/tekun'
import { evaluateTemporaryAid } from './programs/temporaryAid'
import { earliestStandardDate, selectStandard } from './selectStandard'
import type { ValidationOutcome } from './validationIssue'

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/** Insertion sort by id (households are small); ids are unique, so the order is fully determined. */
function sortById<T>(items: T[], idOf: (item: T) => string): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]
    const id = idOf(item)
    let j = i - 1
    while (j >= 0 && idOf(items[j]) > id) {
      items[j + 1] = items[j]
      j--
    }
    items[j + 1] = item
  }
}

const countedId = (c: CountedMember): string => c.member.id
const notCountedId = (n: NotCountedMember): string => n.id

/**
 * The context as one object literal with every field named. Not `{ ...base, phrases }`: V8 gave each spread copy a
 * fresh hidden class, so every property read in the programme rules became a megamorphic cache miss (measured with
 * --log-ic: one miss per read per evaluation; about a third of the evaluation time).
 */
function withPhrases(base: Omit<EvaluationContext, 'phrases'>, phrases: SharedPhrases): EvaluationContext {
  return {
    input: base.input,
    counted: base.counted,
    size: base.size,
    incomeFen: base.incomeFen,
    standard: base.standard,
    standardScope: base.standardScope,
    disposableIncome: base.disposableIncome,
    tekunMultiplier: base.tekunMultiplier,
    edgeMultiplier: base.edgeMultiplier,
    rigidRatio: base.rigidRatio,
    tempAidCapMonths: base.tempAidCapMonths,
    dibaoIncomeComparison: base.dibaoIncomeComparison,
    edgeIncomeComparison: base.edgeIncomeComparison,
    phrases,
  }
}

/**
 * Evaluates every programme. The only failure is an input the table cannot serve: no 低保标准 in force on asOf
 * (issue on path "asOf"). Never throws for input that passed validateEligibilityInput.
 */
export function evaluate(input: EligibilityInput, params: EligibilityParams): ValidationOutcome<EligibilityResult> {
  const { asOf, region } = input
  const selected = selectStandard(params, region, asOf)
  if (selected === null) {
    const earliest = earliestStandardDate(params, region)
    const areaLabel = region.area === 'urban' ? '城市' : '农村'
    return {
      ok: false,
      issues: [
        {
          path: 'asOf',
          message: `参数表中没有 ${asOf} 适用的${areaLabel}低保标准${earliest === null ? '' : `（最早的低保标准自 ${earliest} 起施行）`}，请使用此后的评估日期`,
        },
      ],
    }
  }

  const counted: CountedMember[] = []
  const notCounted: NotCountedMember[] = []
  let incomeFen = 0
  for (const member of input.members) {
    const age = ageInWholeYears(member.birthDate, asOf)
    const rule = countingRule(member, age)
    if (isCountedBy(rule)) {
      const ownIncomeFen = countedMonthlyIncomeFen(member.incomeMonthlyFen)
      counted.push({ member, age, ownIncomeFen })
      incomeFen += ownIncomeFen
    } else {
      notCounted.push({ id: member.id, reason: countingReason(member, age, rule) })
    }
  }
  sortById(counted, countedId)
  sortById(notCounted, notCountedId)
  const size = counted.length
  const standard = selected.param
  const edgeMultiplier = valueInForce(params.edgeMultiplier, asOf)

  const base: Omit<EvaluationContext, 'phrases'> = {
    input,
    counted,
    size,
    incomeFen,
    standard,
    standardScope: selected.scope,
    disposableIncome: valueInForce(params.disposableIncomeAnnualFen[region.area], asOf),
    tekunMultiplier: valueInForce(params.tekunMultiplier, asOf),
    edgeMultiplier,
    rigidRatio: valueInForce(params.rigidRatio, asOf),
    tempAidCapMonths: valueInForce(params.tempAidCapMonths, asOf),
    // income < standard × size
    dibaoIncomeComparison: compareProducts([incomeFen], [standard.value, size]),
    // income < (num / den) × standard × size  ⇔  income × den < num × standard × size
    edgeIncomeComparison:
      edgeMultiplier === null
        ? null
        : compareProducts([incomeFen, edgeMultiplier.value.den], [edgeMultiplier.value.num, standard.value, size]),
  }

  const context = withPhrases(base, buildSharedPhrases(base))

  // Spec order: dibao, dibao_single*, tekun*, dibao_edge, rigid_expense, temporary, disability_allowance*.
  const dibao = evaluateDibao(context)
  const programs: ProgramResult[] = [dibao]
  appendAll(programs, evaluateDibaoSingle(context))
  appendAll(programs, evaluateTekun(context))
  programs.push(evaluateDibaoEdge(context), evaluateRigidExpense(context), evaluateTemporaryAid(context))
  appendAll(programs, evaluateDisabilityAllowance(context, dibao.status))

  return {
    ok: true,
    value: {
      asOf,
      paramsVersion: params.paramsVersion,
      notice: NOTICE,
      standard: {
        monthlyFen: standard.value,
        area: region.area,
        scope: selected.scope,
        source: standard.source.title,
        sourceUrl: standard.source.url,
        appliesFrom: standard.appliesFrom,
        verified: standard.verified,
      },
      household: {
        size,
        counted: counted.map((c) => c.member.id),
        notCounted,
        incomeMonthlyFen: incomeFen,
        perCapitaMonthlyFen: floorDivide(incomeFen, size),
      },
      programs,
    },
  }
}
