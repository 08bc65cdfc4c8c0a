/**
 * 特困 (per counted member without work capacity): own income, supporters, assets; the estimate is the basic
 * living standard tekunMultiplier × standard, rounded half up to the fen (spec §3.4).
 */
import type { CountedMember, EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { missingParameterSentence } from '../explanationText'
import { ownIncomeFactor } from './dibaoSingle'
import { disabilityLabel } from './memberConditions'
import { basicLivingEstimate } from './parameterTexts'
import { ASSET_CHECK, NOTHING_REMAINING, met, statusOf, unknownAnswer, unmet } from './programFactors'

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

const SUPPORTERS_FACTORS = Object.freeze({
  none: Object.freeze(met('supporters', '申请人表示没有法定赡养、抚养、扶养义务人')),
  incapable: Object.freeze(met('supporters', '申请人表示法定赡养、抚养、扶养义务人没有履行义务的能力')),
  capable: Object.freeze(unmet('supporters', '申请人表示有法定赡养、抚养、扶养义务人，且义务人有履行能力')),
  unanswered: Object.freeze(
    unknownAnswer('supporters', '尚未回答是否有法定赡养、抚养、扶养义务人，以及义务人能否履行义务'),
  ),
})

function supportersFactor(context: EvaluationContext): Factor {
  return SUPPORTERS_FACTORS[context.input.supporters ?? 'unanswered']
}

interface BasicLivingOutcome {
  readonly fen: number | null
  readonly explanation: string
}

/** tekunMultiplier × standard, rounded half up to the fen; the same for every member (see parameterTexts.ts). */
function basicLiving(context: EvaluationContext): BasicLivingOutcome {
  const multiplier = context.tekunMultiplier
  if (multiplier === null) {
    return { fen: null, explanation: missingParameterSentence('特困人员基本生活标准倍数', context.input.asOf) }
  }
  return basicLivingEstimate(context.standard, multiplier)
}

const TEKUN_REMAINING: readonly string[] = Object.freeze([
  ASSET_CHECK,
  '法定义务人及其履行能力需经调查核实',
  '照料护理标准需经生活自理能力评估确定',
])

export function evaluateTekun(context: EvaluationContext): ProgramResult[] {
  const results: ProgramResult[] = []
  let supporters: Factor | null = null
  let estimate: BasicLivingOutcome | null = null
  for (const counted of context.counted) {
    const reason = noWorkCapacityReason(counted)
    if (reason === null) continue
    supporters ??= supportersFactor(context)
    estimate ??= basicLiving(context)
    const factors = [
      met('work_capacity', reason),
      ownIncomeFactor(context, counted),
      supporters,
      context.phrases.assets,
    ]
    const status = statusOf(factors)
    const likely = status === 'likely'
    results.push({
      program: 'tekun',
      member: counted.member.id,
      status,
      estimatedMonthlyFen: likely ? estimate.fen : null,
      // Without the multiplier there is no amount whatever the status, and the explanation says why.
      estimateExplanation: likely || estimate.fen === null ? estimate.explanation : null,
      factors,
      remaining: status === 'unlikely' ? NOTHING_REMAINING : TEKUN_REMAINING,
    })
  }
  return results
}
