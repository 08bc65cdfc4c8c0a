/**
 * Runs the shared eligibility module on the pre-check's answers. Synchronous and fast: the result page shows
 * it at once, with no network call. Also works out what the result page draws and marks: the 边缘 line per
 * person and which figures behind each programme are 参考值 (verified: false in the parameter table).
 */
import type { EligibilityResult, ProgramId } from '@/domain/eligibility/eligibilityResult'
import { floorDivide, formatRatioAsDecimal, formatRatioAsPercent } from '@/domain/eligibility/exactArithmetic'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import { valueInForce, type EligibilityParams } from '@/domain/eligibility/params/eligibilityParams'
import { precheck } from '@/domain/eligibility/precheck'
import type { InputIssue } from '@/domain/eligibility/validationIssue'
import { precheckAnswersToEligibilityInput, type PrecheckAnswers } from '@/domain/precheckPrefill'

export interface ReferenceFigure {
  /** e.g. "低保边缘倍数 1.5 倍". */
  text: string
  verified: boolean
}

export interface PrecheckOutcome {
  result: EligibilityResult
  /** 低保边缘 line per person per month (standard × multiplier, rounded down to the fen), if the table has one. */
  edgeLine: { perCapitaFen: number; verified: boolean; multiplier: string } | null
  /** The parameters each programme relied on, beyond the 低保标准 (shown once at the top). */
  figuresByProgram: Partial<Record<ProgramId, ReferenceFigure[]>>
}

export type PrecheckEvaluation = { ok: true; outcome: PrecheckOutcome } | { ok: false; issues: InputIssue[] }

export function evaluatePrecheck(
  answers: PrecheckAnswers,
  asOf: string,
  params: EligibilityParams = bundledShanxiParams,
): PrecheckEvaluation {
  const evaluated = precheck(precheckAnswersToEligibilityInput(answers, asOf), params)
  if (!evaluated.ok) return { ok: false, issues: evaluated.issues }
  const result = evaluated.value
  const edge = valueInForce(params.edgeMultiplier, asOf)
  const tekun = valueInForce(params.tekunMultiplier, asOf)
  const rigid = valueInForce(params.rigidRatio, asOf)
  const cap = valueInForce(params.tempAidCapMonths, asOf)
  const disposable = valueInForce(params.disposableIncomeAnnualFen[result.standard.area], asOf)
  const edgeFigure = edge && {
    text: `低保边缘线为低保标准的 ${formatRatioAsDecimal(edge.value)} 倍`,
    verified: edge.verified,
  }
  const disposableFigure = disposable && {
    text: `${disposable.dataYear} 年山西${result.standard.area === 'urban' ? '城镇' : '农村'}居民人均可支配收入（${disposable.source.title}）`,
    verified: disposable.verified,
  }
  const present = (...figures: (ReferenceFigure | null)[]) => figures.filter((f): f is ReferenceFigure => f !== null)
  return {
    ok: true,
    outcome: {
      result,
      edgeLine: edge
        ? {
            perCapitaFen: floorDivide(result.standard.monthlyFen * edge.value.num, edge.value.den),
            verified: edge.verified,
            multiplier: formatRatioAsDecimal(edge.value),
          }
        : null,
      figuresByProgram: {
        dibao_single: present(edgeFigure),
        tekun: present(
          tekun && {
            text: `特困基本生活标准按低保标准的 ${formatRatioAsDecimal(tekun.value)} 倍估算`,
            verified: tekun.verified,
          },
        ),
        dibao_edge: present(edgeFigure),
        rigid_expense: present(
          edgeFigure,
          disposableFigure,
          rigid && { text: `刚性支出超过家庭年收入的 ${formatRatioAsPercent(rigid.value)}`, verified: rigid.verified },
        ),
        temporary: present(
          disposableFigure,
          cap && { text: `临时救助参考上限为 ${cap.value} 个月的低保标准`, verified: cap.verified },
        ),
      },
    },
  }
}
