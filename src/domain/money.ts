/**
 * Money as integer fen (分), end to end (security.md §2.4 and V5). User text is parsed as a string of
 * digits; no `parseFloat`, no `× 100`, no fractional numbers anywhere. Display formatting with
 * thousands separators lives here; the plain "1234.50" formatter for explanation sentences is
 * src/domain/fenFormat.ts (separate module).
 */

/**
 * Largest amount accepted from a form: 9,999,999,999.99 元. Every fen value up to 2^53 is exact in a
 * JS number; capping single amounts about 900 times lower keeps sums of many amounts exact too.
 */
export const MAX_FEN = 999_999_999_999

export type MoneyErrorCode =
  | 'EMPTY'
  | 'NEGATIVE'
  | 'CHINESE_NUMERAL'
  | 'BAD_CHARACTER'
  | 'TOO_MANY_POINTS'
  | 'BAD_COMMA'
  | 'TOO_MANY_DECIMALS'
  | 'TOO_LARGE'

export type MoneyResult =
  | { readonly ok: true; readonly fen: number }
  | { readonly ok: false; readonly code: MoneyErrorCode; readonly message: string }

const fail = (code: MoneyErrorCode, message: string): MoneyResult => ({ ok: false, code, message })

/** Full-width digits and punctuation to ASCII; 。 (typed by Chinese IMEs) is read as a decimal point. */
function toHalfWidth(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xff10 && cp <= 0xff19) out += String.fromCharCode(cp - 0xff10 + 0x30)
    else if (ch === '\uFF0E' || ch === '\u3002') out += '.'
    else if (ch === '\uFF0C') out += ','
    else if (ch === '\uFF0D' || ch === '\u2212') out += '-'
    else if (!/\s/.test(ch)) out += ch
  }
  return out
}

/**
 * Parses an amount in 元 into integer fen. Accepts `1,234.5`, `1234.50`, `１２３４．５`, `¥12`, `12元`,
 * `.5`, `5.` and spaces anywhere. Refuses negatives, more than two decimals, commas that are not
 * thousands separators, Chinese numerals and amounts above MAX_FEN.
 */
export function parseYuanToFen(text: string): MoneyResult {
  let s = toHalfWidth(text)
  if (s.endsWith('元')) s = s.slice(0, -1)
  if (s.startsWith('¥') || s.startsWith('￥')) s = s.slice(1)
  if (s === '') return fail('EMPTY', '请填写金额，没有就填 0')
  if (s.startsWith('-')) return fail('NEGATIVE', '金额不能是负数')
  if (/[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/.test(s)) {
    return fail('CHINESE_NUMERAL', '请用数字填写，例如 3 万元写成 30000')
  }
  if (!/^[\d,.]+$/.test(s)) return fail('BAD_CHARACTER', '金额只能填数字和小数点')

  const parts = s.split('.')
  if (parts.length > 2) return fail('TOO_MANY_POINTS', '小数点只能有一个')
  const [intPart, fracPart = ''] = parts
  if (fracPart.includes(',')) return fail('BAD_COMMA', '小数点后面不能有逗号')
  if (intPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(intPart)) {
    return fail('BAD_COMMA', '逗号的位置不对。如果要写小数，请用小数点“.”')
  }
  const digits = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '')
  if (digits === '' && fracPart === '') return fail('BAD_CHARACTER', '金额只能填数字和小数点')
  if (fracPart.length > 2) return fail('TOO_MANY_DECIMALS', '金额最多到分，也就是小数点后两位')

  // String concatenation of the 元 digits and the two 分 digits: an exact integer, no arithmetic.
  // (A huge digit string becomes an inexact or infinite number, but still compares above MAX_FEN.)
  // With no 元 digits (".5") the 分 digits alone are the amount; both empty was refused above.
  const fen = Number(digits + fracPart.padEnd(2, '0'))
  if (fen > MAX_FEN) return fail('TOO_LARGE', `金额太大了，请核对（最多 ${formatFenYuan(MAX_FEN)}）`)
  return { ok: true, fen }
}

function requireSafeFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`)
}

/** `123450` → `"1,234.50"`; negative amounts get a leading `-`. Throws on non-integers. */
export function formatFen(fen: number): string {
  requireSafeFen(fen)
  const digits = String(Math.abs(fen)).padStart(3, '0')
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${fen < 0 ? '-' : ''}${yuan}.${digits.slice(-2)}`
}

/** `123450` → `"1,234.50 元"`. */
export function formatFenYuan(fen: number): string {
  return `${formatFen(fen)} 元`
}
