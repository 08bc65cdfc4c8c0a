import { formatFenAsYuan } from '@/domain/fenFormat'
import {
  compareProducts,
  divideRoundHalfUp,
  floorDivide,
  formatRatioAsDecimal,
  formatRatioAsPercent,
} from '@/domain/eligibility/exactArithmetic'

describe('formatFenAsYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [53333, '533.33'],
    [160000, '1600.00'],
    [-6501, '-65.01'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatFenAsYuan(fen)).toBe(text)
  })

  it('rejects non-integers instead of rounding them', () => {
    expect(() => formatFenAsYuan(1.5)).toThrow(RangeError)
  })
})

describe('exact arithmetic', () => {
  it('compares products exactly, also beyond 2^53 (BigInt path)', () => {
    expect(compareProducts([166499], [55500, 3])).toBe(-1)
    expect(compareProducts([166500], [55500, 3])).toBe(0)
    expect(compareProducts([166501], [55500, 3])).toBe(1)
    // 3 × 3002399751580331 = 2^53 + 1 vs 2 × 2^52 = 2^53: equal as doubles, told apart with BigInt.
    expect(3 * 3002399751580331 === 2 * 2 ** 52).toBe(true)
    expect(compareProducts([3, 3002399751580331], [2, 2 ** 52])).toBe(1)
    expect(compareProducts([2 ** 30, 2 ** 30], [2 ** 30, 2 ** 30])).toBe(0)
  })

  it('rounds half up to the fen with integer arithmetic', () => {
    expect(divideRoundHalfUp([13, 55500], 10)).toEqual({ value: 72150, exact: true })
    expect(divideRoundHalfUp([13, 47151], 10)).toEqual({ value: 61296, exact: false }) // 61296.3
    expect(divideRoundHalfUp([3, 47151], 2)).toEqual({ value: 70727, exact: false }) // 70726.5 → up
    expect(divideRoundHalfUp([1, 10], 3)).toEqual({ value: 3, exact: false }) // 3.33
    expect(divideRoundHalfUp([2 ** 40, 2 ** 20], 2 ** 10 + 1)).toEqual({
      value: Number((BigInt(2 ** 60) * BigInt(2) + BigInt(2 ** 10 + 1)) / (BigInt(2) * BigInt(2 ** 10 + 1))),
      exact: false,
    })
  })

  it('floor-divides without floating point', () => {
    expect(floorDivide(160000, 3)).toBe(53333)
    expect(floorDivide(Number.MAX_SAFE_INTEGER, 100)).toBe(90071992547409)
  })

  it('writes ratios as decimals or percentages', () => {
    expect(formatRatioAsDecimal({ num: 13, den: 10 })).toBe('1.3')
    expect(formatRatioAsDecimal({ num: 15, den: 10 })).toBe('1.5')
    expect(formatRatioAsDecimal({ num: 2, den: 1 })).toBe('2')
    expect(formatRatioAsDecimal({ num: 1, den: 8 })).toBe('0.125')
    expect(formatRatioAsDecimal({ num: 1, den: 3 })).toBe('1/3')
    expect(formatRatioAsPercent({ num: 8, den: 10 })).toBe('80%')
    expect(formatRatioAsPercent({ num: 3, den: 8 })).toBe('37.5%')
  })
})
