/** Which "YYYY-MM-DD" strings are real calendar dates (used for every date in the input and the parameter table). */
import { isRealIsoDate } from '@/domain/eligibility/calendarDate'

describe('isRealIsoDate', () => {
  it.each(['04', '06', '09', '11'])('month %s has 30 days', (month) => {
    expect(isRealIsoDate(`2025-${month}-30`)).toBe(true)
    expect(isRealIsoDate(`2025-${month}-31`)).toBe(false)
  })

  it.each(['01', '03', '05', '07', '08', '10', '12'])('month %s has 31 days', (month) => {
    expect(isRealIsoDate(`2025-${month}-31`)).toBe(true)
    expect(isRealIsoDate(`2025-${month}-32`)).toBe(false)
  })

  it.each([
    ['2024', true],
    ['2000', true],
    ['2023', false],
    ['1900', false],
  ])('29 February %s exists: %s', (year, exists) => {
    expect(isRealIsoDate(`${year}-02-28`)).toBe(true)
    expect(isRealIsoDate(`${year}-02-29`)).toBe(exists)
    expect(isRealIsoDate(`${year}-02-30`)).toBe(false)
  })

  it.each([
    ['year 0', '0000-01-01', false],
    ['year 1', '0001-01-01', true],
    ['month 0', '2025-00-10', false],
    ['month 1', '2025-01-10', true],
    ['month 12', '2025-12-10', true],
    ['month 13', '2025-13-10', false],
    ['day 0', '2025-05-00', false],
    ['day 1', '2025-05-01', true],
  ])('%s (%s): %s', (_label, text, real) => {
    expect(isRealIsoDate(text)).toBe(real)
  })

  it.each([
    ['a date with text before it', '2026-01-2026-11-25'],
    ['a date with text after it', '2026-11-25-01'],
    ['a date and time', '2026-11-25T00:00'],
    ['a space before', ' 2026-11-25'],
    ['a short year', '226-11-25'],
    ['one-digit month and day', '2026-1-5'],
    ['slashes', '2026/11/25'],
    ['empty', ''],
  ])('rejects %s (%j)', (_label, text) => {
    expect(isRealIsoDate(text)).toBe(false)
  })
})
