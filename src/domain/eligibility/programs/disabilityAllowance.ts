/**
 * 残疾人两项补贴 (per counted disabled member): 护理补贴 for grade 1–2; 生活补贴 when the household is likely
 * for 低保. Likely if either applies, else unlikely (spec §3.4). Shanxi amounts are not known, so no amount.
 */
import type { EvaluationContext } from '../evaluationContext'
import type { Factor, ProgramResult, ProgramStatus } from '../eligibilityResult'
import { disabilityLabel } from './memberConditions'
import { met, unknownAnswer, unmet } from './programFactors'

const LIVING_SUBSIDY_BY_DIBAO_STATUS: Readonly<Record<ProgramStatus, Factor>> = Object.freeze({
  likely: Object.freeze(met('living_subsidy', '家庭初步测算可能纳入低保，低保家庭中的残疾人可申请困难残疾人生活补贴')),
  needs_info: Object.freeze(
    unknownAnswer('living_subsidy', '家庭低保测算还需补充信息；纳入低保后，家中残疾人可申请困难残疾人生活补贴'),
  ),
  unlikely: Object.freeze(
    unmet('living_subsidy', '家庭初步测算暂未显示可纳入低保；困难残疾人生活补贴一般面向低保家庭中的残疾人'),
  ),
})

function livingSubsidyFactor(dibaoStatus: ProgramStatus): Factor {
  return LIVING_SUBSIDY_BY_DIBAO_STATUS[dibaoStatus]
}

export function evaluateDisabilityAllowance(context: EvaluationContext, dibaoStatus: ProgramStatus): ProgramResult[] {
  const results: ProgramResult[] = []
  const living = livingSubsidyFactor(dibaoStatus)
  for (const counted of context.counted) {
    const disability = counted.member.disability
    if (disability === null) continue
    const label = disabilityLabel(disability)
    const care =
      disability.grade <= 2
        ? met('care_subsidy', `本人持残疾人证（${label}），一、二级重度残疾人可申请重度残疾人护理补贴`)
        : unmet('care_subsidy', `本人残疾人证为${label}；重度残疾人护理补贴面向一、二级残疾人`)
    const likely = care.result === 'met' || living.result === 'met'
    const remaining: string[] = []
    if (care.result === 'met') remaining.push('护理补贴需评估是否需要长期照护（6 个月以上）')
    if (likely) remaining.push('补贴标准以当地公布为准')
    results.push({
      program: 'disability_allowance',
      member: counted.member.id,
      status: likely ? 'likely' : 'unlikely',
      estimatedMonthlyFen: null,
      estimateExplanation: '山西两项补贴的金额暂未收录，以当地公布的标准为准',
      factors: [care, living],
      remaining,
    })
  }
  return results
}
