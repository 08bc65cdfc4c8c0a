/**
 * 公民身份号码 (GB 11643-1999): normalisation, validation and the ISO 7064 MOD 11-2 check character.
 * Rules and the policy for disputed classes: docs/validation.md and security.md §2.1 / V1 / V2.
 * Pure: the caller passes `today`; nothing here reads the clock.
 */
import {
  ageInFullYears,
  compareCivilDates,
  formatCivilDate,
  parseCompactDate,
  requireCivilDate,
} from '@/domain/validation/civilDate'

/** GB/T 2260 province-level codes (the first two digits). 71 is listed by the standard, 81/82 are HK/MO. */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
  '71': '台湾',
  '81': '香港',
  '82': '澳门',
}

/** Address codes of 港澳台居民居住证 (the whole 6-digit code is fixed). */
export const RESIDENCE_PERMIT_AREA_CODES: Readonly<Record<string, string>> = {
  '810000': '香港',
  '820000': '澳门',
  '830000': '台湾',
}

/** Older than this (in completed years) is treated as a typo in the birth date. */
export const MAX_PLAUSIBLE_AGE = 130

/** 居民身份证 | 港澳台居民居住证 | 外国人永久居留身份证 (2023 format, starts with 9). */
export type IdCardKind = 'resident' | 'hkMoTwResidencePermit' | 'foreignPermanentResident'

export type IdNumberErrorCode =
  | 'EMPTY'
  | 'FIFTEEN_DIGIT'
  | 'WRONG_LENGTH'
  | 'BAD_CHARACTER'
  | 'BAD_LAST_CHARACTER'
  | 'BAD_REGION'
  | 'BAD_DATE'
  | 'FUTURE_DATE'
  | 'TOO_OLD'
  | 'BAD_CHECKSUM'
  | 'KIND_NOT_ACCEPTED'

export interface IdNumberOptions {
  /** Today's date, `YYYY-MM-DD`. Required: the validator never reads the clock. */
  readonly today: string
  /** Accept 港澳台居民居住证 numbers (810000/820000/830000…). Default true. */
  readonly acceptHkMoTwResidencePermit?: boolean
  /** Accept 外国人永久居留身份证 numbers (9 + province…). Default false. */
  readonly acceptForeignPermanentResident?: boolean
}

export type IdNumberResult =
  | {
      readonly ok: true
      /** The normalised 18-character number. */
      readonly value: string
      /** `YYYY-MM-DD` */
      readonly birthDate: string
      readonly sex: 'male' | 'female'
      /** GB/T 2260 province code the number belongs to (for 9x numbers: digits 2–3). */
      readonly provinceCode: string
      readonly kind: IdCardKind
    }
  | { readonly ok: false; readonly code: IdNumberErrorCode; readonly message: string }

/** Weights W_i = 2^(17-i) mod 11, i = 0..16. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
/** Y = S mod 11 → check character. */
const CHECK_CHARS = '10X98765432'

/** Characters dropped by normalisation: whitespace, hyphens and dashes, zero-width characters. */
const DROPPED = /[\s\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u200B-\u200D\u2060-]/

/**
 * Trims and strips spaces, hyphens and zero-width characters; full-width digits and X become
 * half-width; lower-case x becomes X. Idempotent. Any other character is kept so validation can
 * point at it.
 */
export function normalizeIdNumber(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xff10 && cp <= 0xff19) out += String.fromCharCode(cp - 0xff10 + 0x30)
    // Full-width Ｘ/ｘ and lower-case x; an upper-case X is kept as it is by the last branch.
    else if (ch === 'x' || ch === '\uFF38' || ch === '\uFF58') out += 'X'
    else if (!DROPPED.test(ch)) out += ch
  }
  return out
}

/** ISO 7064 MOD 11-2 check character for a 17-digit body. Throws on anything that is not 17 digits. */
export function computeCheckDigit(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new RangeError('computeCheckDigit needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

const has = (table: Readonly<Record<string, string>>, key: string) => Object.prototype.hasOwnProperty.call(table, key)

const fail = (code: IdNumberErrorCode, message: string): IdNumberResult => ({ ok: false, code, message })

function classifyRegion(value: string): { kind: IdCardKind; provinceCode: string } | null {
  const first2 = value.slice(0, 2)
  if (first2 === '81' || first2 === '82' || first2 === '83') {
    return has(RESIDENCE_PERMIT_AREA_CODES, value.slice(0, 6))
      ? { kind: 'hkMoTwResidencePermit', provinceCode: first2 }
      : null
  }
  if (has(PROVINCE_CODES, first2)) return { kind: 'resident', provinceCode: first2 }
  if (value[0] === '9') {
    const issuing = value.slice(1, 3)
    const mainland = has(PROVINCE_CODES, issuing) && issuing !== '71' && issuing !== '81' && issuing !== '82'
    return mainland ? { kind: 'foreignPermanentResident', provinceCode: issuing } : null
  }
  return null
}

/**
 * Validates an 18-character 公民身份号码 after normalisation. Checks, in order: length and
 * characters, the province code, the birth date (real, not after `today`, age ≤ MAX_PLAUSIBLE_AGE),
 * the check character, then the card-kind policy. The 6-digit county code is deliberately not
 * checked against GB/T 2260: retired codes stay valid for the people who hold them (security.md V2).
 */
export function validateIdNumber(text: string, options: IdNumberOptions): IdNumberResult {
  const today = requireCivilDate(options.today, 'options.today')
  const value = normalizeIdNumber(text)
  const chars = Array.from(value)
  const length = chars.length

  if (length === 0) return fail('EMPTY', '请填写身份证号')
  if (/^\d{15}$/.test(value)) {
    return fail('FIFTEEN_DIGIT', '这是 15 位的老身份证号，已经停用了。请填写身份证上现在的 18 位号码')
  }
  if (length !== 18) return fail('WRONG_LENGTH', `身份证号应为 18 位，你填了 ${length} 位`)

  for (let i = 0; i < 17; i++) {
    if (!/^\d$/.test(chars[i])) return fail('BAD_CHARACTER', `身份证号的第 ${i + 1} 位应该是数字，请核对`)
  }
  if (!/^[\dX]$/.test(chars[17])) return fail('BAD_LAST_CHARACTER', '身份证号最后一位只能是数字或 X')

  const region = classifyRegion(value)
  if (!region) return fail('BAD_REGION', '身份证号开头几位（地区代码）不对，请核对号码')

  const birth = parseCompactDate(value.slice(6, 14))
  if (!birth) return fail('BAD_DATE', '身份证号第 7 到 14 位是出生日期，这个日期不存在，请核对号码')
  if (compareCivilDates(birth, today) > 0) return fail('FUTURE_DATE', '身份证号里的出生日期还没到，请核对号码')
  if (ageInFullYears(birth, today) > MAX_PLAUSIBLE_AGE) {
    return fail('TOO_OLD', `身份证号里的出生日期在 ${MAX_PLAUSIBLE_AGE} 多年前，请核对号码`)
  }

  if (computeCheckDigit(value.slice(0, 17)) !== value[17]) {
    return fail('BAD_CHECKSUM', '最后一位校验码不对，请核对号码')
  }

  if (region.kind === 'hkMoTwResidencePermit' && options.acceptHkMoTwResidencePermit === false) {
    return fail('KIND_NOT_ACCEPTED', '这是港澳台居民居住证号码，这里需要填写居民身份证号。有疑问请联系工作人员')
  }
  if (region.kind === 'foreignPermanentResident' && options.acceptForeignPermanentResident !== true) {
    return fail('KIND_NOT_ACCEPTED', '这是外国人永久居留身份证号码，这里需要填写居民身份证号。有疑问请联系工作人员')
  }

  return {
    ok: true,
    value,
    birthDate: formatCivilDate(birth),
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    provinceCode: region.provinceCode,
    kind: region.kind,
  }
}

/**
 * Birth date and sex read from a number that has the right shape, a real date and a correct check
 * character, without the date-range or policy checks. For cross-field warnings; null otherwise.
 */
export function readIdNumberFields(text: string): { birthDate: string; sex: 'male' | 'female' } | null {
  const value = normalizeIdNumber(text)
  if (!/^\d{17}[\dX]$/.test(value)) return null
  const birth = parseCompactDate(value.slice(6, 14))
  if (!birth || computeCheckDigit(value.slice(0, 17)) !== value[17]) return null
  return { birthDate: formatCivilDate(birth), sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' }
}
