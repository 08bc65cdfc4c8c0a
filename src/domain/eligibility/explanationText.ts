/**
 * Building blocks for explanation sentences: amounts in 元 with two decimals, and comparison words. The product
 * never states a verdict of ineligibility; sentences say what was found (低于 / 等于 / 高于).
 */
import { formatFenAsYuan } from '../fenFormat'
import {
  divideRoundHalfUp,
  floorDivide,
  formatRatioAsDecimal,
  formatRatioAsPercent,
  type Comparison,
} from './exactArithmetic'
import type { DatedParam } from './params/eligibilityParams'
import type { Ratio } from './exactArithmetic'

export const NOTICE = '初步测算，仅供参考，以家庭经济状况核对和审核确认结果为准'

/** "1600.00 元" */
export function yuan(fen: number): string {
  return `${formatFenAsYuan(fen)} 元`
}

/** A rational amount of fen (product of factors ÷ den) in 元, rounded half up to the fen, "约" when inexact. */
export function approxYuan(numeratorFactors: readonly number[], den: number): string {
  const rounded = divideRoundHalfUp(numeratorFactors, den)
  return `${rounded.exact ? '' : '约 '}${yuan(rounded.value)}`
}

export function comparisonWord(comparison: Comparison): string {
  return comparison < 0 ? '低于' : comparison > 0 ? '高于' : '等于'
}

/** "家庭月收入合计 1600.00 元 ÷ 3 人 = 人均 533.33 元" (per-capita shown rounded down to the fen). */
export function perCapitaPhrase(incomeFen: number, size: number): string {
  return `家庭月收入合计 ${yuan(incomeFen)} ÷ ${size} 人 = 人均 ${yuan(floorDivide(incomeFen, size))}`
}

/** "，倍数为参考值" for an unverified parameter (what = "倍数"), "" for a verified one. */
export function referenceMark(param: DatedParam<unknown>, what: string): string {
  return param.verified ? '' : `，${what}为参考值`
}

/** "1.5 倍" */
export function multiplierText(multiplier: DatedParam<Ratio>): string {
  return `${formatRatioAsDecimal(multiplier.value)} 倍`
}

/** "80%" */
export function percentText(ratio: DatedParam<Ratio>): string {
  return formatRatioAsPercent(ratio.value)
}

export function missingParameterSentence(figure: string, asOf: string): string {
  return `参数表中没有 ${asOf} 适用的${figure}，这一项暂无法测算`
}
