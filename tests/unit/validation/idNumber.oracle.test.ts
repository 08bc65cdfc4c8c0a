/**
 * Differential test of validateIdNumber against two independent libraries (security.md §5, S3):
 * validator.js `isIdentityCard(x, 'zh-CN')` and idcard (navyxie) `verify(x)`, on 12,000 generated
 * numbers, valid and corrupted. Where a library disagrees with this app BY DESIGN the class is listed
 * in KNOWN_DIFFERENCES with the policy that decides it; every other number must get the same verdict
 * from all three. Both libraries read the real clock, so this test uses the real local date as today.
 */
import fc from 'fast-check'
import idcard from 'idcard'
import isIdentityCard from 'validator/lib/isIdentityCard'
import { MAX_PLAUSIBLE_AGE, validateIdNumber } from '@/domain/validation/idNumber'
import { buildId, dateBetween, localDateString, specCheckChar } from '../../support/idSpec'
import { propertyRuns } from '../../support/propertyRuns'

const now = new Date()
const today = localDateString(now)
const thisYear = now.getFullYear()

const ours = (s: string) => validateIdNumber(s, { today }).ok
const viaValidator = (s: string) => isIdentityCard(s, 'zh-CN')
const viaIdcard = (s: string) => idcard.verify(s)

/** Birth date of an 18-character candidate if it is a real calendar date (spec-level, not ours). */
function birthOf(s: string): string | null {
  if (s.length !== 18) return null
  const iso = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`
  const t = Date.parse(`${iso}T00:00:00Z`)
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : iso
}
function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) >= birth.slice(5) ? years : years - 1
}

type Verdict = 'accepts' | 'rejects' | 'as for the upper-case form' | 'varies'
interface KnownDifference {
  readonly id: string
  readonly applies: (s: string) => boolean
  /** This app's verdict for the class. */
  readonly ours: Verdict
  readonly validator: Verdict
  readonly idcard: Verdict
  readonly policy: string
}

/**
 * | class             | ours                 | validator.js 13.15 | idcard 4.2 | policy / why |
 * |-------------------|----------------------|--------------------|------------|--------------|
 * | LOWERCASE_X       | as upper-case        | as upper-case      | rejects    | normalise x → X before validating (V1) |
 * | FIFTEEN_DIGIT     | rejects              | varies (own rules) | rejects    | first-generation cards invalid since 2013-01-01; ask for the 18-digit number |
 * | FUTURE_THIS_YEAR  | rejects              | rejects            | accepts    | idcard compares the year only; a birth date after today is a typo |
 * | TOO_OLD           | rejects              | accepts            | accepts    | older than 130 years is a typo in the year (validid's floor is 1886) |
 * | PERMIT_83         | accepts              | rejects            | accepts    | 台湾居民居住证 holders may be household members (configurable) |
 * | PERMIT_BAD_AREA   | rejects              | varies             | accepts    | residence permits use exactly 810000/820000/830000 |
 * | FOREIGN_9X        | rejects (default)    | varies (91 only)   | rejects    | 外国人永久居留身份证 is a separate policy, off by default (configurable) |
 */
export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: 'LOWERCASE_X',
    applies: (s) => s.endsWith('x'),
    ours: 'as for the upper-case form',
    validator: 'as for the upper-case form',
    idcard: 'rejects',
    policy: 'Normalise x → X first (security.md V1). People type what they see; the X is not case-sensitive.',
  },
  {
    id: 'FIFTEEN_DIGIT',
    applies: (s) => /^\d{15}$/.test(s),
    ours: 'rejects',
    validator: 'varies',
    idcard: 'rejects',
    policy: 'First-generation cards stopped being valid on 2013-01-01; a new application needs the 18-digit number.',
  },
  {
    id: 'FUTURE_THIS_YEAR',
    applies: (s) => {
      const b = birthOf(s)
      return b !== null && b > today && b.startsWith(String(thisYear))
    },
    ours: 'rejects',
    validator: 'rejects',
    idcard: 'accepts',
    policy: 'A birth date after today is a typo. idcard only compares the year with the current year.',
  },
  {
    id: 'TOO_OLD',
    applies: (s) => {
      const b = birthOf(s)
      return b !== null && b <= today && ageOn(b, today) > MAX_PLAUSIBLE_AGE
    },
    ours: 'rejects',
    validator: 'accepts',
    idcard: 'accepts',
    policy: `Older than ${MAX_PLAUSIBLE_AGE} years is almost certainly a mistyped year; both libraries accept any past year.`,
  },
  {
    id: 'PERMIT_83',
    applies: (s) => s.startsWith('830000'),
    ours: 'accepts',
    validator: 'rejects',
    idcard: 'accepts',
    policy: '台湾居民居住证 holders may be household members; accepted by default, show a notice (security.md §5.2).',
  },
  {
    id: 'PERMIT_BAD_AREA',
    applies: (s) => /^8[123]/.test(s) && !/^8[123]0000/.test(s),
    ours: 'rejects',
    validator: 'varies',
    idcard: 'accepts',
    policy: 'Residence-permit numbers use exactly 810000/820000/830000; the libraries check only two digits.',
  },
  {
    id: 'FOREIGN_9X',
    applies: (s) => s.length === 18 && s.startsWith('9'),
    ours: 'rejects',
    validator: 'varies',
    idcard: 'rejects',
    policy:
      '外国人永久居留身份证 is a configurable policy, off by default (security.md V1). validator.js accepts the prefix 91 ("国外").',
  },
]

// ---- candidate generation -------------------------------------------------------------------------

const pad = (n: number, w: number) => String(n).padStart(w, '0')
const digit = fc.constantFrom(...'0123456789')
const anyChar = fc.constantFrom(...'0123456789X')
const oldestValid = `${thisYear - MAX_PLAUSIBLE_AGE + 1}-01-01`

const province = fc.constantFrom('11', '14', '14', '14', '31', '44', '54', '65', '71')
const area = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(province, fc.integer({ min: 0, max: 9999 })).map(([p, c]) => p + pad(c, 4)) },
  { weight: 1, arbitrary: fc.constantFrom('810000', '820000', '830000') },
)
const seq = fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3))
const valid = fc.tuple(area, dateBetween(oldestValid, today), seq).map(([a, b, q]) => buildId(a, b, q).id)
const withCheck = (body: string) => body + specCheckChar(body)

const candidate = fc.oneof(
  { weight: 30, arbitrary: valid },
  {
    weight: 20,
    arbitrary: fc.tuple(valid, fc.nat(17), anyChar).map(([id, i, c]) => id.slice(0, i) + c + id.slice(i + 1)),
  },
  {
    weight: 10,
    arbitrary: fc.tuple(valid, fc.nat(16)).map(([id, i]) => id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2)),
  },
  { weight: 5, arbitrary: valid.map((id) => id.slice(0, 17) + (id[17] === 'X' ? 'x' : id[17])) },
  // Bodies with any 8 digits as the date (mostly impossible dates), correct check character.
  {
    weight: 8,
    arbitrary: fc.tuple(area, fc.stringMatching(/^(1[89]|20)\d{6}$/), seq).map(([a, d, q]) => withCheck(a + d + q)),
  },
  // Future birth dates, this year and later.
  {
    weight: 5,
    arbitrary: fc.tuple(area, dateBetween(today, `${thisYear + 2}-12-31`), seq).map(([a, b, q]) => buildId(a, b, q).id),
  },
  // Too old.
  {
    weight: 4,
    arbitrary: fc
      .tuple(area, dateBetween('1700-01-01', `${thisYear - MAX_PLAUSIBLE_AGE}-12-31`), seq)
      .map(([a, b, q]) => buildId(a, b, q).id),
  },
  // Any two-digit prefix, including unknown provinces, 8x and 9x.
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 0, max: 9999 }), dateBetween(oldestValid, today), seq)
      .map(([p, c, b, q]) => buildId(String(p) + pad(c, 4), b, q).id),
  },
  // 15-digit numbers (first generation).
  {
    weight: 4,
    arbitrary: fc
      .tuple(area, dateBetween('1900-01-01', '1999-12-31'), seq)
      .map(([a, b, q]) => a + b.replace(/-/g, '').slice(2) + q),
  },
  // One character dropped or added.
  {
    weight: 4,
    arbitrary: fc
      .tuple(valid, fc.nat(17), digit, fc.boolean())
      .map(([id, i, d, drop]) => (drop ? id.slice(0, i) + id.slice(i + 1) : id.slice(0, i) + d + id.slice(i))),
  },
)

const SAMPLE_SIZE = 12_000

describe(`ID validation oracle: validator.js and idcard on ${SAMPLE_SIZE} numbers`, () => {
  const stats = new Map<string, { count: number; validatorDiffers: number; idcardDiffers: number }>()
  const unexplained: { s: string; ours: boolean; validator: boolean; idcard: boolean }[] = []
  const policyViolations: { s: string; cls: string }[] = []
  let agreedValid = 0
  let agreedInvalid = 0

  // In beforeAll, not in the describe body: a run that selects none of these tests (a mutant elsewhere) skips it.
  beforeAll(() => {
    for (const raw of fc.sample(candidate, { numRuns: SAMPLE_SIZE, seed: 20261126 })) {
      const lower = KNOWN_DIFFERENCES[0].applies(raw)
      if (lower && viaIdcard(raw)) policyViolations.push({ s: raw, cls: 'LOWERCASE_X (idcard should reject)' })
      if (lower && ours(raw) !== ours(raw.toUpperCase())) policyViolations.push({ s: raw, cls: 'LOWERCASE_X' })
      // A lower-case x is judged as its upper-case form from here on.
      const s = lower ? raw.toUpperCase() : raw
      const verdict = { ours: ours(s), validator: viaValidator(s), idcard: viaIdcard(s) }
      const classes = KNOWN_DIFFERENCES.filter((k) => k.id !== 'LOWERCASE_X' && k.applies(s))
      if (lower) classes.unshift(KNOWN_DIFFERENCES[0])

      for (const k of classes) {
        const st = stats.get(k.id) ?? { count: 0, validatorDiffers: 0, idcardDiffers: 0 }
        st.count++
        if (viaValidator(raw) !== ours(raw)) st.validatorDiffers++
        if (viaIdcard(raw) !== ours(raw)) st.idcardDiffers++
        stats.set(k.id, st)
      }

      const rejecting = classes.filter((k) => k.ours === 'rejects')
      if (rejecting.length > 0) {
        if (verdict.ours) policyViolations.push({ s, cls: rejecting.map((k) => k.id).join('+') })
      } else if (classes.some((k) => k.id === 'PERMIT_83')) {
        // Ours follows idcard here (both accept 830000); validator.js has no 83.
        if (verdict.ours !== verdict.idcard || verdict.validator) policyViolations.push({ s, cls: 'PERMIT_83' })
      } else if (verdict.ours === verdict.validator && verdict.ours === verdict.idcard) {
        if (verdict.ours) agreedValid++
        else agreedInvalid++
      } else {
        unexplained.push({ s, ...verdict })
      }
    }
  })

  it('has no disagreement outside KNOWN_DIFFERENCES', () => {
    expect(unexplained.slice(0, 20)).toEqual([])
  })

  it('applies the documented policy to every known-difference class', () => {
    expect(policyViolations.slice(0, 20)).toEqual([])
  })

  it('compares plenty of numbers on both sides of the line', () => {
    expect(agreedValid).toBeGreaterThan(3000)
    expect(agreedInvalid).toBeGreaterThan(3000)
  })

  it.each(KNOWN_DIFFERENCES.map((k) => [k.id, k] as const))(
    '%s is exercised and is a real difference (no stale entries)',
    (id, k) => {
      if (id === 'FUTURE_THIS_YEAR' && today.endsWith('-12-31')) return // no later day this year
      const st = stats.get(id)
      expect(st?.count ?? 0).toBeGreaterThan(5)
      const libsDiffer = (st?.validatorDiffers ?? 0) + (st?.idcardDiffers ?? 0)
      expect(libsDiffer).toBeGreaterThan(0)
      // Where the table says a library's verdict differs from ours, it must actually differ.
      const claimsDifference = (lib: Verdict) => lib !== 'varies' && lib !== k.ours
      if (claimsDifference(k.validator)) expect(st?.validatorDiffers ?? 0).toBeGreaterThan(0)
      if (claimsDifference(k.idcard)) expect(st?.idcardDiffers ?? 0).toBeGreaterThan(0)
    },
  )
})

describe('cross-generator check: numbers made by idcard.generateIdcard', () => {
  it('are accepted by this app and by validator.js', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('140105', '140212', '141082', '110105', '440524'),
        dateBetween(oldestValid, today),
        fc.integer({ min: 0, max: 99 }),
        digit,
        (areaCode, birth, police, sexDigit) => {
          const id = idcard.generateIdcard({
            areaCode,
            birthday: birth.replace(/-/g, ''),
            localPolice: pad(police, 2),
            gener: sexDigit as unknown as number,
          })
          expect(validateIdNumber(id, { today })).toMatchObject({ ok: true, birthDate: birth })
          expect(viaValidator(id)).toBe(true)
        },
      ),
      { numRuns: propertyRuns(1000) },
    )
  })
})
