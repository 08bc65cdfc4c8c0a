/**
 * Personal names (security.md §2.3 and V4; 民委发〔2016〕33号; GB 18030-2022).
 * - lengths are counted in code points, so a CJK Ext B+ character (a surrogate pair) counts as 1;
 * - the separator is U+00B7 “·”; look-alikes are normalised to it;
 * - Han characters are matched with explicit block ranges (not `[\u4e00-\u9fa5]`, and not `\p{…}`
 *   so older mini-program runtimes need no regex transform); the test compares them with `\p{Script=Han}`.
 */

export const NAME_SEPARATOR = '\u00B7'
/** 姓名数据项最大长度不少于 50 个字符（25 个汉字）: the form accepts up to 25 code points. */
export const MAX_NAME_CODE_POINTS = 25

export type NameErrorCode =
  'EMPTY' | 'DIGIT' | 'INVISIBLE_CHARACTER' | 'BAD_CHARACTER' | 'SEPARATOR_AT_EDGE' | 'SEPARATOR_REPEATED' | 'TOO_LONG'
export type NameWarningCode = 'SINGLE_CHARACTER' | 'LATIN_LETTERS'

export type NameResult =
  | {
      readonly ok: true
      readonly value: string
      readonly warnings: readonly { readonly code: NameWarningCode; readonly message: string }[]
    }
  | { readonly ok: false; readonly code: NameErrorCode; readonly message: string }

/** Code-point ranges of Han ideographs accepted in names (inclusive). Radicals are not included. */
export const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3007, 0x3007], // 〇
  [0x3400, 0x4dbf], // Ext A
  [0x4e00, 0x9fff], // URO
  [0xf900, 0xfaff], // Compatibility Ideographs
  [0x20000, 0x2a6df], // Ext B
  [0x2a700, 0x2ee5f], // Ext C, D, E, F, I
  [0x2f800, 0x2fa1f], // Compatibility Ideographs Supplement
  [0x30000, 0x3347f], // Ext G, H, J
]

export function isHanCodePoint(cp: number): boolean {
  for (const [lo, hi] of HAN_RANGES) if (cp >= lo && cp <= hi) return true
  return false
}

/** U+2022 •, U+30FB ・, U+2027 ‧, U+FF0E ．, '.', U+FF65 ･, U+2219 ∙, U+22C5 ⋅, U+0387 · → U+00B7. */
const SEPARATOR_LOOKALIKES = /[\u2022\u30FB\u2027\uFF0E.\uFF65\u2219\u22C5\u0387]/g

const isLatinLetter = (ch: string) => /^[A-Za-z]$/.test(ch)
const isSpace = (ch: string) => /^\s$/.test(ch)

/** Controls, format characters, variation selectors, tags, private use and lone surrogates. */
function isInvisible(cp: number): boolean {
  return (
    cp <= 0x1f ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe01ef) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    (cp >= 0xe000 && cp <= 0xf8ff) ||
    cp >= 0xf0000
  )
}

const nfc = (s: string) => (typeof s.normalize === 'function' ? s.normalize('NFC') : s)

function normalizeOnce(text: string): string {
  const mapped = Array.from(text.replace(SEPARATOR_LOOKALIKES, NAME_SEPARATOR), (ch) => {
    const cp = ch.codePointAt(0) ?? 0
    const fullWidthLetter = (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)
    return fullWidthLetter ? String.fromCharCode(cp - 0xfee0) : ch
  })
  let out = ''
  let pendingSpace = false
  for (const ch of mapped) {
    if (isSpace(ch)) {
      pendingSpace = true
      continue
    }
    if (pendingSpace && isLatinLetter(ch) && out !== '' && isLatinLetter(out[out.length - 1])) out += ' '
    pendingSpace = false
    out += ch
  }
  return nfc(out)
}

/**
 * Separator look-alikes to “·”; full-width Latin letters to ASCII; whitespace removed except a single
 * space between two Latin letters; NFC. Idempotent: the pass is repeated until nothing changes. That
 * terminates because NFC output is stable under the character mapping, so every extra pass must
 * remove at least one space (NFC can join a letter and a combining mark once a space is gone).
 */
export function normalizePersonName(text: string): string {
  let current = normalizeOnce(text)
  for (;;) {
    const next = normalizeOnce(current)
    if (next === current) return current
    current = next
  }
}

const fail = (code: NameErrorCode, message: string): NameResult => ({ ok: false, code, message })

export function validatePersonName(text: string): NameResult {
  const value = normalizePersonName(text)
  const chars = Array.from(value)
  if (chars.length === 0) return fail('EMPTY', '请填写姓名')

  let hasLatin = false
  for (const ch of chars) {
    const cp = ch.codePointAt(0) ?? 0
    if (isHanCodePoint(cp) || ch === NAME_SEPARATOR || ch === ' ') continue
    if (isLatinLetter(ch)) {
      hasLatin = true
      continue
    }
    if (/^\d$/.test(ch) || (cp >= 0xff10 && cp <= 0xff19)) return fail('DIGIT', '姓名里不能有数字')
    if (isInvisible(cp)) return fail('INVISIBLE_CHARACTER', '姓名里有看不见的特殊字符，请删掉后重新输入')
    if (cp >= 0x2e80 && cp <= 0x2fdf) {
      return fail('BAD_CHARACTER', `“${ch}”看起来像汉字，其实是部首符号，请重新输入这个字`)
    }
    return fail('BAD_CHARACTER', `姓名里不能有“${ch}”，只能填汉字和间隔号“·”`)
  }

  if (chars[0] === NAME_SEPARATOR || chars[chars.length - 1] === NAME_SEPARATOR) {
    return fail('SEPARATOR_AT_EDGE', '间隔号“·”要放在名字中间，不能放在开头或结尾')
  }
  if (value.includes(NAME_SEPARATOR + NAME_SEPARATOR)) {
    return fail('SEPARATOR_REPEATED', '两个间隔号“·”不能连在一起')
  }
  if (chars.length > MAX_NAME_CODE_POINTS) {
    return fail('TOO_LONG', `姓名最多 ${MAX_NAME_CODE_POINTS} 个字，你填了 ${chars.length} 个字`)
  }

  const warnings: { code: NameWarningCode; message: string }[] = []
  if (chars.length === 1) {
    warnings.push({ code: 'SINGLE_CHARACTER', message: '姓名只有一个字，请确认没有漏填' })
  }
  if (hasLatin) {
    warnings.push({ code: 'LATIN_LETTERS', message: '姓名里有英文字母。如果证件上就是这样写的，可以继续' })
  }
  return { ok: true, value, warnings }
}
