/**
 * Calendar dates as "YYYY-MM-DD" strings (no time zone, no clock). Parsing is done digit by digit so that an
 * evaluation can read a few dates per member cheaply.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function digitsAt(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) value = value * 10 + (text.charCodeAt(i) - 48)
  return value
}

export function yearOf(isoDate: string): number {
  return digitsAt(isoDate, 0, 4)
}

/** Month and day as one comparable number, e.g. "1958-03-02" → 302. */
function monthDayOf(isoDate: string): number {
  return digitsAt(isoDate, 5, 2) * 100 + digitsAt(isoDate, 8, 2)
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** True for a real calendar date written YYYY-MM-DD (so "2023-02-29" and "2024-13-01" are false). */
export function isRealIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Days since 1970-01-01 (proleptic Gregorian; integer arithmetic, H. Hinnant's days_from_civil). */
export function dayNumberOf(isoDate: string): number {
  const month = digitsAt(isoDate, 5, 2)
  const day = digitsAt(isoDate, 8, 2)
  const year = digitsAt(isoDate, 0, 4) - (month <= 2 ? 1 : 0)
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/**
 * Age in whole years on `onDate`: the birthday must have been reached (someone born on 29 February turns a year
 * older on 1 March in common years).
 */
export function ageInWholeYears(birthDate: string, onDate: string): number {
  const years = yearOf(onDate) - yearOf(birthDate)
  return monthDayOf(onDate) < monthDayOf(birthDate) ? years - 1 : years
}
