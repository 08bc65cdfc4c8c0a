import { applyTransition } from '@/domain/workflow/applyTransition'
import { slaStatus } from '@/domain/workflow/sla'
import type { Programme, WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'
import { at, newCase, ok } from './fixtures'

const step = (c: WorkflowCase, event: WorkflowEvent, date: string) => ok(applyTransition(c, event, { at: at(date) }))

/** Accepted on Thu 2026-09-24, the day before 中秋. */
function acceptedBeforeMidAutumn(programme: Programme = 'dibao', extra = {}): WorkflowCase {
  return step(newCase(programme, extra), { type: 'accept' }, '2026-09-24')
}

describe('slaStatus: 低保', () => {
  it('核对 must start within 3 working days of acceptance: 09-24 → 09-30 over 中秋', () => {
    const c = acceptedBeforeMidAutumn()
    const s = slaStatus(c, '2026-09-28')
    expect(s.step).toMatchObject({
      id: 'verification_start',
      limitDays: 3,
      unit: 'working',
      startDate: '2026-09-24',
      deadline: '2026-09-30',
      usedDays: 1, // only Mon 09-28: 09-25..27 are 中秋
      remainingDays: 2,
      overdue: false,
      confidence: '🟡',
    })
    expect(slaStatus(c, '2026-09-30').step).toMatchObject({ usedDays: 3, remainingDays: 0, overdue: false })
    // 10-01..07 are holidays: still 3 used, but the date is past the deadline
    expect(slaStatus(c, '2026-10-05').step).toMatchObject({ usedDays: 3, remainingDays: 0, overdue: true })
  })

  it('overall 30 working days from acceptance, across 中秋, 国庆 and the 调休 Saturday 10-10', () => {
    const c = acceptedBeforeMidAutumn()
    const s = slaStatus(c, '2026-10-12')
    // 09-28, 29, 30, 10-08, 09, 10 (调休), 12 = 7
    expect(s.overall).toMatchObject({ limitDays: 30, usedDays: 7, remainingDays: 23, overdue: false, finished: false })
    // 09-28..30 (3), 10-08..10 (6), 12-16 (11), 19-23 (16), 26-30 (21), 11-02..06 (26), 09..12 (30)
    expect(s.overall?.deadline).toBe('2026-11-12')
    expect(s.calendarCovered).toBe(true)
    expect(slaStatus(c, '2026-11-13').overall?.overdue).toBe(true)
  })

  it('特殊情况 extends the overall limit to 45', () => {
    const c = step(acceptedBeforeMidAutumn(), { type: 'extend_time_limit', reason: '需跨省核对' }, '2026-09-28')
    expect(slaStatus(c, '2026-09-28').overall).toMatchObject({ limitDays: 45 })
  })

  it('公示: 7 calendar days counting the posting day; overdue if not closed after day 7', () => {
    let c = acceptedBeforeMidAutumn()
    c = step(c, { type: 'start_verification' }, '2026-09-28')
    c = step(c, { type: 'start_investigation' }, '2026-09-29')
    c = step(c, { type: 'publish', startDate: '2026-09-30' }, '2026-09-30')
    expect(slaStatus(c, '2026-09-30').step).toMatchObject({
      id: 'publicity',
      unit: 'calendar',
      limitDays: 7,
      deadline: '2026-10-06',
      usedDays: 1,
      remainingDays: 6,
      confidence: '✅',
    })
    expect(slaStatus(c, '2026-10-06').step).toMatchObject({ usedDays: 7, overdue: false })
    expect(slaStatus(c, '2026-10-08').step).toMatchObject({ overdue: true, remainingDays: 0 })
  })

  it('no step limit where the doc gives none (入户调查 for 低保)', () => {
    let c = acceptedBeforeMidAutumn()
    c = step(c, { type: 'start_verification' }, '2026-09-28')
    expect(slaStatus(c, '2026-09-29').step).toBeNull()
    expect(slaStatus(c, '2026-09-29').overall).not.toBeNull()
  })

  it('before acceptance there is no clock; after withdrawal neither', () => {
    expect(slaStatus(newCase('dibao'), '2026-03-10')).toEqual({ step: null, overall: null, calendarCovered: true })
    const w = step(acceptedBeforeMidAutumn(), { type: 'withdraw', reason: '不再申请' }, '2026-09-28')
    expect(slaStatus(w, '2026-12-01').overall).toBeNull()
  })

  it('a decided case measures the overall limit to the decision day and stops counting', () => {
    let c = acceptedBeforeMidAutumn()
    c = step(c, { type: 'start_verification' }, '2026-09-28')
    c = step(c, { type: 'start_investigation' }, '2026-09-29')
    c = step(c, { type: 'publish', startDate: '2026-09-30' }, '2026-09-30')
    c = step(c, { type: 'close_publicity' }, '2026-10-08')
    c = step(c, { type: 'approve', date: '2026-10-09', amountFen: 60000 }, '2026-10-09')
    const s = slaStatus(c, '2027-06-01')
    expect(s.step).toBeNull()
    // 09-28, 29, 30, 10-08, 10-09
    expect(s.overall).toMatchObject({ usedDays: 5, overdue: false, finished: true })
  })

  it('flags calendarCovered:false when the limit runs into a year without holiday data', () => {
    const c = step(newCase('dibao', { submittedAt: at('2026-12-01') }), { type: 'accept' }, '2026-12-10')
    const s = slaStatus(c, '2026-12-11')
    expect(s.overall?.calendarCovered).toBe(false) // the 30 days reach into 2027
    expect(s.step?.calendarCovered).toBe(true) // 3 days stay in 2026
    expect(s.calendarCovered).toBe(false)
    // Mon–Fri fallback: 12-11 … 12-31 = 15 working days, then 2027-01-01 (Fri) counts
    expect(s.overall?.deadline).toBe('2027-01-21')
  })
})

describe('slaStatus: other programmes', () => {
  it('特困: 信息核对 on the day of acceptance (0 working days)', () => {
    const c = acceptedBeforeMidAutumn('tekun')
    expect(slaStatus(c, '2026-09-24').step).toMatchObject({ limitDays: 0, deadline: '2026-09-24', overdue: false })
    expect(slaStatus(c, '2026-09-28').step).toMatchObject({ overdue: true })
    expect(slaStatus(c, '2026-09-28').overall).toBeNull() // no overall limit in the doc for 特困
  })

  it('特困: 调查核实 within 15 working days of acceptance; after an objection, 15 from the objection', () => {
    let c = acceptedBeforeMidAutumn('tekun')
    c = step(c, { type: 'start_verification' }, '2026-09-24')
    c = step(c, { type: 'start_investigation' }, '2026-09-28')
    expect(slaStatus(c, '2026-09-29').step).toMatchObject({
      id: 'tekun_investigation',
      limitDays: 15,
      startDate: '2026-09-24',
    })
    // 09-28..30 (3), 10-08..10 (6), 12-16 (11), 19-22 (15)
    expect(slaStatus(c, '2026-09-29').step?.deadline).toBe('2026-10-22')
    c = step(c, { type: 'assess_self_care', unableActivities: [] }, '2026-09-29')
    c = step(c, { type: 'publish', startDate: '2026-09-30' }, '2026-09-30')
    c = step(c, { type: 'object', reason: '有赡养人' }, '2026-10-09')
    expect(slaStatus(c, '2026-10-09').step).toMatchObject({ id: 'tekun_reinvestigation', startDate: '2026-10-09' })
  })

  it('特困: 确认 within 10 working days after the 公示', () => {
    let c = acceptedBeforeMidAutumn('tekun')
    c = step(c, { type: 'start_verification' }, '2026-09-24')
    c = step(c, { type: 'start_investigation' }, '2026-09-28')
    c = step(c, { type: 'assess_self_care', unableActivities: [] }, '2026-09-29')
    c = step(c, { type: 'publish', startDate: '2026-09-29' }, '2026-09-29')
    c = step(c, { type: 'close_publicity' }, '2026-10-06')
    expect(slaStatus(c, '2026-10-08').step).toMatchObject({
      id: 'tekun_confirmation',
      startDate: '2026-10-06',
      deadline: '2026-10-20', // 10-08, 09, 10, 12..16, 19, 20
      usedDays: 1,
    })
  })

  it('临时救助·支出型: 15 working days (local example), 10 when the 乡镇 approves', () => {
    const c = acceptedBeforeMidAutumn('temporary_expense')
    expect(slaStatus(c, '2026-09-28').overall).toMatchObject({ limitDays: 15, basis: 'local_example' })
    const t = acceptedBeforeMidAutumn('temporary_expense', { approvalDelegatedToTownship: true })
    expect(slaStatus(t, '2026-09-28').overall).toMatchObject({ limitDays: 10, basis: 'local_example' })
  })

  it('低保边缘 / 刚性支出 / 急难型 have no documented overall limit', () => {
    for (const p of ['dibao_edge', 'rigid_expense'] as const)
      expect(slaStatus(acceptedBeforeMidAutumn(p), '2026-09-28').overall).toBeNull()
    const e = step(newCase('temporary_emergency'), { type: 'grant_emergency_aid', amountFen: 100 }, '2026-09-24')
    expect(slaStatus(e, '2026-09-28')).toEqual({ step: null, overall: null, calendarCovered: true })
  })
})
