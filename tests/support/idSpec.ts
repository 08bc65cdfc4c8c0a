/**
 * Test-only generators for 公民身份号码, written from the standard (security.md §2.1), not from
 * src/domain/validation/idNumber.ts: the check character here uses W_i = 2^(17-i) mod 11 and
 * check = (12 − S mod 11) mod 11 (10 → X), an algebraically equivalent form of the standard's table.
 */
import fc from 'fast-check'

export const SPEC_WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11)

export function specCheckChar(body17: string): string {
  let s = 0
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * SPEC_WEIGHTS[i]
  const c = (12 - (s % 11)) % 11
  return c === 10 ? 'X' : String(c)
}

/** Province codes of 居民身份证 (GB/T 2260) used by the generators. */
export const RESIDENT_PROVINCES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
] // prettier-ignore

const pad = (n: number, w: number) => String(n).padStart(w, '0')

export function utcDateString(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
}

export function localDateString(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`
}

export interface GeneratedId {
  readonly id: string
  readonly birthDate: string
  readonly sex: 'male' | 'female'
  readonly provinceCode: string
}

export function buildId(area6: string, birthDate: string, seq3: string): GeneratedId {
  const body = area6 + birthDate.replace(/-/g, '') + seq3
  return {
    id: body + specCheckChar(body),
    birthDate,
    sex: Number(seq3[2]) % 2 === 1 ? 'male' : 'female',
    provinceCode: area6.slice(0, 2),
  }
}

/** Calendar dates in [min, max] (inclusive, `YYYY-MM-DD`), drawn through UTC to avoid time zones. */
export function dateBetween(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map(utcDateString)
}

/** Valid 居民身份证 numbers with any county digits, born in [minBirth, maxBirth]. */
export function validResidentId(minBirth: string, maxBirth: string): fc.Arbitrary<GeneratedId> {
  return fc
    .tuple(
      fc.constantFrom(...RESIDENT_PROVINCES.filter((p) => p !== '81' && p !== '82')),
      fc.integer({ min: 0, max: 9999 }),
      dateBetween(minBirth, maxBirth),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(([prov, county, birth, seq]) => buildId(prov + pad(county, 4), birth, pad(seq, 3)))
}
