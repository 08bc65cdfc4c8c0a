/**
 * 单人保 (per counted member): the household is above the 低保 line but below the edge line, and the member is
 * severely disabled or seriously ill; then the member's own income is tested against the standard (spec §3.4).
 */
import type { CountedMember, EvaluationContext } from '../evaluationContext'
import type { Disability } from '../eligibilityInput'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { comparisonWord, missingParameterSentence, yuan } from '../explanationText'
import { compareProducts } from '../exactArithmetic'
import { disabilityLabel } from './memberConditions'
import { ASSET_CHECK, HOME_VISIT, NOTHING_REMAINING, met, statusOf, unknownParameter, unmet } from './programFactors'

const DIBAO_SINGLE_REMAINING: readonly string[] = Object.freeze([
  ASSET_CHECK,
  HOME_VISIT,
  '残疾或重病情况需凭残疾人证、诊断证明核实',
])

export function isSevereDisability(disability: Disability): boolean {
  if (disability.grade <= 2) return true
  return disability.grade === 3 && (disability.category === 'intellectual' || disability.category === 'mental')
}

function conditionFactor(counted: CountedMember): Factor | null {
  const { disability, seriousIllness } = counted.member
  if (disability !== null && isSevereDisability(disability)) {
    return met('severe_condition', `本人持残疾人证（${disabilityLabel(disability)}），属重度残疾人，可单独提出申请`)
  }
  if (seriousIllness) return met('severe_condition', '本人患当地认定的重特大疾病，可单独提出申请')
  return null
}

/** Own counted income against the standard: "本人月收入 300.00 元，低于当地低保标准 555.00 元". */
export function ownIncomeFactor(context: EvaluationContext, counted: CountedMember): Factor {
  const comparison = compareProducts([counted.ownIncomeFen], [context.standard.value])
  const sentence = `本人月收入 ${yuan(counted.ownIncomeFen)}，${comparisonWord(comparison)}${context.phrases.standard}`
  return comparison < 0 ? met('income', sentence) : unmet('income', sentence)
}

export function evaluateDibaoSingle(context: EvaluationContext): ProgramResult[] {
  if (context.dibaoIncomeComparison < 0) return []
  const edgeComparison = context.edgeIncomeComparison
  if (edgeComparison !== null && edgeComparison >= 0) return []
  const householdFactor =
    edgeComparison === null
      ? unknownParameter('household_edge', missingParameterSentence('低保边缘倍数', context.input.asOf))
      : met(
          'household_edge',
          `${context.phrases.perCapita}，不低于${context.phrases.standard}，但低于${context.phrases.edgeLine}`,
        )
  const results: ProgramResult[] = []
  for (const counted of context.counted) {
    const condition = conditionFactor(counted)
    if (condition === null) continue
    const factors = [householdFactor, condition, ownIncomeFactor(context, counted), context.phrases.assets]
    const status = statusOf(factors)
    const gap = context.standard.value - counted.ownIncomeFen
    results.push({
      program: 'dibao_single',
      member: counted.member.id,
      status,
      estimatedMonthlyFen: status === 'likely' ? gap : null,
      estimateExplanation:
        status === 'likely'
          ? `${yuan(context.standard.value)} − 本人月收入 ${yuan(counted.ownIncomeFen)} = 每月约 ${yuan(gap)}（实际金额以审核确认为准）`
          : null,
      factors,
      remaining: status === 'unlikely' ? NOTHING_REMAINING : DIBAO_SINGLE_REMAINING,
    })
  }
  return results
}
