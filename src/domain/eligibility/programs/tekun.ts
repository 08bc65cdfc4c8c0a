/**
 * 特困 (per counted member without work capacity): own income, supporters, assets; the estimate is the basic
 * living standard tekunMultiplier × standard, rounded half up to the fen (spec §3.4).
 */
import type { CountedMember, EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { missingParameterSentence, multiplierText, referenceMark, yuan } from '../explanationText'
import { divideRoundHalfUp } from '../exactArithmetic'
import { ownIncomeFactor } from './dibaoSingle'
import { disabilityLabel } from './memberConditions'
import { ASSET_CHECK, assetsFactor, met, standardPhrase, statusOf, unknownAnswer, unmet } from './programFactors'

export const OLD_AGE = 60
export const WORKING_AGE_FROM = 16

/** Why the member counts as having no work capacity (spec §3.4), or null if they do not. */
export function noWorkCapacityReason(counted: CountedMember): string | null {
  const { age } = counted
  if (age >= OLD_AGE) return `本人 ${age} 周岁，年满 ${OLD_AGE} 周岁，视为无劳动能力`
  if (age < WORKING_AGE_FROM) return `本人 ${age} 周岁，未满 ${WORKING_AGE_FROM} 周岁，视为无劳动能力`
  const disability = counted.member.disability
  if (disability === null) return null
  const { category, grade } = disability
  const qualifies =
    ((category === 'intellectual' || category === 'mental') && grade <= 3) ||
    (category === 'limb' && grade <= 2) ||
    (category === 'visual' && grade === 1)
  return qualifies ? `本人持残疾人证（${disabilityLabel(disability)}），视为无劳动能力` : null
}

function supportersFactor(context: EvaluationContext): Factor {
  switch (context.input.supporters) {
    case 'none':
      return met('supporters', '申请人表示没有法定赡养、抚养、扶养义务人')
    case 'incapable':
      return met('supporters', '申请人表示法定赡养、抚养、扶养义务人没有履行义务的能力')
    case 'capable':
      return unmet('supporters', '申请人表示有法定赡养、抚养、扶养义务人，且义务人有履行能力')
    default:
      return unknownAnswer('supporters', '尚未回答是否有法定赡养、抚养、扶养义务人，以及义务人能否履行义务')
  }
}

export function evaluateTekun(context: EvaluationContext): ProgramResult[] {
  const results: ProgramResult[] = []
  for (const counted of context.counted) {
    const reason = noWorkCapacityReason(counted)
    if (reason === null) continue
    const factors = [
      met('work_capacity', reason),
      ownIncomeFactor(context, counted),
      supportersFactor(context),
      assetsFactor(context),
    ]
    const status = statusOf(factors)
    const multiplier = context.tekunMultiplier
    let estimatedMonthlyFen: number | null = null
    let estimateExplanation: string | null = null
    if (multiplier === null) {
      estimateExplanation = missingParameterSentence('特困人员基本生活标准倍数', context.input.asOf)
    } else if (status === 'likely') {
      const basic = divideRoundHalfUp([multiplier.value.num, context.standard.value], multiplier.value.den)
      estimatedMonthlyFen = basic.value
      estimateExplanation =
        `基本生活标准 = ${standardPhrase(context)} × ${multiplierText(multiplier)} = 每月 ${yuan(basic.value)}` +
        `（${basic.exact ? '' : '四舍五入到分，'}不含照料护理费${referenceMark(multiplier, '倍数')}）`
    }
    results.push({
      program: 'tekun',
      member: counted.member.id,
      status,
      estimatedMonthlyFen,
      estimateExplanation,
      factors,
      remaining:
        status === 'unlikely'
          ? []
          : [ASSET_CHECK, '法定义务人及其履行能力需经调查核实', '照料护理标准需经生活自理能力评估确定'],
    })
  }
  return results
}
