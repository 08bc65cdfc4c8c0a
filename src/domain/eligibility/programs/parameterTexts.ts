/**
 * Sentences that depend only on parameter entries (the 低保标准 in force and a multiplier), not on the household.
 * Loaded parameter tables are never changed, so these are cached per entry object: every household evaluated
 * against the same table and date reuses them.
 */
import type { Ratio } from '../exactArithmetic'
import { divideRoundHalfUp } from '../exactArithmetic'
import { approxYuan, multiplierText, referenceMark, yuan } from '../explanationText'
import type { DatedParam } from '../params/eligibilityParams'

export interface BasicLivingEstimate {
  readonly fen: number
  readonly explanation: string
}

interface TextsForStandard {
  /** "当地低保标准 555.00 元" */
  readonly standard: string
  readonly edgeLines: WeakMap<DatedParam<Ratio>, string>
  readonly basicLiving: WeakMap<DatedParam<Ratio>, BasicLivingEstimate>
  readonly tempAidCaps: WeakMap<DatedParam<number>, string>
}

const cache = new WeakMap<DatedParam<number>, TextsForStandard>()

function textsFor(standard: DatedParam<number>): TextsForStandard {
  let texts = cache.get(standard)
  if (texts === undefined) {
    texts = {
      standard: `当地低保标准 ${yuan(standard.value)}`,
      edgeLines: new WeakMap(),
      basicLiving: new WeakMap(),
      tempAidCaps: new WeakMap(),
    }
    cache.set(standard, texts)
  }
  return texts
}

/** "当地低保标准 555.00 元" */
export function standardText(standard: DatedParam<number>): string {
  return textsFor(standard).standard
}

/** "低保边缘标准 832.50 元（当地低保标准 555.00 元 × 1.5 倍，倍数为参考值）" */
export function edgeLineText(standard: DatedParam<number>, edge: DatedParam<Ratio>): string {
  const texts = textsFor(standard)
  let text = texts.edgeLines.get(edge)
  if (text === undefined) {
    const line = approxYuan([edge.value.num, standard.value], edge.value.den)
    text = `低保边缘标准 ${line}（${texts.standard} × ${multiplierText(edge)}${referenceMark(edge, '倍数')}）`
    texts.edgeLines.set(edge, text)
  }
  return text
}

/** 特困 basic living standard: multiplier × standard, rounded half up to the fen, with its explanation. */
export function basicLivingEstimate(standard: DatedParam<number>, multiplier: DatedParam<Ratio>): BasicLivingEstimate {
  const texts = textsFor(standard)
  let estimate = texts.basicLiving.get(multiplier)
  if (estimate === undefined) {
    const basic = divideRoundHalfUp([multiplier.value.num, standard.value], multiplier.value.den)
    estimate = {
      fen: basic.value,
      explanation:
        `基本生活标准 = ${texts.standard} × ${multiplierText(multiplier)} = 每月 ${yuan(basic.value)}` +
        `（${basic.exact ? '' : '四舍五入到分，'}不含照料护理费${referenceMark(multiplier, '倍数')}）`,
    }
    texts.basicLiving.set(multiplier, estimate)
  }
  return estimate
}

/** "临时救助金额由…确定，一般不超过 5550.00 元（10 个月 × 当地低保标准 555.00 元，月数为参考值）" */
export function tempAidCapText(standard: DatedParam<number>, capMonths: DatedParam<number>): string {
  const texts = textsFor(standard)
  let text = texts.tempAidCaps.get(capMonths)
  if (text === undefined) {
    text =
      `临时救助金额由县级以上民政部门根据困难情况确定，一般不超过 ${yuan(capMonths.value * standard.value)}` +
      `（${capMonths.value} 个月 × ${texts.standard}${referenceMark(capMonths, '月数')}）`
    texts.tempAidCaps.set(capMonths, text)
  }
  return text
}
