/**
 * Calendar-date helpers. A date is a `YYYY-MM-DD` string in the China calendar; instants are ISO timestamps.
 * Nothing here reads the clock.
 */
import dayjs from 'dayjs'

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
/** ISO-8601 with a time and an explicit offset (Z or ±hh:mm). */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false
  return dayjs(value).format('YYYY-MM-DD') === value
}

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value))
}

/** The China (UTC+8, no DST) calendar date of an instant, whatever the device's time zone is. */
export function chinaDateOf(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

export function addCalendarDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD')
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day')
}

/** `YYYY-MM` of the month after `date`: the first payment month of a confirmation made on `date`. */
export function monthAfter(date: string): string {
  return dayjs(date).startOf('month').add(1, 'month').format('YYYY-MM')
}
