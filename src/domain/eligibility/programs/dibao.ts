/** 低保 (household): income below standard × size, and assets (spec §3.4). */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { yuan } from '../explanationText'
import { ASSET_CHECK, HOME_VISIT, assetsFactor, householdVersusStandard, met, statusOf, unmet } from './programFactors'

export const PROVINCE_STANDARD_NOTE = '本次按全省平均低保标准测算，需以户籍所在县（市、区）公布的低保标准为准'

export function dibaoIncomeFactor(context: EvaluationContext): Factor {
  const sentence = householdVersusStandard(context)
  return context.dibaoIncomeComparison < 0 ? met('income', sentence) : unmet('income', sentence)
}

export function evaluateDibao(context: EvaluationContext): ProgramResult {
  const factors = [dibaoIncomeFactor(context), assetsFactor(context)]
  const status = statusOf(factors)
  if (status !== 'likely') {
    return {
      program: 'dibao',
      status,
      estimatedMonthlyFen: null,
      estimateExplanation: null,
      factors,
      remaining: remainingFor(context, status === 'unlikely'),
    }
  }
  const { standard, size, incomeFen } = context
  const line = standard.value * size
  const gap = line - incomeFen
  return {
    program: 'dibao',
    status,
    estimatedMonthlyFen: gap,
    estimateExplanation: `${yuan(standard.value)} × ${size} 人 − ${yuan(incomeFen)} = 每月约 ${yuan(gap)}（补差，实际金额以审核确认为准）`,
    factors,
    remaining: remainingFor(context, false),
  }
}

/** When unlikely only the note on the provincial standard remains (a county's own standard may be higher). */
function remainingFor(context: EvaluationContext, unlikely: boolean): string[] {
  const remaining = unlikely ? [] : [ASSET_CHECK, HOME_VISIT]
  if (context.standardScope === 'province') remaining.push(PROVINCE_STANDARD_NOTE)
  return remaining
}
