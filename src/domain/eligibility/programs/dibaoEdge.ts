/** 低保边缘 (household): above the 低保 line, below edgeMultiplier × standard × size, assets (spec §3.4). */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { missingParameterSentence } from '../explanationText'
import { ASSETS_AND_VISIT, NOTHING_REMAINING, met, statusOf, unknownParameter, unmet } from './programFactors'

function notDibaoFactor(context: EvaluationContext): Factor {
  const sentence = context.phrases.householdVersusStandard
  return context.dibaoIncomeComparison >= 0
    ? met('not_dibao', sentence)
    : unmet('not_dibao', `${sentence}，可按低保申请（见低保测算），不再按低保边缘家庭测算`)
}

function edgeIncomeFactor(context: EvaluationContext): Factor {
  const comparison = context.edgeIncomeComparison
  if (comparison === null)
    return unknownParameter('income', missingParameterSentence('低保边缘倍数', context.input.asOf))
  return comparison < 0
    ? met('income', context.phrases.householdVersusEdge)
    : unmet('income', context.phrases.householdVersusEdge)
}

export function evaluateDibaoEdge(context: EvaluationContext): ProgramResult {
  const factors = [notDibaoFactor(context), edgeIncomeFactor(context), context.phrases.assets]
  const status = statusOf(factors)
  return {
    program: 'dibao_edge',
    status,
    estimatedMonthlyFen: null,
    estimateExplanation: '低保边缘家庭不发放低保金，可按规定获得医疗、教育、住房、就业等专项救助',
    factors,
    remaining: status === 'unlikely' ? NOTHING_REMAINING : ASSETS_AND_VISIT,
  }
}
