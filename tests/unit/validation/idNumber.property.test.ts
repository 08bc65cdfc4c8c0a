/**
 * Property tests for the ID validator (security.md §4.4). The arbitraries come from the standard via
 * tests/support/idSpec.ts, not from the implementation.
 */
import fc from 'fast-check'
import { computeCheckDigit, normalizeIdNumber, validateIdNumber } from '@/domain/validation/idNumber'
import { specCheckChar, validResidentId } from '../../support/idSpec'
import { propertyRuns } from '../../support/propertyRuns'

const today = '2026-11-26'
const validIds = validResidentId('1896-11-27', today)
const runs = { numRuns: propertyRuns(1000) }

describe('validateIdNumber properties', () => {
  it('accepts every generated valid number and reads back its birth date, sex and province', () => {
    fc.assert(
      fc.property(validIds, (g) => {
        const r = validateIdNumber(g.id, { today })
        expect(r).toEqual({
          ok: true,
          value: g.id,
          birthDate: g.birthDate,
          sex: g.sex,
          provinceCode: g.provinceCode,
          kind: 'resident',
        })
      }),
      runs,
    )
  })

  it('computeCheckDigit agrees with the algebraic form of MOD 11-2 on any 17 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (body) => {
        expect(computeCheckDigit(body)).toBe(specCheckChar(body))
      }),
      runs,
    )
  })

  it('refuses EVERY single-character substitution of a valid number', () => {
    fc.assert(
      fc.property(validIds, (g) => {
        const accepted: string[] = []
        for (let i = 0; i < 18; i++) {
          for (const c of '0123456789X') {
            if (c === g.id[i]) continue
            const mutated = g.id.slice(0, i) + c + g.id.slice(i + 1)
            if (validateIdNumber(mutated, { today }).ok) accepted.push(mutated)
          }
        }
        expect(accepted).toEqual([])
      }),
      { numRuns: propertyRuns(500) },
    )
  })

  it('refuses EVERY adjacent transposition that changes the string', () => {
    fc.assert(
      fc.property(validIds, (g) => {
        const accepted: string[] = []
        for (let i = 0; i < 17; i++) {
          if (g.id[i] === g.id[i + 1]) continue
          const swapped = g.id.slice(0, i) + g.id[i + 1] + g.id[i] + g.id.slice(i + 2)
          if (validateIdNumber(swapped, { today }).ok) accepted.push(swapped)
        }
        expect(accepted).toEqual([])
      }),
      runs,
    )
  })

  it('refuses a valid number with one character dropped or one digit inserted', () => {
    fc.assert(
      fc.property(validIds, fc.nat(17), fc.constantFrom(...'0123456789'), (g, i, d) => {
        expect(validateIdNumber(g.id.slice(0, i) + g.id.slice(i + 1), { today })).toMatchObject({
          code: 'WRONG_LENGTH',
        })
        expect(validateIdNumber(g.id.slice(0, i) + d + g.id.slice(i), { today })).toMatchObject({
          code: 'WRONG_LENGTH',
        })
      }),
      runs,
    )
  })

  it('normalisation is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeIdNumber(s)
        expect(normalizeIdNumber(once)).toBe(once)
      }),
      { numRuns: propertyRuns(1500) },
    )
  })

  it('spaced, hyphenated, full-width and lower-case forms normalise to the canonical number', () => {
    const toFullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    fc.assert(
      fc.property(
        validIds,
        fc.array(fc.constantFrom(' ', '-', '\u3000', '\t'), { maxLength: 18 }),
        fc.boolean(),
        fc.boolean(),
        (g, seps, fullWidth, lower) => {
          let text = g.id
            .split('')
            .map((c, i) => c + (seps[i] ?? ''))
            .join('')
          if (lower) text = text.replace('X', 'x')
          if (fullWidth) text = toFullWidth(text)
          expect(normalizeIdNumber(` ${text} `)).toBe(g.id)
          expect(validateIdNumber(text, { today })).toMatchObject({ ok: true, value: g.id })
        },
      ),
      runs,
    )
  })

  it('never throws and always returns a message on failure, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const r = validateIdNumber(s, { today })
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0)
        else expect(r.value).toMatch(/^\d{17}[\dX]$/)
      }),
      { numRuns: propertyRuns(1500) },
    )
  })
})
