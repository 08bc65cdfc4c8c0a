/**
 * Display masking (security.md §1.7 and D1). One module for the service layer and the views.
 *
 * Every function is total (never throws, for any string including lone surrogates), keeps the input's
 * length in code points, is idempotent, and reveals at most the characters its rule names. Which
 * characters are revealed depends only on positions (and, for separators, on the character being a
 * separator), never on whether the input "looks valid". Input of an unexpected length is masked
 * completely, so a malformed or half-typed value never leaks more than a well-formed one.
 */

export const MASK_CHAR = '*'

/** Characters kept as they are in numbers: spaces and hyphens carry no personal information. */
const isNumberSeparator = (ch: string) => ch === ' ' || ch === '-' || ch === '\u3000'

/**
 * Masks the "slots" (code points that are not separators) of `text`: slots with index < head or
 * ≥ slotCount − tail are kept, the rest become `*`. When the slot count is not one of
 * `expectedSlots`, every slot is masked.
 */
function maskSlots(text: string, head: number, tail: number, expectedSlots: (n: number) => boolean): string {
  const chars = Array.from(text)
  const slotCount = chars.filter((ch) => !isNumberSeparator(ch)).length
  const reveal = expectedSlots(slotCount)
  let slot = 0
  return chars
    .map((ch) => {
      if (isNumberSeparator(ch)) return ch
      const i = slot++
      return reveal && (i < head || i >= slotCount - tail) ? ch : MASK_CHAR
    })
    .join('')
}

/** 身份证号 for the applicant's own detail screens: first 6 + 8 `*` + last 4 (`140105********1234`). */
export function maskIdNumber(text: string): string {
  return maskSlots(text, 6, 4, (n) => n === 18)
}

/**
 * 身份证号 for screens others may see (lists, progress): first 1 + 15 `*` + last 2
 * (`1***************34`, hutool DesensitizedUtil).
 */
export function maskIdNumberForList(text: string): string {
  return maskSlots(text, 1, 2, (n) => n === 18)
}

/** Mobile number: first 3 + 4 `*` + last 4 (`138****5678`). */
export function maskPhone(text: string): string {
  return maskSlots(text, 3, 4, (n) => n === 11)
}

/**
 * Bank card: first 4 and last 4 digits (`6222 **** **** 1234` when the input is grouped). Card numbers
 * have 12 to 19 digits; anything else is masked completely.
 */
export function maskBankCard(text: string): string {
  return maskSlots(text, 4, 4, (n) => n >= 12 && n <= 19)
}

/**
 * Name: the first code point is kept, every other code point becomes `*` except the separator “·”
 * (`张*`, `欧***`, `阿****·***`). A one-character name is masked completely. security.md D1 shows
 * `欧阳**` (compound surname kept); this follows the stricter §1.7 rule because the split between
 * surname and given name is ambiguous (欧 is also a surname).
 */
export function maskPersonName(text: string): string {
  const chars = Array.from(text)
  if (chars.length <= 1) return MASK_CHAR.repeat(chars.length)
  return chars.map((ch, i) => (i === 0 || ch === '\u00B7' ? ch : MASK_CHAR)).join('')
}
