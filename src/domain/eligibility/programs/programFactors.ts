/** Factors shared by several programmes, and the status rule of spec §3.4. */
import type { EvaluationContext, SharedPhrases } from '../evaluationContext'
import { disposableIncomeFactor } from './annualIncome'
import type { Factor, ProgramStatus } from '../eligibilityResult'
import { comparisonWord, perCapitaPhrase, yuan } from '../explanationText'
import { floorDivide } from '../exactArithmetic'
import { edgeLineText, standardText } from './parameterTexts'

export const ASSET_CHECK = '家庭财产需经家庭经济状况核对'
export const HOME_VISIT = '入户调查'

/** Shared, frozen lists for results (results are read-only). */
export const NOTHING_REMAINING: readonly string[] = Object.freeze([])
export const ASSETS_AND_VISIT: readonly string[] = Object.freeze([ASSET_CHECK, HOME_VISIT])

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

type BaseContext = Omit<EvaluationContext, 'phrases'>

// Factors whose wording never changes are built once (factors are read-only, so sharing them is safe).
const ASSETS_DECLARED = Object.freeze(met('assets', '申请人声明家庭财产符合当地规定，需经家庭经济状况核对确认'))
const ASSETS_OVER = Object.freeze(unmet('assets', '申请人表示家庭财产可能超出当地规定的范围'))
const ASSETS_UNANSWERED = Object.freeze(
  unknownAnswer('assets', '尚未回答家庭财产（存款、车辆、房产等）是否符合当地规定'),
)

function assetsFactor(context: BaseContext): Factor {
  const declared = context.input.assetsDeclared
  return declared === true ? ASSETS_DECLARED : declared === false ? ASSETS_OVER : ASSETS_UNANSWERED
}

/** Builds the shared sentences once per evaluation (see SharedPhrases). */
export function buildSharedPhrases(context: BaseContext): SharedPhrases {
  const { incomeFen, size, standard, edgeMultiplier: edge } = context
  const standardPhrase = standardText(standard)
  const perCapita = perCapitaPhrase(incomeFen, size)

  const comparison = context.dibaoIncomeComparison
  let householdVersusStandard = `${perCapita}，${comparisonWord(comparison)}${standardPhrase}`
  if (comparison === 0) householdVersusStandard += '（等于标准不算低于标准）'
  // Above the line, yet the per-capita amount shown (rounded down to the fen) equals the standard.
  else if (floorDivide(incomeFen, size) === standard.value) {
    householdVersusStandard += `（收入合计高于 ${yuan(standard.value)} × ${size} 人 = ${yuan(standard.value * size)}）`
  }

  let edgeLine = '低保边缘标准'
  let householdVersusEdge = ''
  if (edge !== null && context.edgeIncomeComparison !== null) {
    edgeLine = edgeLineText(standard, edge)
    householdVersusEdge = `${perCapita}，${comparisonWord(context.edgeIncomeComparison)}${edgeLine}`
  }
  return {
    standard: standardPhrase,
    perCapita,
    householdVersusStandard,
    edgeLine,
    householdVersusEdge,
    assets: assetsFactor(context),
    disposableIncome: disposableIncomeFactor(context),
  }
}
