/** Household annual income against the 上年度居民人均可支配收入 (used by 刚性支出困难 and 支出型临时救助). */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor } from '../eligibilityResult'
import { compareProducts, floorDivide } from '../exactArithmetic'
import { comparisonWord, missingParameterSentence, yuan } from '../explanationText'
import { met, unknownParameter, unmet } from './programFactors'

const AREA_LABELS = { urban: '城镇', rural: '农村' } as const

export const MONTHS_PER_YEAR = 12

/** income × 12 < disposableIncome × size, without division. */
export function disposableIncomeFactor(context: Omit<EvaluationContext, 'phrases'>): Factor {
  const disposable = context.disposableIncome
  if (disposable === null) {
    return unknownParameter('income', missingParameterSentence('上年度居民人均可支配收入', context.input.asOf))
  }
  const annual = context.incomeFen * MONTHS_PER_YEAR
  const comparison = compareProducts([annual], [disposable.value, context.size])
  const sentence =
    `家庭月收入合计 ${yuan(context.incomeFen)} × ${MONTHS_PER_YEAR} 个月 ÷ ${context.size} 人 = 人均年收入 ` +
    `${yuan(floorDivide(annual, context.size))}，${comparisonWord(comparison)} ${disposable.dataYear} 年山西省` +
    `${AREA_LABELS[context.input.region.area]}居民人均可支配收入 ${yuan(disposable.value)}${disposable.verified ? '' : '（参考值）'}`
  return comparison < 0 ? met('income', sentence) : unmet('income', sentence)
}
