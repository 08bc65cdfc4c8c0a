import { getHolidaysInRange, isWorkday } from 'chinese-days'
import fc from 'fast-check'
import { chinaDateOf, isDate, isInstant, monthAfter } from '@/domain/workflow/dates'
import { addWorkingDays, countWorkingDays, isWorkingDay, isYearCovered } from '@/domain/workflow/workingDays'

describe('chinese-days data for 2026 (asserted, so a data change is noticed)', () => {
  it('has the 2026 调休 make-up working weekends', () => {
    // Sundays 01-04 and 09-20, Saturdays 02-14, 02-28, 05-09 and 10-10 are working days in 2026.
    for (const [date, weekday] of [
      ['2026-01-04', 0],
      ['2026-02-14', 6],
      ['2026-02-28', 6],
      ['2026-05-09', 6],
      ['2026-09-20', 0],
      ['2026-10-10', 6],
    ] as const) {
      expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(weekday)
      expect(isWorkday(date)).toBe(true)
      expect(isWorkingDay(date)).toBe(true)
    }
  })

  it('has 中秋 (09-25..27) and 国庆 (10-01..07) 2026 as holidays', () => {
    expect(getHolidaysInRange('2026-09-25', '2026-10-08', false)).toEqual([
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ])
    expect(isWorkingDay('2026-10-01')).toBe(false)
    expect(isWorkingDay('2026-09-25')).toBe(false) // a Friday
    expect(isWorkingDay('2026-10-08')).toBe(true)
  })

  it('covers 2004–2026 and not 2027 (chinese-days 1.5.7)', () => {
    expect(isYearCovered(2004)).toBe(true)
    expect(isYearCovered(2026)).toBe(true)
    expect(isYearCovered(2027)).toBe(false)
    expect(isYearCovered(2003)).toBe(false)
  })
})

describe('addWorkingDays / countWorkingDays', () => {
  it('skips 中秋 2026: accepted Thu 09-24, 3 working days → Wed 09-30', () => {
    expect(addWorkingDays('2026-09-24', 3)).toEqual({ value: '2026-09-30', calendarCovered: true })
    expect(countWorkingDays('2026-09-24', '2026-09-30').value).toBe(3)
  })

  it('skips 国庆 2026 and counts the make-up Saturday 10-10', () => {
    expect(addWorkingDays('2026-09-30', 1).value).toBe('2026-10-08')
    expect(addWorkingDays('2026-09-30', 3).value).toBe('2026-10-10') // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休)
    expect(addWorkingDays('2026-09-30', 4).value).toBe('2026-10-12')
  })

  it('counts the make-up Sunday 09-20 as a working day', () => {
    expect(countWorkingDays('2026-09-18', '2026-09-21').value).toBe(2) // Sun 09-20 + Mon 09-21
    expect(addWorkingDays('2026-09-19', 1).value).toBe('2026-09-20')
  })

  it('30 working days from acceptance across 中秋 + 国庆 2026', () => {
    // 2026-09-15 (Tue): Sep 16-18 (3), 20 (4, 调休), 21-24 (8), 28-30 (11), Oct 8-10 (14), 12-16 (19),
    // 19-23 (24), 26-30 (29), Nov 2 (30)
    expect(addWorkingDays('2026-09-15', 30).value).toBe('2026-11-02')
  })

  it('n = 0 is the start day itself', () => {
    expect(addWorkingDays('2026-10-01', 0).value).toBe('2026-10-01')
  })

  it('rejects a negative or fractional n', () => {
    expect(() => addWorkingDays('2026-10-01', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError)
  })

  it('falls back to Mon–Fri outside the covered years and says so', () => {
    // 2027-01-01 is a Friday; without 2027 data it is assumed to be a working day.
    expect(addWorkingDays('2026-12-30', 3)).toEqual({ value: '2027-01-04', calendarCovered: false })
    expect(countWorkingDays('2026-12-28', '2026-12-31')).toEqual({ value: 3, calendarCovered: true })
    expect(countWorkingDays('2026-12-28', '2027-01-01')).toEqual({ value: 4, calendarCovered: false })
    expect(isWorkingDay('2030-10-01')).toBe(true) // a Tuesday; the real holiday is unknown to the calendar
    expect(isWorkingDay('2030-10-05')).toBe(false) // Saturday
  })

  it('property: countWorkingDays(d, addWorkingDays(d, n)) === n, and the deadline is a working day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10)
          const deadline = addWorkingDays(start, n).value
          expect(countWorkingDays(start, deadline).value).toBe(n)
          if (n > 0) expect(isWorkingDay(deadline)).toBe(true)
        },
      ),
    )
  })
})

describe('dates', () => {
  it('validates dates and instants', () => {
    expect(isDate('2026-02-29')).toBe(false)
    expect(isDate('2028-02-29')).toBe(true)
    expect(isDate('2026-2-1')).toBe(false)
    expect(isInstant('2026-10-01T09:00:00+08:00')).toBe(true)
    expect(isInstant('2026-10-01T09:00:00')).toBe(false) // no offset: ambiguous
    expect(isInstant('2026-10-01')).toBe(false)
  })

  it('takes the China calendar date of an instant, whatever the device zone', () => {
    expect(chinaDateOf('2026-09-30T17:30:00Z')).toBe('2026-10-01')
    expect(chinaDateOf('2026-10-01T00:10:00+08:00')).toBe('2026-10-01')
  })

  it('monthAfter gives the first payment month, across a year end', () => {
    expect(monthAfter('2026-10-31')).toBe('2026-11')
    expect(monthAfter('2026-12-01')).toBe('2027-01')
    expect(monthAfter('2026-01-31')).toBe('2026-02')
  })
})
