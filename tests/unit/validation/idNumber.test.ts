import vectors from '../../fixtures/idcard-vectors.json'
import {
  MAX_PLAUSIBLE_AGE,
  PROVINCE_CODES,
  RESIDENCE_PERMIT_AREA_CODES,
  computeCheckDigit,
  normalizeIdNumber,
  readIdNumberFields,
  validateIdNumber,
} from '@/domain/validation/idNumber'
import { buildId } from '../../support/idSpec'

const today = '2026-11-26'
const check = (text: string, extra: Partial<Parameters<typeof validateIdNumber>[1]> = {}) =>
  validateIdNumber(text, { today, ...extra })

// Fake but checksum-valid numbers: Shanxi address codes, made-up sequence numbers.
const TAIYUAN_MAN = buildId('140105', '1990-03-07', '123') // 140105199003071234
const DATONG_WOMAN = buildId('140212', '1985-10-01', '002')

describe('computeCheckDigit', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['14010519900307123', '4'],
    ['36042619910101007', '1'],
  ])('%s → %s (published vectors)', (body, expected) => {
    expect(computeCheckDigit(body)).toBe(expected)
  })

  it('maps every remainder 0…10 to 1 0 X 9 8 7 6 5 4 3 2', () => {
    // Bodies of the form 0…0d with weight 2 on the last digit, plus a 1 in position 0 (weight 7).
    const seen = new Map<number, string>()
    for (let a = 0; a <= 9; a++) {
      for (let d = 0; d <= 9; d++) {
        const body = `${a}${'0'.repeat(15)}${d}`
        seen.set((7 * a + 2 * d) % 11, computeCheckDigit(body))
      }
    }
    expect([...Array(11).keys()].map((r) => seen.get(r)).join('')).toBe('10X98765432')
  })

  it.each(['', '1234567890123456', '123456789012345678', '1234567890123456X', '１２３４５６７８９０１２３４５６７'])(
    'throws on %j',
    (bad) => {
      expect(() => computeCheckDigit(bad)).toThrow(new RangeError('computeCheckDigit needs exactly 17 digits'))
    },
  )
})

describe('normalizeIdNumber', () => {
  it.each([
    ['  140105199003071234  ', '140105199003071234'],
    ['140105 19900307 1234', '140105199003071234'],
    ['140105-19900307-1234', '140105199003071234'],
    ['１４０１０５１９９００３０７１２３４', '140105199003071234'],
    ['11010519491231002x', '11010519491231002X'],
    ['11010519491231002ｘ', '11010519491231002X'],
    ['11010519491231002Ｘ', '11010519491231002X'],
    ['11010519491231002X', '11010519491231002X'],
    ['\u3000140105\u00a0199003071234\t', '140105199003071234'],
    ['140105\u200b199003071234', '140105199003071234'],
    ['14O105199003071234', '14O105199003071234'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIdNumber(input)).toBe(expected)
  })
})

describe('validateIdNumber: accepted numbers', () => {
  it('reads birth date, sex and province from a Shanxi number', () => {
    expect(check(TAIYUAN_MAN.id)).toEqual({
      ok: true,
      value: '140105199003071234',
      birthDate: '1990-03-07',
      sex: 'male',
      provinceCode: '14',
      kind: 'resident',
    })
    expect(check(DATONG_WOMAN.id)).toMatchObject({ ok: true, sex: 'female', birthDate: '1985-10-01' })
  })

  it('accepts spaced, full-width and lower-case forms and returns the canonical value', () => {
    const spaced = '１４０１０５ １９９０ ０３０７ １２３４'
    expect(check(spaced)).toMatchObject({ ok: true, value: '140105199003071234' })
    expect(check('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X', sex: 'female' })
  })

  it('accepts a person born today and refuses one born tomorrow', () => {
    expect(check(buildId('140105', '2026-11-26', '001').id)).toMatchObject({ ok: true })
    expect(check(buildId('140105', '2026-11-27', '001').id)).toMatchObject({ ok: false, code: 'FUTURE_DATE' })
  })

  it(`accepts age ${MAX_PLAUSIBLE_AGE} (up to the day before turning ${MAX_PLAUSIBLE_AGE + 1}) and no older`, () => {
    expect(check(buildId('140105', '1895-11-27', '001').id)).toMatchObject({ ok: true })
    expect(check(buildId('140105', '1895-11-26', '001').id)).toMatchObject({ ok: false, code: 'TOO_OLD' })
  })

  it('accepts 29 February only in leap years', () => {
    expect(check(buildId('140105', '2000-02-29', '123').id)).toMatchObject({ ok: true })
    expect(check(buildId('140105', '2024-02-29', '123').id)).toMatchObject({ ok: true })
    const body = '14010519000229123'
    expect(check(body + computeCheckDigit(body))).toMatchObject({ ok: false, code: 'BAD_DATE' })
  })

  it('never checks the 6-digit county code (retired codes stay valid, V2)', () => {
    expect(check(buildId('149999', '1980-01-01', '001').id)).toMatchObject({ ok: true, provinceCode: '14' })
    expect(check('362324198001010014')).toMatchObject({ ok: true })
  })

  it('accepts every listed province code and nothing else in 00–79', () => {
    for (let p = 0; p < 80; p++) {
      const prov = String(p).padStart(2, '0')
      const result = check(buildId(`${prov}0101`, '1980-01-01', '001').id)
      expect(result.ok).toBe(prov in PROVINCE_CODES)
    }
  })
})

describe('province names by area code (GB/T 2260, written out by hand)', () => {
  // GB/T 2260 province-level codes; 71 台湾 is listed by the standard, 81/82 are 香港/澳门.
  const GB_T_2260: readonly (readonly [string, string])[] = [
    ['11', '北京'], ['12', '天津'], ['13', '河北'], ['14', '山西'], ['15', '内蒙古'],
    ['21', '辽宁'], ['22', '吉林'], ['23', '黑龙江'],
    ['31', '上海'], ['32', '江苏'], ['33', '浙江'], ['34', '安徽'], ['35', '福建'], ['36', '江西'], ['37', '山东'],
    ['41', '河南'], ['42', '湖北'], ['43', '湖南'], ['44', '广东'], ['45', '广西'], ['46', '海南'],
    ['50', '重庆'], ['51', '四川'], ['52', '贵州'], ['53', '云南'], ['54', '西藏'],
    ['61', '陕西'], ['62', '甘肃'], ['63', '青海'], ['64', '宁夏'], ['65', '新疆'],
    ['71', '台湾'], ['81', '香港'], ['82', '澳门'],
  ] // prettier-ignore

  it.each(GB_T_2260)('%s is %s', (code, name) => {
    expect(PROVINCE_CODES[code]).toBe(name)
  })

  it('lists exactly the GB/T 2260 province codes', () => {
    expect(Object.keys(PROVINCE_CODES).sort()).toEqual(GB_T_2260.map(([code]) => code))
  })

  it.each([
    ['810000', '香港'],
    ['820000', '澳门'],
    ['830000', '台湾'],
  ])('港澳台居民居住证 address code %s is %s', (code, name) => {
    expect(RESIDENCE_PERMIT_AREA_CODES[code]).toBe(name)
  })

  it('lists exactly the three 港澳台居民居住证 address codes', () => {
    expect(Object.keys(RESIDENCE_PERMIT_AREA_CODES).sort()).toEqual(['810000', '820000', '830000'])
  })
})

describe('validateIdNumber: card kinds and policy', () => {
  const hk = buildId('810000', '1998-09-02', '013').id
  const tw = buildId('830000', '2002-09-06', '006').id
  const mo = buildId('820000', '2000-09-10', '003').id
  const foreign = '932682198501010017'

  it('accepts 港澳台居民居住证 by default and can refuse them', () => {
    expect(check(hk)).toMatchObject({ ok: true, kind: 'hkMoTwResidencePermit', provinceCode: '81' })
    expect(check(tw)).toMatchObject({ ok: true, kind: 'hkMoTwResidencePermit', provinceCode: '83' })
    expect(check(mo)).toMatchObject({ ok: true, kind: 'hkMoTwResidencePermit', provinceCode: '82' })
    expect(check(hk, { acceptHkMoTwResidencePermit: false })).toEqual({
      ok: false,
      code: 'KIND_NOT_ACCEPTED',
      message: '这是港澳台居民居住证号码，这里需要填写居民身份证号。有疑问请联系工作人员',
    })
    // Refusing permits does not refuse ordinary numbers.
    expect(check(TAIYUAN_MAN.id, { acceptHkMoTwResidencePermit: false })).toMatchObject({ ok: true, kind: 'resident' })
  })

  it('a 9-number must carry a mainland issuing code (not 71, 81 or 82)', () => {
    for (const issuing of ['71', '81', '82']) {
      const id = buildId(`9${issuing}682`, '1985-01-01', '001').id
      expect(check(id, { acceptForeignPermanentResident: true })).toMatchObject({ ok: false, code: 'BAD_REGION' })
    }
  })

  it('requires the whole address code 810000/820000/830000 for residence permits', () => {
    expect(check(buildId('810100', '1998-09-02', '013').id)).toMatchObject({ ok: false, code: 'BAD_REGION' })
    expect(check(buildId('830001', '1998-09-02', '013').id)).toMatchObject({ ok: false, code: 'BAD_REGION' })
  })

  it('refuses 外国人永久居留身份证 by default and accepts them when configured', () => {
    expect(check(foreign)).toEqual({
      ok: false,
      code: 'KIND_NOT_ACCEPTED',
      message: '这是外国人永久居留身份证号码，这里需要填写居民身份证号。有疑问请联系工作人员',
    })
    expect(check(foreign, { acceptForeignPermanentResident: true })).toMatchObject({
      ok: true,
      kind: 'foreignPermanentResident',
      provinceCode: '32',
    })
    // 9 + a code that is not a mainland province is not a card number at all.
    expect(check(buildId('999999', '1990-01-01', '123').id)).toMatchObject({ ok: false, code: 'BAD_REGION' })
    expect(check(buildId('971000', '1990-01-01', '123').id, { acceptForeignPermanentResident: true })).toMatchObject({
      ok: false,
      code: 'BAD_REGION',
    })
  })

  it('reports a checksum error before the policy, so a typo is not called a policy refusal', () => {
    const typo = foreign.slice(0, 17) + (foreign[17] === '0' ? '1' : '0')
    expect(check(typo)).toMatchObject({ code: 'BAD_CHECKSUM' })
  })
})

describe('validateIdNumber: messages a child can read', () => {
  it.each([
    ['', 'EMPTY', '请填写身份证号'],
    ['   ', 'EMPTY', '请填写身份证号'],
    ['14010519900307123', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 17 位'],
    ['1401051990030712345', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 19 位'],
    ['140105900307123', 'FIFTEEN_DIGIT', '这是 15 位的老身份证号，已经停用了。请填写身份证上现在的 18 位号码'],
    ['14O105199003071234', 'BAD_CHARACTER', '身份证号的第 3 位应该是数字，请核对'],
    ['14010519900307123Y', 'BAD_LAST_CHARACTER', '身份证号最后一位只能是数字或 X'],
    ['000105199003071234', 'BAD_REGION', '身份证号开头几位（地区代码）不对，请核对号码'],
    ['140105199013071234', 'BAD_DATE', '身份证号第 7 到 14 位是出生日期，这个日期不存在，请核对号码'],
    ['140105199003071235', 'BAD_CHECKSUM', '最后一位校验码不对，请核对号码'],
    ['14010519491231X', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 15 位'],
    [buildId('140105', '2026-11-27', '123').id, 'FUTURE_DATE', '身份证号里的出生日期还没到，请核对号码'],
    [buildId('140105', '1890-01-01', '123').id, 'TOO_OLD', '身份证号里的出生日期在 130 多年前，请核对号码'],
    ['A40105199003071234', 'BAD_CHARACTER', '身份证号的第 1 位应该是数字，请核对'],
    ['1401051990030712X4', 'BAD_CHARACTER', '身份证号的第 17 位应该是数字，请核对'],
    ['14010519900307123*', 'BAD_LAST_CHARACTER', '身份证号最后一位只能是数字或 X'],
    ['14010519900307123Ｙ', 'BAD_LAST_CHARACTER', '身份证号最后一位只能是数字或 X'],
    // Extra characters before or after a number are not dropped: the length message says so.
    ['#140105199003071234', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 19 位'],
    ['140105199003071234。', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 19 位'],
    // 15 or 16 digits with something else: only exactly 15 digits is an old number.
    ['1401051990030712', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 16 位'],
    ['X14010590030712', 'WRONG_LENGTH', '身份证号应为 18 位，你填了 15 位'],
    ['14010590030712３', 'FIFTEEN_DIGIT', '这是 15 位的老身份证号，已经停用了。请填写身份证上现在的 18 位号码'],
    // 0 is no province; read from the next digits it would look like a foreign permanent resident's number.
    [buildId('014010', '1990-03-07', '123').id, 'BAD_REGION', '身份证号开头几位（地区代码）不对，请核对号码'],
  ])('%j → %s', (input, code, message) => {
    expect(check(input)).toEqual({ ok: false, code, message })
  })

  it('counts characters, not UTF-16 units, in the length message', () => {
    expect(check('😀'.repeat(17))).toMatchObject({ code: 'WRONG_LENGTH', message: '身份证号应为 18 位，你填了 17 位' })
    expect(check(`1401051990030712${'😀'}4`)).toMatchObject({
      code: 'BAD_CHARACTER',
      message: expect.stringContaining('第 17 位'),
    })
  })

  it('never echoes the number back in a message', () => {
    for (const input of ['140105199003071235', '14010519900307123', '140105209903071234']) {
      const result = check(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).not.toMatch(/\d{6,}/)
    }
  })
})

describe('validateIdNumber: today option', () => {
  it.each(['', '2026-13-01', '2026-02-29', '26-11-26', '2026/11/26', '2026-11-26T08:00:00Z'])(
    'throws on today = %j',
    (bad) => {
      expect(() => validateIdNumber(TAIYUAN_MAN.id, { today: bad })).toThrow(
        new RangeError(`options.today must be a real date in YYYY-MM-DD form, got ${JSON.stringify(bad)}`),
      )
    },
  )

  it('judges the future against the given day, not the clock', () => {
    const id = buildId('140105', '2030-01-01', '001').id
    expect(validateIdNumber(id, { today: '2029-12-31' })).toMatchObject({ code: 'FUTURE_DATE' })
    expect(validateIdNumber(id, { today: '2030-01-01' })).toMatchObject({ ok: true })
  })

  it('accepts the GB 11643 example 440524188001010014 while its holder could be alive', () => {
    expect(validateIdNumber('440524188001010014', { today: '2000-01-01' })).toMatchObject({ ok: true })
  })
})

describe('published vectors (tests/fixtures/idcard-vectors.json)', () => {
  it.each(vectors.vectors.map((v) => [v.id, v.ours, v.source] as const))('%s → %s (%s)', (id, expected) => {
    const result = validateIdNumber(id, { today: vectors.today })
    expect(result.ok ? 'ok' : result.code).toBe(expected)
  })
})

describe('readIdNumberFields', () => {
  it('reads sex and birth date without date-range checks', () => {
    expect(readIdNumberFields(TAIYUAN_MAN.id)).toEqual({ birthDate: '1990-03-07', sex: 'male' })
    expect(readIdNumberFields('11010519491231002x')).toEqual({ birthDate: '1949-12-31', sex: 'female' })
  })

  it.each([
    '',
    '140105199003071235',
    '14010519900307123',
    '140105199002301234',
    `${TAIYUAN_MAN.id}5`,
    `a${TAIYUAN_MAN.id}`,
  ])('returns null for %j', (bad) => {
    expect(readIdNumberFields(bad)).toBeNull()
  })
})
