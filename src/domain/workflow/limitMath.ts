/** Deadlines and used days for one TimeLimit. */
import { addCalendarDays, calendarDaysBetween } from './dates'
import type { TimeLimit } from './timeLimits'
import { addWorkingDays, countWorkingDays, type WorkingDayResult } from './workingDays'

/**
 * The day counting starts after. Limits "within N working days of acceptance" start the day after the anchor
 * (accepted on D → the 3 days are the next 3 working days). A 公示 counts its posting day as day 1. Decision: domain.md
 * does not say whether the posting day counts; counting it means 7 days posted on 2026-10-01 run to 2026-10-07 and
 * the 公示 may be closed from 2026-10-08, when 7 full days have passed. If it did not count, the earliest close would
 * be one day later (docs/workflow.md, Open questions).
 */
function countFrom(limit: TimeLimit, anchorDate: string): string {
  return limit.anchor === 'publicity_start' ? addCalendarDays(anchorDate, -1) : anchorDate
}

/** The last day on which the limit is still met. */
export function limitDeadline(limit: TimeLimit, anchorDate: string): WorkingDayResult<string> {
  const from = countFrom(limit, anchorDate)
  if (limit.unit === 'calendar') return { value: addCalendarDays(from, limit.days), calendarCovered: true }
  return addWorkingDays(from, limit.days)
}

/** Days of the limit used up by the end of `end` (0 before the counting starts). */
export function limitUsed(limit: TimeLimit, anchorDate: string, end: string): WorkingDayResult<number> {
  const from = countFrom(limit, anchorDate)
  if (limit.unit === 'calendar') return { value: Math.max(0, calendarDaysBetween(from, end)), calendarCovered: true }
  return countWorkingDays(from, end)
}
