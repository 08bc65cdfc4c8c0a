/** 低保 (household): income below standard × size, and assets (spec §3.4). */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { yuan } from '../explanationText'
import { ASSETS_AND_VISIT, ASSET_CHECK, HOME_VISIT, NOTHING_REMAINING, met, statusOf, unmet } from './programFactors'

export const PROVINCE_STANDARD_NOTE = '本次按全省平均低保标准测算，需以户籍所在县（市、区）公布的低保标准为准'

export function dibaoIncomeFactor(context: EvaluationContext): Factor {
  const sentence = context.phrases.householdVersusStandard
  return context.dibaoIncomeComparison < 0 ? met('income', sentence) : unmet('income', sentence)
}

export function evaluateDibao(context: EvaluationContext): ProgramResult {
  const factors = [dibaoIncomeFactor(context), context.phrases.assets]
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
const REMAINING_COUNTY = ASSETS_AND_VISIT
const REMAINING_PROVINCE: readonly string[] = Object.freeze([ASSET_CHECK, HOME_VISIT, PROVINCE_STANDARD_NOTE])
const REMAINING_UNLIKELY_PROVINCE: readonly string[] = Object.freeze([PROVINCE_STANDARD_NOTE])

function remainingFor(context: EvaluationContext, unlikely: boolean): readonly string[] {
  if (context.standardScope === 'province') return unlikely ? REMAINING_UNLIKELY_PROVINCE : REMAINING_PROVINCE
  return unlikely ? NOTHING_REMAINING : REMAINING_COUNTY
}
