/**
 * Calendar dates as plain `YYYY-MM-DD` strings (proleptic Gregorian, no time zone, no clock reads).
 * The caller passes "today" in; this module never calls `new Date()`.
 */

export interface CivilDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** A real calendar date from its parts (`1900-02-29` is not one, `2000-02-29` is). */
export function civilDateFromParts(year: number, month: number, day: number): CivilDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** Parses `YYYY-MM-DD`; returns null for anything else, including impossible dates. */
export function parseCivilDate(text: string): CivilDate | null {
  const m = ISO_DATE.exec(text)
  if (!m) return null
  return civilDateFromParts(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Parses the 8-digit `YYYYMMDD` form used inside ID numbers. */
export function parseCompactDate(yyyymmdd: string): CivilDate | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return null
  return civilDateFromParts(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)))
}

export function formatCivilDate(d: CivilDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0')
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * Age in completed years (周岁) on `onDate`. Someone born on 29 February becomes a year older on
 * 1 March in common years. Returns a negative number when `onDate` is before the birth date.
 */
export function ageInFullYears(birth: CivilDate, onDate: CivilDate): number {
  const years = onDate.year - birth.year
  const hadBirthday = onDate.month > birth.month || (onDate.month === birth.month && onDate.day >= birth.day)
  return hadBirthday ? years : years - 1
}

/** Parses a `today` option and throws on a malformed one: that is a programming error, not user input. */
export function requireCivilDate(text: string, what: string): CivilDate {
  const d = parseCivilDate(text)
  if (!d) throw new RangeError(`${what} must be a real date in YYYY-MM-DD form, got ${JSON.stringify(text)}`)
  return d
}
