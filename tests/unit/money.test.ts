import fc from 'fast-check'
import { MAX_FEN, formatFen, formatFenYuan, parseYuanToFen } from '@/domain/money'
import { propertyRuns } from '../support/propertyRuns'

const fenInRange = fc.oneof(
  fc.integer({ min: 0, max: MAX_FEN }),
  fc.integer({ min: 0, max: 100_000_00 }),
  fc.constantFrom(0, 1, 9, 10, 99, 100, 101, 99_999, 100_000, MAX_FEN - 1, MAX_FEN),
)

describe('parseYuanToFen', () => {
  it.each([
    ['0', 0],
    ['0.01', 1],
    ['1', 100],
    ['1234.5', 123450],
    ['1234.50', 123450],
    ['1,234.5', 123450],
    ['1,234,567.89', 123456789],
    ['１２３４．５', 123450],
    ['１，２３４．５０', 123450],
    ['1234.5元', 123450],
    [' 1 234 . 5 元 ', 123450],
    ['¥12', 1200],
    ['￥12.3', 1230],
    ['12。5', 1250],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['4.02', 402],
    ['1.10', 110],
    ['9999999999.99', MAX_FEN],
    ['９', 900],
    ['０．０９', 9],
  ])('%j → %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toEqual({ ok: true, fen })
  })

  it.each([
    ['', 'EMPTY', '请填写金额，没有就填 0'],
    ['  ', 'EMPTY', '请填写金额，没有就填 0'],
    ['元', 'EMPTY', '请填写金额，没有就填 0'],
    ['-5', 'NEGATIVE', '金额不能是负数'],
    ['－５', 'NEGATIVE', '金额不能是负数'],
    ['\u22125', 'NEGATIVE', '金额不能是负数'],
    ['1.234', 'TOO_MANY_DECIMALS', '金额最多到分，也就是小数点后两位'],
    ['1.500', 'TOO_MANY_DECIMALS', '金额最多到分，也就是小数点后两位'],
    ['3万', 'CHINESE_NUMERAL', '请用数字填写，例如 3 万元写成 30000'],
    ['三百', 'CHINESE_NUMERAL', '请用数字填写，例如 3 万元写成 30000'],
    ['1e5', 'BAD_CHARACTER', '金额只能填数字和小数点'],
    ['12a', 'BAD_CHARACTER', '金额只能填数字和小数点'],
    ['+5', 'BAD_CHARACTER', '金额只能填数字和小数点'],
    ['.', 'BAD_CHARACTER', '金额只能填数字和小数点'],
    ['NaN', 'BAD_CHARACTER', '金额只能填数字和小数点'],
    ['Infinity', 'BAD_CHARACTER', '金额只能填数字和小数点'],
    ['1.2.3', 'TOO_MANY_POINTS', '小数点只能有一个'],
    ['1,5', 'BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”'],
    ['12,34', 'BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”'],
    [',123', 'BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”'],
    ['1234,567', 'BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”'],
    ['1,2345', 'BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”'],
    ['１，２３', 'BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”'],
    ['1.5,0', 'BAD_COMMA', '小数点后面不能有逗号'],
    ['10000000000', 'TOO_LARGE', '金额太大了，请核对（最多 9,999,999,999.99 元）'],
    ['10,000,000,000.00', 'TOO_LARGE', '金额太大了，请核对（最多 9,999,999,999.99 元）'],
    ['99999999999999999999', 'TOO_LARGE', '金额太大了，请核对（最多 9,999,999,999.99 元）'],
    ['9'.repeat(400), 'TOO_LARGE', '金额太大了，请核对（最多 9,999,999,999.99 元）'],
  ])('%j → %s', (text, code, message) => {
    expect(parseYuanToFen(text)).toEqual({ ok: false, code, message })
  })

  it('is exact where floating point is not (4.02 × 100 = 401.99999999999994)', () => {
    expect(4.02 * 100).not.toBe(402)
    expect(parseYuanToFen('4.02')).toEqual({ ok: true, fen: 402 })
    expect(parseYuanToFen('1.005')).toMatchObject({ ok: false, code: 'TOO_MANY_DECIMALS' })
  })

  it('agrees with integer arithmetic on generated yuan/fen pairs (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 99 }), (yuan, cents) => {
        const text = `${yuan}.${String(cents).padStart(2, '0')}`
        expect(parseYuanToFen(text)).toEqual({ ok: true, fen: yuan * 100 + cents })
      }),
      { numRuns: propertyRuns(1500) },
    )
  })

  it('never throws, and every accepted amount is a safe integer in [0, MAX_FEN] (property)', () => {
    const moneyish = fc.string({ unit: fc.constantFrom(...'0123456789.,-元¥ ９．，'), maxLength: 16 })
    fc.assert(
      fc.property(fc.oneof(moneyish, fc.string({ unit: 'binary', maxLength: 16 })), (text) => {
        const r = parseYuanToFen(text)
        if (r.ok) {
          expect(Number.isSafeInteger(r.fen)).toBe(true)
          expect(r.fen).toBeGreaterThanOrEqual(0)
          expect(r.fen).toBeLessThanOrEqual(MAX_FEN)
        } else {
          expect(r.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: propertyRuns(3000) },
    )
  })
})

describe('formatFen / formatFenYuan', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [100, '1.00'],
    [123450, '1,234.50'],
    [100000000, '1,000,000.00'],
    [-5, '-0.05'],
    [-123450, '-1,234.50'],
    [MAX_FEN, '9,999,999,999.99'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('%i → %j', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it('adds 元 for display', () => {
    expect(formatFenYuan(123450)).toBe('1,234.50 元')
  })

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws on %p', (bad) => {
    expect(() => formatFen(bad)).toThrow(new RangeError(`fen must be a safe integer, got ${bad}`))
  })

  it('round-trips: parse(format(fen)) === fen for every fen in range (property)', () => {
    fc.assert(
      fc.property(fenInRange, (fen) => {
        expect(parseYuanToFen(formatFen(fen))).toEqual({ ok: true, fen })
        expect(parseYuanToFen(formatFenYuan(fen))).toEqual({ ok: true, fen })
      }),
      { numRuns: propertyRuns(3000) },
    )
  })

  it('groups digits in threes and always shows two decimals (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), (fen) => {
        expect(formatFen(fen)).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/)
      }),
    )
  })
})
