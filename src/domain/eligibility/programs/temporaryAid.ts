/**
 * 临时救助 (household). Its status follows spec §3.4 directly rather than the general factor rule: an emergency
 * within the last 90 days → likely (急难型); otherwise rigid spending above annual income together with income
 * below the disposable-income line → likely (支出型); otherwise unlikely.
 */
import { dayNumberOf } from '../calendarDate'
import type { EvaluationContext } from '../evaluationContext'
import type { EmergencyType } from '../eligibilityInput'
import type { Factor, ProgramResult } from '../eligibilityResult'
import { compareProducts } from '../exactArithmetic'
import { comparisonWord, missingParameterSentence, yuan } from '../explanationText'
import { MONTHS_PER_YEAR } from './annualIncome'
import { tempAidCapText } from './parameterTexts'
import { NOTHING_REMAINING, met, unknownAnswer, unmet } from './programFactors'

const TEMPORARY_REMAINING: readonly string[] = Object.freeze(['困难情况需经乡镇（街道）调查核实'])

/** An emergency dated asOf − 90 days … asOf (both ends included) counts as recent. */
export const EMERGENCY_WINDOW_DAYS = 90

const EMERGENCY_LABELS: Readonly<Record<EmergencyType, string>> = {
  fire: '火灾',
  accident: '交通事故等意外事件',
  illness: '突发重大疾病',
  disaster: '自然灾害',
  other: '其他突发事件',
}

const NO_EMERGENCY = Object.freeze(unmet('emergency', '未报告近期发生火灾、交通事故、突发重大疾病等突发事件'))

function emergencyFactor(context: EvaluationContext): Factor {
  const emergency = context.input.emergency
  if (emergency === null) return NO_EMERGENCY
  const daysAgo = dayNumberOf(context.input.asOf) - dayNumberOf(emergency.date)
  const event = `${emergency.date} 发生${EMERGENCY_LABELS[emergency.type]}，距评估日期 ${daysAgo} 天`
  return daysAgo <= EMERGENCY_WINDOW_DAYS
    ? met('emergency', `${event}，在 ${EMERGENCY_WINDOW_DAYS} 天以内，属急难型，情况紧急的可先行救助`)
    : unmet('emergency', `${event}，已超过 ${EMERGENCY_WINDOW_DAYS} 天`)
}

function spendingFactor(context: EvaluationContext): Factor {
  const spending = context.input.rigidSpendingAnnualFen
  if (spending === null) {
    return unknownAnswer('spending', '尚未填写近 12 个月的刚性支出，无法判断是否属于支出型困难')
  }
  const annual = context.incomeFen * MONTHS_PER_YEAR
  const comparison = compareProducts([spending], [annual])
  const sentence = `近 12 个月刚性支出 ${yuan(spending)}，${comparisonWord(comparison)}家庭年收入 ${yuan(annual)}（月收入 × 12）`
  return comparison > 0 ? met('spending', sentence) : unmet('spending', sentence)
}

export function evaluateTemporaryAid(context: EvaluationContext): ProgramResult {
  const emergency = emergencyFactor(context)
  const spending = spendingFactor(context)
  const income = context.phrases.disposableIncome
  const likely = emergency.result === 'met' || (spending.result === 'met' && income.result === 'met')
  const cap = context.tempAidCapMonths
  const referenceCapFen = cap === null ? null : cap.value * context.standard.value
  return {
    program: 'temporary',
    status: likely ? 'likely' : 'unlikely',
    estimatedMonthlyFen: null,
    estimateExplanation:
      cap === null
        ? `临时救助金额由县级以上民政部门根据困难情况确定；${missingParameterSentence('临时救助参考上限', context.input.asOf)}`
        : tempAidCapText(context.standard, cap),
    factors: [emergency, spending, income],
    remaining: likely ? TEMPORARY_REMAINING : NOTHING_REMAINING,
    referenceCapFen,
  }
}
