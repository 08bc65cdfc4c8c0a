import fc from 'fast-check'
import {
  HAN_RANGES,
  MAX_NAME_CODE_POINTS,
  NAME_SEPARATOR,
  isHanCodePoint,
  normalizePersonName,
  validatePersonName,
} from '@/domain/validation/personName'
import { propertyRuns } from '../../support/propertyRuns'

const RARE = '\u{20BB7}' // 𠮷, CJK Ext B: one character, two UTF-16 units
const hanChar = fc
  .oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0x3400, max: 0x4dbf }),
    fc.integer({ min: 0x20000, max: 0x2a6df }),
    fc.integer({ min: 0x30000, max: 0x3134a }),
  )
  .map((cp) => String.fromCodePoint(cp))
const hanName = (min: number, max: number) =>
  fc.array(hanChar, { minLength: min, maxLength: max }).map((cs) => cs.join(''))

describe('normalizePersonName', () => {
  it.each([
    ['  张三  ', '张三'],
    ['张 三', '张三'],
    ['欧阳\u3000娜娜', '欧阳娜娜'],
    ['阿卜杜拉•买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉・买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉‧买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉．买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉.买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉 · 买买提', '阿卜杜拉·买买提'],
    ['阿卜杜拉\u0387买买提', '阿卜杜拉·买买提'],
    ['Ｊｏｈｎ　Ｓｍｉｔｈ', 'John Smith'],
    ['John   Smith', 'John Smith'],
    ['\uF900', '\u8C48'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePersonName(input)).toBe(expected)
  })

  it('is idempotent on any string, including combining marks and lone surrogates', () => {
    const tricky = fc.constantFrom(
      'a',
      'b',
      ' ',
      '\u0301',
      '\u0307',
      '\u0323',
      'Ａ',
      '.',
      '•',
      '张',
      '\uD800',
      '\u3000',
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: tricky, maxLength: 12 })),
        (s) => {
          const once = normalizePersonName(s)
          expect(normalizePersonName(once)).toBe(once)
        },
      ),
      { numRuns: propertyRuns(1500) },
    )
  })
})

describe('validatePersonName', () => {
  it('accepts ordinary, compound-surname, minority and rare-character names', () => {
    for (const name of ['张三', '欧阳娜娜', '阿卜杜拉·买买提', `${RARE}野家`, '王〇', '爱新觉罗·溥仪']) {
      expect(validatePersonName(name)).toEqual({ ok: true, value: name, warnings: [] })
    }
  })

  it('counts code points: 25 Ext B characters (50 UTF-16 units) are accepted, 26 are not', () => {
    expect(validatePersonName(RARE.repeat(25))).toMatchObject({ ok: true })
    expect(RARE.repeat(25).length).toBe(50)
    expect(validatePersonName(RARE.repeat(26))).toEqual({
      ok: false,
      code: 'TOO_LONG',
      message: '姓名最多 25 个字，你填了 26 个字',
    })
  })

  it.each([
    ['', 'EMPTY', '请填写姓名'],
    [' \u3000 ', 'EMPTY', '请填写姓名'],
    ['张3', 'DIGIT', '姓名里不能有数字'],
    ['张３', 'DIGIT', '姓名里不能有数字'],
    ['张😀', 'BAD_CHARACTER', '姓名里不能有“😀”，只能填汉字和间隔号“·”'],
    ['张@', 'BAD_CHARACTER', '姓名里不能有“@”，只能填汉字和间隔号“·”'],
    ['⼈民', 'BAD_CHARACTER', '“⼈”看起来像汉字，其实是部首符号，请重新输入这个字'],
    ['张\u200b三', 'INVISIBLE_CHARACTER', '姓名里有看不见的特殊字符，请删掉后重新输入'],
    ['张\u0007三', 'INVISIBLE_CHARACTER', '姓名里有看不见的特殊字符，请删掉后重新输入'],
    ['张\uD800三', 'INVISIBLE_CHARACTER', '姓名里有看不见的特殊字符，请删掉后重新输入'],
    ['张\uFE0F', 'INVISIBLE_CHARACTER', '姓名里有看不见的特殊字符，请删掉后重新输入'],
    ['·买买提', 'SEPARATOR_AT_EDGE', '间隔号“·”要放在名字中间，不能放在开头或结尾'],
    ['买买提.', 'SEPARATOR_AT_EDGE', '间隔号“·”要放在名字中间，不能放在开头或结尾'],
    ['阿··买', 'SEPARATOR_REPEATED', '两个间隔号“·”不能连在一起'],
    ['阿•・买', 'SEPARATOR_REPEATED', '两个间隔号“·”不能连在一起'],
  ])('%j → %s', (input, code, message) => {
    expect(validatePersonName(input)).toEqual({ ok: false, code, message })
  })

  it('warns, but accepts, a one-character name and Latin letters', () => {
    expect(validatePersonName('张')).toEqual({
      ok: true,
      value: '张',
      warnings: [{ code: 'SINGLE_CHARACTER', message: '姓名只有一个字，请确认没有漏填' }],
    })
    expect(validatePersonName('Anna·李')).toMatchObject({ ok: true, warnings: [{ code: 'LATIN_LETTERS' }] })
  })

  it('accepts a Han name iff its code-point length is 1…25 (property)', () => {
    fc.assert(
      fc.property(hanName(1, 40), (name) => {
        const r = validatePersonName(name)
        expect(r.ok).toBe(Array.from(name).length <= MAX_NAME_CODE_POINTS)
      }),
      { numRuns: propertyRuns(3000) },
    )
  })

  it('accepts names joined by single separators, and the value survives storage (property)', () => {
    fc.assert(
      fc.property(fc.array(hanName(1, 6), { minLength: 1, maxLength: 4 }), (parts) => {
        const name = parts.join(NAME_SEPARATOR)
        fc.pre(Array.from(name).length <= MAX_NAME_CODE_POINTS)
        const r = validatePersonName(parts.join(' • '))
        expect(r).toMatchObject({ ok: true, value: name })
        if (r.ok) {
          const stored = JSON.parse(JSON.stringify({ name: r.value })) as { name: string }
          expect(validatePersonName(stored.name)).toEqual(r)
        }
      }),
      { numRuns: propertyRuns(2000) },
    )
  })

  it('never throws, and accepted values are already normalised (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const r = validatePersonName(s)
        if (r.ok) expect(normalizePersonName(r.value)).toBe(r.value)
        else expect(r.message.length).toBeGreaterThan(0)
      }),
      { numRuns: propertyRuns(1500) },
    )
  })
})

describe('HAN_RANGES against the runtime’s \\p{Script=Han}', () => {
  const han = /^\p{Script=Han}$/u
  const unassigned = /^\p{Cn}$/u
  // Han-script code points deliberately not accepted in names: radicals (⺀–⿕), 々 and the Suzhou
  // numerals 〡–〩, 〸–〻, and the Tangut/Khitan-area ideographic marks.
  const excluded = (cp: number) =>
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    cp === 0x3005 ||
    (cp >= 0x3021 && cp <= 0x3029) ||
    (cp >= 0x3038 && cp <= 0x303b) ||
    (cp >= 0x16fe2 && cp <= 0x16ff6)

  it('includes every Han ideograph the runtime knows, except the listed exclusions', () => {
    const missing: string[] = []
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      if (han.test(String.fromCodePoint(cp)) && !isHanCodePoint(cp) && !excluded(cp)) missing.push(cp.toString(16))
    }
    expect(missing).toEqual([])
  })

  it('includes nothing that the runtime classifies as another script (unassigned code points aside)', () => {
    const foreign: string[] = []
    for (const [lo, hi] of HAN_RANGES) {
      for (let cp = lo; cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp)
        if (!han.test(ch) && !unassigned.test(ch)) foreign.push(cp.toString(16))
      }
    }
    expect(foreign).toEqual([])
  })
})

describe('validatePersonName: the edges of every character range', () => {
  const cp = (n: number) => String.fromCodePoint(n)
  const INVISIBLE = '姓名里有看不见的特殊字符，请删掉后重新输入'

  // Controls, format characters, variation selectors, tags, private use and lone surrogates (Unicode Cc, Cf,
  // Co, Cs and the variation selectors), first and last code point of each range. Written from the Unicode
  // blocks, not from the implementation. Code points that JavaScript counts as whitespace are left out: those
  // are removed by normalisation before validation.
  it.each(
    [
      0x00, 0x1f, 0x7f, 0x9f, 0xad, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f, 0xfe00, 0xfe0f, 0xe0000, 0xe01ef,
      0xd800, 0xdfff, 0xe000, 0xf8ff, 0xf0000, 0x10fffd,
    ].map((n) => [n.toString(16).toUpperCase(), n] as const),
  )('U+%s is refused as invisible', (_hex, n) => {
    expect(validatePersonName(`张${cp(n)}三`)).toEqual({ ok: false, code: 'INVISIBLE_CHARACTER', message: INVISIBLE })
  })

  it.each(
    [0x7e, 0xa1, 0xae, 0x2010, 0x202f + 1, 0x2070, 0xfdff, 0xfe10, 0xe01f0, 0xd7ff, 0xeffff].map(
      (n) => [n.toString(16).toUpperCase(), n] as const,
    ),
  )('U+%s, just outside those ranges, is not called invisible', (_hex, n) => {
    expect(validatePersonName(`张${cp(n)}三`)).toMatchObject({ ok: false, code: 'BAD_CHARACTER' })
  })

  it('full-width Latin letters Ａ–Ｚ and ａ–ｚ become ASCII; their neighbours do not', () => {
    expect(validatePersonName('ＡＺ')).toMatchObject({ ok: true, value: 'AZ' })
    expect(validatePersonName('ａｚ')).toMatchObject({ ok: true, value: 'az' })
    for (const neighbour of ['＠', '［', '｀', '｛']) {
      expect(validatePersonName(`张${neighbour}`)).toMatchObject({ ok: false, code: 'BAD_CHARACTER' })
    }
  })

  it('full-width digits ０ and ９ are digits', () => {
    for (const d of ['０', '９']) expect(validatePersonName(`张${d}`)).toMatchObject({ ok: false, code: 'DIGIT' })
  })

  it('the radical blocks U+2E80–U+2FDF are named as radicals; U+2FF0 (a description character) is not', () => {
    for (const n of [0x2e80, 0x2fdf]) {
      expect(validatePersonName(`${cp(n)}三`)).toEqual({
        ok: false,
        code: 'BAD_CHARACTER',
        message: `“${cp(n)}”看起来像汉字，其实是部首符号，请重新输入这个字`,
      })
    }
    expect(validatePersonName(`${cp(0x2ff0)}三`)).toEqual({
      ok: false,
      code: 'BAD_CHARACTER',
      message: `姓名里不能有“${cp(0x2ff0)}”，只能填汉字和间隔号“·”`,
    })
  })

  it('keeps one space between Latin words, with the warning in plain words', () => {
    expect(validatePersonName('John  Smith')).toEqual({
      ok: true,
      value: 'John Smith',
      warnings: [{ code: 'LATIN_LETTERS', message: '姓名里有英文字母。如果证件上就是这样写的，可以继续' }],
    })
  })
})
