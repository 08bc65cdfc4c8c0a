/** Factors shared by several programmes, and the status rule of spec §3.4. */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramStatus } from '../eligibilityResult'
import { approxYuan, comparisonWord, multiplierText, perCapitaPhrase, referenceMark, yuan } from '../explanationText'

export const ASSET_CHECK = '家庭财产需经家庭经济状况核对'
export const INCOME_CHECK = '家庭收入需经家庭经济状况核对'
export const HOME_VISIT = '入户调查'

export function met(id: string, explanation: string): Factor {
  return { id, result: 'met', explanation, missing: null }
}

export function unmet(id: string, explanation: string): Factor {
  return { id, result: 'unmet', explanation, missing: null }
}

export function unknownAnswer(id: string, explanation: string): Factor {
  return { id, result: 'unknown', explanation, missing: 'answer' }
}

export function unknownParameter(id: string, explanation: string): Factor {
  return { id, result: 'unknown', explanation, missing: 'parameter' }
}

/**
 * Any factor unmet → unlikely; else any factor unknown → needs_info; else likely. An unknown caused by a missing
 * parameter also gives needs_info: a programme is never called likely while one of its tests could not be run.
 */
export function statusOf(factors: readonly Factor[]): ProgramStatus {
  let unknown = false
  for (const factor of factors) {
    if (factor.result === 'unmet') return 'unlikely'
    if (factor.result === 'unknown') unknown = true
  }
  return unknown ? 'needs_info' : 'likely'
}

export function assetsFactor(context: EvaluationContext): Factor {
  const declared = context.input.assetsDeclared
  if (declared === true) return met('assets', '申请人声明家庭财产符合当地规定，需经家庭经济状况核对确认')
  if (declared === false) return unmet('assets', '申请人表示家庭财产可能超出当地规定的范围')
  return unknownAnswer('assets', '尚未回答家庭财产（存款、车辆、房产等）是否符合当地规定')
}

/** "当地低保标准 555.00 元" */
export function standardPhrase(context: EvaluationContext): string {
  return `当地低保标准 ${yuan(context.standard.value)}`
}

/** "家庭月收入合计 … = 人均 … 元，低于当地低保标准 555.00 元" and the clarifying total when the shown amounts tie. */
export function householdVersusStandard(context: EvaluationContext): string {
  const { incomeFen, size, standard } = context
  const comparison = context.dibaoIncomeComparison
  let sentence = `${perCapitaPhrase(incomeFen, size)}，${comparisonWord(comparison)}${standardPhrase(context)}`
  if (comparison === 0) sentence += '（等于标准不算低于标准）'
  else if (comparison > 0 && incomeFen - (incomeFen % size) === standard.value * size) {
    sentence += `（收入合计高于 ${yuan(standard.value)} × ${size} 人 = ${yuan(standard.value * size)}）`
  }
  return sentence
}

/** "低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）"; needs the edge multiplier. */
export function edgeLinePhrase(context: EvaluationContext): string {
  const edge = context.edgeMultiplier
  if (edge === null) return '低保边缘标准'
  const line = approxYuan([edge.value.num, context.standard.value], edge.value.den)
  return `低保边缘标准 ${line}（${standardPhrase(context)} × ${multiplierText(edge)}${referenceMark(edge, '倍数')}）`
}
