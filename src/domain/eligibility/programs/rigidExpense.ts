/**
 * 刚性支出困难 (household): above the edge line, annual income below the disposable-income line, rigid spending
 * above rigidRatio × annual income, assets (spec §3.4).
 */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { compareProducts } from '../exactArithmetic'
import {
  approxYuan,
  comparisonWord,
  missingParameterSentence,
  percentText,
  referenceMark,
  yuan,
} from '../explanationText'
import { MONTHS_PER_YEAR } from './annualIncome'
import {
  ASSET_CHECK,
  HOME_VISIT,
  NOTHING_REMAINING,
  met,
  statusOf,
  unknownAnswer,
  unknownParameter,
  unmet,
} from './programFactors'

const RIGID_EXPENSE_REMAINING: readonly string[] = Object.freeze([
  ASSET_CHECK,
  '刚性支出需凭票据等材料核实',
  HOME_VISIT,
])

function notDibaoOrEdgeFactor(context: EvaluationContext): Factor {
  const comparison = context.edgeIncomeComparison
  if (comparison === null) {
    return unknownParameter('not_dibao_or_edge', missingParameterSentence('低保边缘倍数', context.input.asOf))
  }
  return comparison >= 0
    ? met('not_dibao_or_edge', context.phrases.householdVersusEdge)
    : unmet('not_dibao_or_edge', `${context.phrases.householdVersusEdge}，可按低保或低保边缘家庭申请（见相应测算）`)
}

function spendingFactor(context: EvaluationContext): Factor {
  const spending = context.input.rigidSpendingAnnualFen
  if (spending === null) {
    return unknownAnswer('spending', '尚未填写近 12 个月的刚性支出（医疗、教育、残疾康复等必需支出）')
  }
  const ratio = context.rigidRatio
  if (ratio === null) return unknownParameter('spending', missingParameterSentence('刚性支出比例', context.input.asOf))
  const annual = context.incomeFen * MONTHS_PER_YEAR
  // spending > (num / den) × annual  ⇔  spending × den > num × annual
  const comparison = compareProducts([spending, ratio.value.den], [ratio.value.num, annual])
  const sentence =
    `近 12 个月刚性支出 ${yuan(spending)}，${comparisonWord(comparison)}家庭年收入 ${yuan(annual)}的 ` +
    `${percentText(ratio)}（即 ${approxYuan([ratio.value.num, annual], ratio.value.den)}${referenceMark(ratio, '比例')}）`
  return comparison > 0 ? met('spending', sentence) : unmet('spending', sentence)
}

export function evaluateRigidExpense(context: EvaluationContext): ProgramResult {
  const factors = [
    notDibaoOrEdgeFactor(context),
    context.phrases.disposableIncome,
    spendingFactor(context),
    context.phrases.assets,
  ]
  const status = statusOf(factors)
  return {
    program: 'rigid_expense',
    status,
    estimatedMonthlyFen: null,
    estimateExplanation: '刚性支出困难家庭不发放固定金额，可按规定获得相应的专项救助，认定有效期一般不超过 12 个月',
    factors,
    remaining: status === 'unlikely' ? NOTHING_REMAINING : RIGID_EXPENSE_REMAINING,
  }
}
