/**
 * Working-day arithmetic on the official calendar (holidays and 调休 make-up working days) from `chinese-days`.
 * Years the package has no data for fall back to Monday–Friday, and every result says whether the calendar
 * covered all the days it looked at.
 */
import { getHolidaysInRange, isWorkday } from 'chinese-days'
import dayjs from 'dayjs'

const coverage = new Map<number, boolean>()

/** True when `chinese-days` has the State Council holiday arrangement for that year (1.5.7: 2004–2026). */
export function isYearCovered(year: number): boolean {
  let covered = coverage.get(year)
  if (covered === undefined) {
    covered = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    coverage.set(year, covered)
  }
  return covered
}

export function isDateCovered(date: string): boolean {
  return isYearCovered(Number(date.slice(0, 4)))
}

/** Is `date` a working day? Outside the covered years: Monday–Friday. */
export function isWorkingDay(date: string): boolean {
  if (isDateCovered(date)) return isWorkday(date)
  const weekday = dayjs(date).day()
  return weekday >= 1 && weekday <= 5
}

export interface WorkingDayResult<T> {
  value: T
  /** False when some day in the range fell in a year without holiday data (Mon–Fri was assumed). */
  calendarCovered: boolean
}

/**
 * The `n`-th working day after `date` (the start date itself is not counted; n = 0 returns `date`).
 * "核对应在受理后 3 个工作日内开始": accepted on D → deadline addWorkingDays(D, 3).
 */
export function addWorkingDays(date: string, n: number): WorkingDayResult<string> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`)
  let current = dayjs(date)
  let covered = isDateCovered(date)
  let left = n
  while (left > 0) {
    current = current.add(1, 'day')
    const day = current.format('YYYY-MM-DD')
    covered = covered && isDateCovered(day)
    if (isWorkingDay(day)) left -= 1
  }
  return { value: current.format('YYYY-MM-DD'), calendarCovered: covered }
}

/**
 * Working days in the half-open range (from, to]: days after `from` up to and including `to`.
 * 0 when `to` is not after `from`. countWorkingDays(D, addWorkingDays(D, n)) === n.
 */
export function countWorkingDays(from: string, to: string): WorkingDayResult<number> {
  let current = dayjs(from)
  const end = dayjs(to)
  let covered = isDateCovered(from)
  let count = 0
  while (current.isBefore(end, 'day')) {
    current = current.add(1, 'day')
    const day = current.format('YYYY-MM-DD')
    covered = covered && isDateCovered(day)
    if (isWorkingDay(day)) count += 1
  }
  return { value: count, calendarCovered: covered }
}
