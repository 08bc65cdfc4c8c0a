/**
 * Exact integer arithmetic on non-negative safe integers (money in fen, people, months, ratio terms).
 * Products are computed as doubles when the result stays within Number.MAX_SAFE_INTEGER (then every partial
 * product is exact too), and with BigInt otherwise, so comparisons are never approximate.
 */

/** A non-negative rational number, e.g. 1.3 = { num: 13, den: 10 }. Multipliers are never floats. */
export interface Ratio {
  readonly num: number
  readonly den: number
}

export type Comparison = -1 | 0 | 1

function productOrNull(factors: readonly number[]): number | null {
  let product = 1
  for (const factor of factors) product *= factor
  return product <= Number.MAX_SAFE_INTEGER ? product : null
}

function bigProduct(factors: readonly number[]): bigint {
  let product = BigInt(1)
  for (const factor of factors) product *= BigInt(factor)
  return product
}

/** Compares the product of `left` with the product of `right` exactly. All factors: non-negative safe integers. */
export function compareProducts(left: readonly number[], right: readonly number[]): Comparison {
  const l = productOrNull(left)
  const r = productOrNull(right)
  if (l !== null && r !== null) return l < r ? -1 : l > r ? 1 : 0
  const bl = bigProduct(left)
  const br = bigProduct(right)
  return bl < br ? -1 : bl > br ? 1 : 0
}

/**
 * The rational amount numerator / denominator (numerator = a product of safe integers) rounded to an integer,
 * half up (x.5 goes up): q = ⌊n / d⌋, r = n − q·d, result q + 1 when 2r ≥ d. Also says whether it was exact.
 */
export function divideRoundHalfUp(numeratorFactors: readonly number[], denominator: number): RoundedQuotient {
  const n = productOrNull(numeratorFactors)
  if (n !== null) {
    const remainder = n % denominator
    const quotient = (n - remainder) / denominator
    return { value: 2 * remainder >= denominator ? quotient + 1 : quotient, exact: remainder === 0 }
  }
  const bn = bigProduct(numeratorFactors)
  const bd = BigInt(denominator)
  const remainder = bn % bd
  const quotient = (bn - remainder) / bd
  const rounded = BigInt(2) * remainder >= bd ? quotient + BigInt(1) : quotient
  return { value: Number(rounded), exact: remainder === BigInt(0) }
}

export interface RoundedQuotient {
  readonly value: number
  readonly exact: boolean
}

/** ⌊a / b⌋ for non-negative safe integers, without floating-point division. */
export function floorDivide(a: number, b: number): number {
  return (a - (a % b)) / b
}

/** A ratio written as a decimal, e.g. {13,10} → "1.3", {3,2} → "1.5", {1,3} → "1/3" (not a finite decimal). */
export function formatRatioAsDecimal(ratio: Ratio): string {
  let scale = 1
  for (let digits = 0; digits <= 6; digits++) {
    if ((ratio.num * scale) % ratio.den === 0) {
      const text = String((ratio.num * scale) / ratio.den).padStart(digits + 1, '0')
      const whole = text.slice(0, text.length - digits)
      const fraction = text.slice(text.length - digits).replace(/0+$/, '')
      return fraction === '' ? whole : `${whole}.${fraction}`
    }
    scale *= 10
  }
  return `${ratio.num}/${ratio.den}`
}

/** A ratio as a percentage, e.g. {8,10} → "80%". */
export function formatRatioAsPercent(ratio: Ratio): string {
  return `${formatRatioAsDecimal({ num: ratio.num * 100, den: ratio.den })}%`
}
