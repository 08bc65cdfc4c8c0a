import fc from 'fast-check'
import isMobilePhone from 'validator/lib/isMobilePhone'
import { ALLOCATED_MOBILE_PATTERN, normalizePhone, validatePhone } from '@/domain/validation/phone'
import { propertyRuns } from '../../support/propertyRuns'

const elevenDigits = fc.oneof(fc.stringMatching(/^\d{11}$/), fc.stringMatching(/^1\d{10}$/))

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    [' 138 0013 8000 ', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['＋８６ １３８００１３８０００', '13800138000'],
    ['１３８－００１３－８０００', '13800138000'],
    ['+86 0086 13800138000', '+86008613800138000'],
    ['8613800138000', '8613800138000'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })

  it('is idempotent on any string', () => {
    const alphabet = fc.constantFrom(...'+0123456789 -８６＋', '\u3000')
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 20 }), fc.string({ unit: 'binary' })), (s) => {
        const once = normalizePhone(s)
        expect(normalizePhone(once)).toBe(once)
      }),
      { numRuns: propertyRuns(1500) },
    )
  })
})

describe('validatePhone', () => {
  it('accepts mainland mobile numbers in the usual written forms', () => {
    for (const input of ['13800138000', '+86 138-0013-8000', '0086 19912345678', '１５９ １２３４ ５６７８']) {
      expect(validatePhone(input)).toMatchObject({ ok: true, warnings: [] })
    }
  })

  it.each([
    ['', 'EMPTY', '请填写手机号'],
    ['  ', 'EMPTY', '请填写手机号'],
    ['138001380OO', 'BAD_CHARACTER', '手机号只能填数字'],
    ['甲13800138000', 'BAD_CHARACTER', '手机号只能填数字'],
    ['138 0013 800', 'WRONG_LENGTH', '手机号应为 11 位，你填了 10 位'],
    ['138001380001', 'WRONG_LENGTH', '手机号应为 11 位，你填了 12 位'],
    ['0351-1234567', 'LANDLINE', '这像是座机号码（以 0 开头）。这里请填写 11 位手机号'],
    ['12038389438', 'BAD_PREFIX', '手机号应该以 13 到 19 开头，请核对号码'],
    ['23800138000', 'BAD_PREFIX', '手机号应该以 13 到 19 开头，请核对号码'],
    ['+86-0351-1234567', 'LANDLINE', '这像是座机号码（以 0 开头）。这里请填写 11 位手机号'],
  ])('%j → %s', (input, code, message) => {
    expect(validatePhone(input)).toEqual({ ok: false, code, message })
  })

  it('only warns, never blocks, on prefixes libphonenumber does not list (V3)', () => {
    for (const unallocated of ['14012345678', '15412345678', '17412345678', '19412345678', '16112345678']) {
      expect(validatePhone(unallocated)).toEqual({
        ok: true,
        value: unallocated,
        warnings: [{ code: 'UNCOMMON_PREFIX', message: expect.stringContaining('不常见') }],
      })
    }
    for (const allocated of [
      '14512345678',
      '16212345678',
      '16612345678',
      '17012345678',
      '19012345678',
      '19212345678',
      '16101234567',
    ]) {
      expect(validatePhone(allocated)).toMatchObject({ ok: true, warnings: [] })
    }
    expect(ALLOCATED_MOBILE_PATTERN.test('17405123456')).toBe(true)
    expect(ALLOCATED_MOBILE_PATTERN.test('17406123456')).toBe(false)
  })

  it('ALLOCATED_MOBILE_PATTERN matches a whole number, not a number inside a longer string', () => {
    expect(ALLOCATED_MOBILE_PATTERN.test('13800138000')).toBe(true)
    expect(ALLOCATED_MOBILE_PATTERN.test('013800138000')).toBe(false)
    expect(ALLOCATED_MOBILE_PATTERN.test('+8613800138000')).toBe(false)
    expect(ALLOCATED_MOBILE_PATTERN.test('138001380001')).toBe(false)
    expect(ALLOCATED_MOBILE_PATTERN.test('13800138000 ')).toBe(false)
  })

  it('accepts exactly ^1[3-9]\\d{9}$ among 11-digit strings', () => {
    fc.assert(
      fc.property(elevenDigits, (s) => {
        expect(validatePhone(s).ok).toBe(/^1[3-9]\d{9}$/.test(s))
      }),
      { numRuns: propertyRuns(1500) },
    )
  })

  it('round-trips: the normalised value validates to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom('', '+86', '0086', '+86 '), (s, cc) => {
        const r = validatePhone(cc + s.slice(0, 3) + ' ' + s.slice(3, 7) + '-' + s.slice(7))
        expect(r).toMatchObject({ ok: true, value: s })
        if (r.ok) expect(validatePhone(r.value)).toEqual(r)
      }),
    )
  })

  describe('oracle: validator.js isMobilePhone(x, "zh-CN") (security.md §5.3)', () => {
    // validator.js's own test arrays, quoted in security.md §5.3.
    it.each(['+8616238234822', '008618812341234', '13523333233', '+8613238234822'])('both accept %s', (s) => {
      expect(isMobilePhone(s, 'zh-CN')).toBe(true)
      expect(validatePhone(s).ok).toBe(true)
    })

    it.each(['12038389438', '+08613838389438'])('both refuse %s', (s) => {
      expect(isMobilePhone(s, 'zh-CN')).toBe(false)
      expect(validatePhone(s).ok).toBe(false)
    })

    /**
     * | input                | ours    | validator.js | why                                              |
     * |----------------------|---------|--------------|--------------------------------------------------|
     * | `+86-13838389438`    | accepts | rejects      | we strip hyphens and spaces before validating    |
     * | `92…` / `98…` 11 dig | rejects | accepts      | validator.js treats 92/98 as future segments; no |
     * |                      |         |              | mobile number starts with 9 today (V3 regex)     |
     */
    it('differs only where documented', () => {
      expect(isMobilePhone('+86-13838389438', 'zh-CN')).toBe(false)
      expect(validatePhone('+86-13838389438').ok).toBe(true)
      expect(isMobilePhone('92123456789', 'zh-CN')).toBe(true)
      expect(validatePhone('92123456789').ok).toBe(false)
      fc.assert(
        fc.property(fc.constantFrom('', '+86', '0086'), elevenDigits, (cc, n) => {
          if (/^9[28]/.test(n)) return
          expect(validatePhone(cc + n).ok).toBe(isMobilePhone(cc + n, 'zh-CN'))
        }),
        { numRuns: propertyRuns(1500) },
      )
    })
  })
})
