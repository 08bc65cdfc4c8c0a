import fc from 'fast-check'
import { MASK_CHAR, maskBankCard, maskIdNumber, maskIdNumberForList, maskPersonName, maskPhone } from '@/domain/masking'
import { validResidentId } from '../support/idSpec'
import { propertyRuns } from '../support/propertyRuns'

const cps = (s: string) => Array.from(s)
const isSeparator = (ch: string) => ch === ' ' || ch === '-' || ch === '\u3000'

describe('masking: worked examples (security.md D1, §1.7)', () => {
  it.each([
    [maskIdNumber, '140105199003071234', '140105********1234'],
    [maskIdNumber, '11010519491231002X', '110105********002X'],
    [maskIdNumber, '140105 19900307 1234', '140105 ******** 1234'],
    [maskIdNumberForList, '140105199003071234', '1***************34'],
    [maskPhone, '13812345678', '138****5678'],
    [maskPhone, '138 1234 5678', '138 **** 5678'],
    [maskPhone, '138-1234-5678', '138-****-5678'],
    [maskPhone, '138\u30001234\u30005678', '138\u3000****\u30005678'],
    [maskIdNumberForList, '14010519900307123', '*'.repeat(17)],
    [maskIdNumberForList, '1401051990030712345', '*'.repeat(19)],
    [maskBankCard, '622202123456', '6222****3456'],
    [maskBankCard, '62220212345', '*'.repeat(11)],
    [maskBankCard, '62220212345678901234', '*'.repeat(20)],
    [maskBankCard, '6222021234567890', '6222********7890'],
    [maskBankCard, '6222 0212 3456 7890', '6222 **** **** 7890'],
    [maskBankCard, '6222021234567890123', '6222***********0123'],
    [maskPersonName, '张三', '张*'],
    [maskPersonName, '段正淳', '段**'],
    [maskPersonName, '欧阳娜娜', '欧***'],
    [maskPersonName, '阿卜杜拉·买买提', '阿***·***'],
    [maskPersonName, '𠮷野家', '𠮷**'],
  ] as const)('%p(%j) → %j', (fn, input, expected) => {
    expect(fn(input)).toBe(expected)
  })

  it('masks unexpected lengths completely instead of guessing', () => {
    expect(maskIdNumber('14010519900307123')).toBe('*'.repeat(17))
    expect(maskIdNumber('140105900307123')).toBe('*'.repeat(15))
    expect(maskPhone('1381234567')).toBe('*'.repeat(10))
    expect(maskPhone('+8613812345678')).toBe('*'.repeat(14))
    expect(maskBankCard('62220212345')).toBe('*'.repeat(11))
    expect(maskPersonName('张')).toBe('*')
  })

  it('handles empty strings, emoji and lone surrogates', () => {
    for (const fn of [maskIdNumber, maskIdNumberForList, maskPhone, maskBankCard, maskPersonName]) {
      expect(fn('')).toBe('')
      expect(cps(fn('😀\uD800x'))).toHaveLength(3)
    }
    expect(maskPersonName('😀😀')).toBe('😀*')
  })
})

/** Rule table: at most `visible` non-separator characters are shown, each one unchanged. */
const RULES = [
  { name: 'maskIdNumber', fn: maskIdNumber, visible: 10, keepsSeparators: true },
  { name: 'maskIdNumberForList', fn: maskIdNumberForList, visible: 3, keepsSeparators: true },
  { name: 'maskPhone', fn: maskPhone, visible: 7, keepsSeparators: true },
  { name: 'maskBankCard', fn: maskBankCard, visible: 8, keepsSeparators: true },
] as const

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'0123456789X* -', '\u3000', '😀', '\uD800', '·'), maxLength: 25 }),
  fc.stringMatching(/^[\d -]{8,25}$/),
)

describe.each(RULES)('$name properties', ({ fn, visible }) => {
  it('never throws, keeps the code-point length, and is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = fn(s)
        expect(cps(once)).toHaveLength(cps(s).length)
        expect(fn(once)).toBe(once)
      }),
      { numRuns: propertyRuns(1500) },
    )
  })

  it(`never reveals more than ${visible} characters, and only unchanged ones`, () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const input = cps(s)
        const output = cps(fn(s))
        const shown = output.filter((ch) => ch !== MASK_CHAR && !isSeparator(ch))
        const changed = output.filter((ch, i) => ch !== MASK_CHAR && ch !== input[i])
        expect({ changed, tooMany: shown.length > visible }).toEqual({ changed: [], tooMany: false })
      }),
      { numRuns: propertyRuns(1500) },
    )
  })
})

describe('maskPersonName properties', () => {
  it('never throws, keeps the code-point length, is idempotent, shows only the first character and “·”', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyString, fc.string({ unit: fc.constantFrom('张', '𠮷', '·', '😀'), maxLength: 10 })),
        (s) => {
          const input = cps(s)
          const once = maskPersonName(s)
          const output = cps(once)
          expect(output).toHaveLength(input.length)
          expect(maskPersonName(once)).toBe(once)
          output.forEach((ch, i) => {
            if (ch === MASK_CHAR) return
            expect(ch).toBe(input[i])
            if (i > 0) expect(ch).toBe('\u00B7')
          })
          if (input.length === 1) expect(once).toBe(MASK_CHAR)
        },
      ),
      { numRuns: propertyRuns(1500) },
    )
  })
})

describe('privacy regression: masked values never contain a full number (security.md §4.7)', () => {
  const fullId = /\d{17}[\dX]/
  const fullPhone = /1[3-9]\d{9}/
  it('holds for generated ID numbers and phones', () => {
    fc.assert(
      fc.property(validResidentId('1900-01-01', '2026-11-26'), fc.stringMatching(/^1[3-9]\d{9}$/), (g, phone) => {
        for (const masked of [maskIdNumber(g.id), maskIdNumberForList(g.id), maskPhone(phone)]) {
          expect(masked).not.toMatch(fullId)
          expect(masked).not.toMatch(fullPhone)
        }
        expect(maskIdNumber(g.id).slice(6, 14)).toBe('********') // the birth date is hidden
      }),
    )
  })
})
