import fc from 'fast-check'
import {
  ageInFullYears,
  civilDateFromParts,
  compareCivilDates,
  daysInMonth,
  formatCivilDate,
  parseCivilDate,
  parseCompactDate,
  requireCivilDate,
} from '@/domain/validation/civilDate'
import { utcDateString } from '../../support/idSpec'

const d = (s: string) => requireCivilDate(s, 'test date')

describe('civilDate', () => {
  it.each([
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-00-10', false],
    ['2023-13-01', false],
    ['2023-01-00', false],
    ['0000-01-01', false],
    ['2023-1-01', false],
    [' 2023-01-01', false],
    ['2023-01-01 ', false],
    ['2023-01-011', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
  ])('parseCivilDate(%j) is a date: %s', (text, real) => {
    expect(parseCivilDate(text) !== null).toBe(real)
  })

  it('agrees with the JS calendar on days per month for 1600–2400', () => {
    const wrong: string[] = []
    for (let y = 1600; y <= 2400; y++) {
      for (let m = 1; m <= 12; m++)
        if (daysInMonth(y, m) !== new Date(Date.UTC(y, m, 0)).getUTCDate()) wrong.push(`${y}-${m}`)
    }
    expect(wrong).toEqual([])
  })

  it('parses the compact form used in ID numbers', () => {
    expect(parseCompactDate('19491231')).toEqual({ year: 1949, month: 12, day: 31 })
    expect(parseCompactDate('19000229')).toBeNull()
    expect(parseCompactDate('1949123')).toBeNull()
    expect(parseCompactDate('1949123a')).toBeNull()
    // Exactly 8 digits: no extra character before or after (each would otherwise read as a real date).
    expect(parseCompactDate('199003071')).toBeNull()
    expect(parseCompactDate(' 20010101')).toBeNull()
  })

  it('accepts years 1 to 9999 only', () => {
    expect(civilDateFromParts(1, 1, 1)).toEqual({ year: 1, month: 1, day: 1 })
    expect(civilDateFromParts(0, 1, 1)).toBeNull()
    expect(civilDateFromParts(9999, 12, 31)).toEqual({ year: 9999, month: 12, day: 31 })
    expect(civilDateFromParts(10000, 1, 1)).toBeNull()
  })

  it('rejects non-integer parts', () => {
    expect(civilDateFromParts(2000.5, 1, 1)).toBeNull()
    expect(civilDateFromParts(2000, 1, Number.NaN)).toBeNull()
  })

  it('round-trips format/parse and orders dates like the JS calendar', () => {
    const dates = fc.date({
      min: new Date('1800-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const sa = utcDateString(a)
        const sb = utcDateString(b)
        expect(formatCivilDate(d(sa))).toBe(sa)
        const ta = Date.parse(`${sa}T00:00:00Z`)
        const tb = Date.parse(`${sb}T00:00:00Z`)
        expect(Math.sign(compareCivilDates(d(sa), d(sb)))).toBe(Math.sign(ta - tb))
      }),
    )
  })

  describe('ageInFullYears (周岁), including the 14-year boundary (security.md §1.5)', () => {
    it.each([
      ['2012-06-15', '2026-06-14', 13],
      ['2012-06-15', '2026-06-15', 14],
      ['2012-06-15', '2026-06-16', 14],
      ['2012-06-15', '2026-05-20', 13],
      ['2012-06-15', '2026-07-01', 14],
      ['1966-06-15', '2026-06-14', 59],
      ['1966-06-15', '2026-06-15', 60],
      ['2008-02-29', '2022-02-28', 13],
      ['2008-02-29', '2022-03-01', 14],
      ['2008-02-29', '2024-02-29', 16],
      ['2026-11-26', '2026-11-26', 0],
      ['2026-11-27', '2026-11-26', -1],
    ])('born %s, on %s → %i', (birth, on, age) => {
      expect(ageInFullYears(d(birth), d(on))).toBe(age)
    })
  })

  it('requireCivilDate throws a RangeError on malformed input', () => {
    expect(() => requireCivilDate('2026-02-30', 'today')).toThrow(
      new RangeError('today must be a real date in YYYY-MM-DD form, got "2026-02-30"'),
    )
  })
})
