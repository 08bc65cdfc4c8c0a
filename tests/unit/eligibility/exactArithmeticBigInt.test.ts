/**
 * Exact arithmetic around and beyond Number.MAX_SAFE_INTEGER (2^53 − 1), where products are no longer exact as
 * doubles and exactArithmetic.ts switches to BigInt. Expected values come from an independent BigInt reference:
 * sign of the exact difference, round half up as ⌊(2n + d) / 2d⌋, and decimals parsed back into exact fractions.
 */
import fc from 'fast-check'
import { compareProducts, divideRoundHalfUp, formatRatioAsDecimal } from '@/domain/eligibility/exactArithmetic'
import { propertyRuns } from '../../support/propertyRuns'

const MAX_SAFE = Number.MAX_SAFE_INTEGER
/** 2^53 − 1 = 6361 × 69431 × 20394401: a product landing exactly on the largest safe integer. */
const MAX_SAFE_FACTORS = [6361, 69431, 20394401]
/** 3 × 3002399751580331 = 2^53 + 1, which as a double rounds to 2^53. */
const TWO_POW_53_PLUS_1 = [3, 3002399751580331]

const bigProductOf = (factors: readonly number[]) => factors.reduce((p, f) => p * BigInt(f), BigInt(1))
const referenceCompare = (left: readonly number[], right: readonly number[]) => {
  const l = bigProductOf(left)
  const r = bigProductOf(right)
  return l < r ? -1 : l > r ? 1 : 0
}
/** Half up: ⌊n/d + 1/2⌋ = ⌊(2n + d) / 2d⌋. */
const referenceRounded = (factors: readonly number[], d: number) => {
  const n = bigProductOf(factors)
  const bd = BigInt(d)
  return { value: Number((BigInt(2) * n + bd) / (BigInt(2) * bd)), exact: n % bd === BigInt(0) }
}

/** Factors that are small, near 2^26 (two of them reach 2^52) or anywhere up to MAX_SAFE. */
const factorArb = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 2 ** 26 - 1_000, max: 2 ** 26 + 1_000 }),
  fc.integer({ min: 1, max: MAX_SAFE }),
)
const factorsArb = fc.array(factorArb, { minLength: 1, maxLength: 4 })

describe('compareProducts against a BigInt reference', () => {
  it('tells products apart at the 2^53 boundary in both directions', () => {
    expect(compareProducts(MAX_SAFE_FACTORS, [MAX_SAFE])).toBe(0)
    // Both sides beyond 2^53 and equal as doubles (2^53 vs 2^53 + 1): only BigInt sees the order.
    expect(compareProducts([2, 2 ** 52], TWO_POW_53_PLUS_1)).toBe(-1)
    expect(compareProducts(TWO_POW_53_PLUS_1, [2, 2 ** 52])).toBe(1)
    expect(compareProducts([4, 2 ** 52], [2, 2, 2 ** 52])).toBe(0)
  })

  it('compares a product beyond 2^53 with a safe one, whichever side it is on', () => {
    expect(compareProducts([MAX_SAFE, 2], [5])).toBe(1)
    expect(compareProducts([5], [MAX_SAFE, 2])).toBe(-1)
    expect(compareProducts([0], TWO_POW_53_PLUS_1)).toBe(-1)
    expect(compareProducts(TWO_POW_53_PLUS_1, [0])).toBe(1)
    expect(compareProducts([MAX_SAFE], TWO_POW_53_PLUS_1)).toBe(-1)
    expect(compareProducts(TWO_POW_53_PLUS_1, [MAX_SAFE])).toBe(1)
  })

  it('a zero factor makes the product 0 even when the other factors overflow', () => {
    expect(compareProducts([MAX_SAFE, MAX_SAFE, 0], [0])).toBe(0)
    expect(compareProducts([MAX_SAFE, MAX_SAFE, 0], [1])).toBe(-1)
  })

  it('agrees with the BigInt reference on generated factors', () => {
    fc.assert(
      fc.property(factorsArb, factorsArb, (left, right) => {
        expect(compareProducts(left, right)).toBe(referenceCompare(left, right))
        expect(compareProducts(right, left)).toBe(referenceCompare(right, left))
        expect(compareProducts(left, left)).toBe(0)
      }),
      { numRuns: propertyRuns(500) },
    )
  })
})

describe('divideRoundHalfUp against a BigInt reference', () => {
  it('keeps exact quotients exact beyond 2^53', () => {
    // 2^60 / 2^20 = 2^40
    expect(divideRoundHalfUp([2 ** 30, 2 ** 30], 2 ** 20)).toEqual({ value: 2 ** 40, exact: true })
    expect(divideRoundHalfUp([MAX_SAFE, 1_000], 1_000)).toEqual({ value: MAX_SAFE, exact: true })
  })

  it('rounds exactly one half up beyond 2^53', () => {
    // (2^54 + 2^19) / 2^20 = 2^34 + 0.5 → 2^34 + 1
    expect(divideRoundHalfUp([2 ** 19, 2 ** 35 + 1], 2 ** 20)).toEqual({ value: 2 ** 34 + 1, exact: false })
    // (2^53 + 1) / 2 = 2^52 + 0.5 → 2^52 + 1
    expect(divideRoundHalfUp(TWO_POW_53_PLUS_1, 2)).toEqual({ value: 2 ** 52 + 1, exact: false })
  })

  it('rounds less than one half down and more than one half up beyond 2^53', () => {
    // (2^53 + 1) / 2^20 = 2^33 + 1/2^20 → 2^33
    expect(divideRoundHalfUp(TWO_POW_53_PLUS_1, 2 ** 20)).toEqual({ value: 2 ** 33, exact: false })
    // (2^54 + 3·2^18) / 2^20 = 2^34 + 0.75 → 2^34 + 1
    expect(divideRoundHalfUp([2 ** 18, 2 ** 36 + 3], 2 ** 20)).toEqual({ value: 2 ** 34 + 1, exact: false })
    // (2^54 + 2^18) / 2^20 = 2^34 + 0.25 → 2^34
    expect(divideRoundHalfUp([2 ** 18, 2 ** 36 + 1], 2 ** 20)).toEqual({ value: 2 ** 34, exact: false })
  })

  it('rounds at the largest safe numerator the same way as just beyond it', () => {
    // (2^53 − 1) / 2 = 2^52 − 0.5 → 2^52
    expect(divideRoundHalfUp(MAX_SAFE_FACTORS, 2)).toEqual({ value: 2 ** 52, exact: false })
    expect(divideRoundHalfUp(MAX_SAFE_FACTORS, MAX_SAFE)).toEqual({ value: 1, exact: true })
  })

  it('always rounds x.5 up, below and beyond 2^53: k·(2m + 1) / 2k = m + 0.5 → m + 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 52 }), fc.integer({ min: 0, max: 2 ** 52 - 1 }), (k, m) => {
        expect(divideRoundHalfUp([k, 2 * m + 1], 2 * k)).toEqual({ value: m + 1, exact: false })
        expect(divideRoundHalfUp([k, 2 * m], 2 * k)).toEqual({ value: m, exact: true })
      }),
      { numRuns: propertyRuns(300) },
    )
  })

  it('agrees with the BigInt reference on generated numerators and denominators', () => {
    fc.assert(
      fc.property(
        factorsArb,
        fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: MAX_SAFE })),
        (factors, d) => {
          expect(divideRoundHalfUp(factors, d)).toEqual(referenceRounded(factors, d))
        },
      ),
      { numRuns: propertyRuns(500) },
    )
  })
})

describe('formatRatioAsDecimal', () => {
  /** The exact value of a decimal string such as "12.05", as numerator and a power of ten. */
  const parseDecimal = (text: string) => {
    const [whole, fraction = ''] = text.split('.')
    return { num: BigInt(whole + fraction), den: BigInt(10) ** BigInt(fraction.length) }
  }
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  /** Decimal places the reduced fraction needs: max(a, b) for den = 2^a·5^b, Infinity for any other prime. */
  const decimalPlaces = (num: number, den: number) => {
    let d = den / gcd(num, den)
    let twos = 0
    let fives = 0
    while (d % 2 === 0) [d, twos] = [d / 2, twos + 1]
    while (d % 5 === 0) [d, fives] = [d / 5, fives + 1]
    return d === 1 ? Math.max(twos, fives) : Infinity
  }

  it('writes up to six decimal places, then falls back to a fraction', () => {
    expect(formatRatioAsDecimal({ num: 1, den: 64 })).toBe('0.015625') // exactly six places
    expect(formatRatioAsDecimal({ num: 1_000_001, den: 1_000_000 })).toBe('1.000001')
    expect(formatRatioAsDecimal({ num: 1, den: 128 })).toBe('1/128') // 0.0078125 needs seven
  })

  it('keeps zeros inside the fraction and after the point', () => {
    expect(formatRatioAsDecimal({ num: 1, den: 20 })).toBe('0.05')
    expect(formatRatioAsDecimal({ num: 101, den: 100 })).toBe('1.01')
    expect(formatRatioAsDecimal({ num: 2005, den: 1000 })).toBe('2.005')
    expect(formatRatioAsDecimal({ num: 30, den: 20 })).toBe('1.5')
    expect(formatRatioAsDecimal({ num: 0, den: 7 })).toBe('0')
    expect(formatRatioAsDecimal({ num: 100, den: 10 })).toBe('10')
  })

  it('writes every table-valid ratio (den ≤ 10^6, value ≤ 10) exactly, in the shortest form', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.integer({ min: 1, max: 1_000_000 }),
            fc.constantFrom(1, 2, 4, 5, 8, 16, 20, 25, 40, 64, 100, 125, 128, 1_000, 1_024, 15_625, 1_000_000),
          )
          .chain((den) => fc.record({ num: fc.integer({ min: 0, max: 10 * den }), den: fc.constant(den) })),
        ({ num, den }) => {
          const text = formatRatioAsDecimal({ num, den })
          if (decimalPlaces(num, den) > 6) {
            expect(text).toBe(`${num}/${den}`)
            return
          }
          expect(text).toMatch(/^(0|[1-9]\d*)(\.\d{0,5}[1-9])?$/)
          const parsed = parseDecimal(text)
          expect(parsed.num * BigInt(den)).toBe(BigInt(num) * parsed.den)
        },
      ),
      { numRuns: propertyRuns(500) },
    )
  })
})
