/**
 * Mainland mobile numbers (security.md §2.2 and V3). Block only what cannot be a mobile number
 * (`^1[3-9]\d{9}$` after normalisation); warn, never block, on prefixes that libphonenumber does not
 * list as allocated, because allocation tables change and a hard block would lock out real applicants.
 */

export type PhoneErrorCode = 'EMPTY' | 'BAD_CHARACTER' | 'LANDLINE' | 'WRONG_LENGTH' | 'BAD_PREFIX'
export type PhoneWarningCode = 'UNCOMMON_PREFIX'

export type PhoneResult =
  | {
      readonly ok: true
      /** 11 digits, no country code. */
      readonly value: string
      readonly warnings: readonly { readonly code: PhoneWarningCode; readonly message: string }[]
    }
  | { readonly ok: false; readonly code: PhoneErrorCode; readonly message: string }

/**
 * CN mobile pattern from google-libphonenumber 3.2.47 metadata (security.md §2.2). Used for the
 * warning only.
 */
export const ALLOCATED_MOBILE_PATTERN =
  /^(?:1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8})$/

const DROPPED = /[\s\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u200B-\u200D\u2060-]/

/**
 * Trims; drops spaces, hyphens and zero-width characters; full-width digits and `＋` become
 * half-width; then removes a leading `+86` or `0086`. Idempotent.
 */
export function normalizePhone(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xff10 && cp <= 0xff19) out += String.fromCharCode(cp - 0xff10 + 0x30)
    else if (ch === '\uFF0B') out += '+'
    else if (!DROPPED.test(ch)) out += ch
  }
  // Strip one country code, and only when a second one does not follow, so that normalising twice
  // gives the same result ("+86 0086 1…" is left alone and then refused).
  return /^(?:\+86|0086)(?!\+86|0086)/.test(out) ? out.replace(/^(?:\+86|0086)/, '') : out
}

export function validatePhone(text: string): PhoneResult {
  const value = normalizePhone(text)
  if (value === '') return { ok: false, code: 'EMPTY', message: '请填写手机号' }
  if (!/^\d+$/.test(value)) return { ok: false, code: 'BAD_CHARACTER', message: '手机号只能填数字' }
  if (value[0] === '0') {
    return { ok: false, code: 'LANDLINE', message: '这像是座机号码（以 0 开头）。这里请填写 11 位手机号' }
  }
  if (value.length !== 11) {
    return { ok: false, code: 'WRONG_LENGTH', message: `手机号应为 11 位，你填了 ${value.length} 位` }
  }
  if (!/^1[3-9]\d{9}$/.test(value)) {
    return { ok: false, code: 'BAD_PREFIX', message: '手机号应该以 13 到 19 开头，请核对号码' }
  }
  const warnings = ALLOCATED_MOBILE_PATTERN.test(value)
    ? []
    : [{ code: 'UNCOMMON_PREFIX' as const, message: '这个号段不常见，请再核对一下号码。如果没有填错，可以继续' }]
  return { ok: true, value, warnings }
}
