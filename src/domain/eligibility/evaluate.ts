/**
 * The eligibility pre-check: evaluate(input, params) → result (spec §1–§4). Pure: no I/O, no clock (asOf comes
 * in the input). Input must come from validateEligibilityInput; params from loadParams (validated once).
 */
import type { CountedMember, EvaluationContext } from './evaluationContext'
import type { EligibilityInput } from './eligibilityInput'
import type { EligibilityResult, NotCountedMember, ProgramResult } from './eligibilityResult'
import { compareProducts, floorDivide } from './exactArithmetic'
import { NOTICE } from './explanationText'
import { countMember, countedMonthlyIncomeFen } from './householdMembers'
import { valueInForce, type EligibilityParams } from './params/eligibilityParams'
import { evaluateDibao } from './programs/dibao'
import { evaluateDibaoEdge } from './programs/dibaoEdge'
import { evaluateDibaoSingle } from './programs/dibaoSingle'
import { evaluateDisabilityAllowance } from './programs/disabilityAllowance'
import { evaluateRigidExpense } from './programs/rigidExpense'
import { evaluateTekun } from './programs/tekun'
import { evaluateTemporaryAid } from './programs/temporaryAid'
import { earliestStandardDate, selectStandard } from './selectStandard'
import type { ValidationOutcome } from './validationIssue'

const byId = (a: { readonly id: string }, b: { readonly id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

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
    const counting = countMember(member, asOf)
    if (counting.counted) {
      const ownIncomeFen = countedMonthlyIncomeFen(member.incomeMonthlyFen)
      counted.push({ member, age: counting.age, ownIncomeFen })
      incomeFen += ownIncomeFen
    } else {
      notCounted.push({ id: member.id, reason: counting.reason })
    }
  }
  counted.sort((a, b) => byId(a.member, b.member))
  notCounted.sort(byId)
  const size = counted.length
  const standard = selected.param
  const edgeMultiplier = valueInForce(params.edgeMultiplier, asOf)

  const context: EvaluationContext = {
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

  const dibao = evaluateDibao(context)
  const programs: ProgramResult[] = [
    dibao,
    ...evaluateDibaoSingle(context),
    ...evaluateTekun(context),
    evaluateDibaoEdge(context),
    evaluateRigidExpense(context),
    evaluateTemporaryAid(context),
    ...evaluateDisabilityAllowance(context, dibao.status),
  ]

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
