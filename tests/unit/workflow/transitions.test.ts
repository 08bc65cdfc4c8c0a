import { applyTransition } from '@/domain/workflow/applyTransition'
import { addCalendarDays } from '@/domain/workflow/dates'
import { EVENT_LABELS } from '@/domain/workflow/labels'
import { legalEvents, PROGRAMMES, statusesOf, targetOf, TRANSITIONS } from '@/domain/workflow/transitions'
import { ALL_EVENT_TYPES, at, caseAt, PATHS, sampleEvent } from './fixtures'

describe('transition tables', () => {
  it('the fixture list of event types is complete', () => {
    expect([...ALL_EVENT_TYPES].sort()).toEqual(Object.keys(EVENT_LABELS).sort())
  })

  it.each(PROGRAMMES)('%s: every target is a row of the same table and every row is reachable', (programme) => {
    const rows = statusesOf(programme)
    for (const status of rows)
      for (const event of legalEvents(programme, status)) expect(rows).toContain(targetOf(programme, status, event))
    expect(Object.keys(PATHS[programme]).sort()).toEqual([...rows].sort())
  })

  it('spells out the main 低保 flow exactly', () => {
    expect(TRANSITIONS.dibao).toEqual({
      submitted: { accept: 'accepted', request_supplement: 'needs_supplement', withdraw: 'withdrawn' },
      needs_supplement: { supplement_received: 'accepted', withdraw: 'withdrawn' },
      accepted: { start_verification: 'verification', extend_time_limit: 'accepted', withdraw: 'withdrawn' },
      verification: { start_investigation: 'investigation', extend_time_limit: 'verification', withdraw: 'withdrawn' },
      investigation: {
        publish: 'publicity',
        democratic_review: 'review',
        extend_time_limit: 'investigation',
        withdraw: 'withdrawn',
      },
      review: { publish: 'publicity', extend_time_limit: 'review', withdraw: 'withdrawn' },
      publicity: {
        object: 'investigation',
        close_publicity: 'approval_review',
        extend_time_limit: 'publicity',
        withdraw: 'withdrawn',
      },
      approval_review: {
        approve: 'approved',
        refuse: 'refused',
        extend_time_limit: 'approval_review',
        withdraw: 'withdrawn',
      },
      approved: {},
      refused: {},
      withdrawn: {},
    })
  })

  it('withdraw is legal exactly in the statuses before the 审核确认 decision', () => {
    const expected = [
      'submitted',
      'needs_supplement',
      'accepted',
      'verification',
      'investigation',
      'review',
      'publicity',
      'approval_review',
    ]
    for (const programme of ['dibao', 'dibao_edge', 'rigid_expense', 'tekun'] as const)
      expect(statusesOf(programme).filter((s) => legalEvents(programme, s).includes('withdraw'))).toEqual(expected)
    expect(
      statusesOf('temporary_expense').filter((s) => legalEvents('temporary_expense', s).includes('withdraw')),
    ).toEqual(expected.filter((s) => s !== 'verification'))
    // 急难型: once aid has been paid, no withdrawal
    expect(
      statusesOf('temporary_emergency').filter((s) => legalEvents('temporary_emergency', s).includes('withdraw')),
    ).toEqual(['submitted'])
  })

  it('programme differences', () => {
    expect(legalEvents('tekun', 'investigation')).toEqual(
      expect.arrayContaining(['assess_self_care', 'skip_publicity', 'publish']),
    )
    expect(legalEvents('dibao', 'investigation')).not.toContain('assess_self_care')
    expect(legalEvents('dibao', 'investigation')).not.toContain('skip_publicity')
    expect(legalEvents('temporary_expense', 'accepted')).toContain('start_investigation')
    expect(statusesOf('temporary_expense')).not.toContain('verification')
    expect(legalEvents('temporary_emergency', 'submitted')).toEqual(['grant_emergency_aid', 'withdraw'])
    expect(statusesOf('temporary_emergency')).not.toContain('publicity')
    // the 30/45 working-day extension exists only where the doc gives the 45
    for (const p of PROGRAMMES.filter((x) => x !== 'dibao'))
      for (const s of statusesOf(p)) expect(legalEvents(p, s)).not.toContain('extend_time_limit')
  })
})

describe('cartesian product: states × events', () => {
  for (const programme of PROGRAMMES) {
    for (const status of statusesOf(programme)) {
      it(`${programme} / ${status}: accepts exactly the table's events`, () => {
        const c = caseAt(programme, status)
        expect(c.status).toBe(status)
        const last = c.log.length ? c.log[c.log.length - 1].at.slice(0, 10) : '2026-03-02'
        const date = addCalendarDays(last, 30)
        const accepted: string[] = []
        for (const type of ALL_EVENT_TYPES) {
          const result = applyTransition(c, sampleEvent(type, date), { at: at(date) })
          const target = targetOf(programme, status, type)
          if (result.ok) {
            accepted.push(type)
            expect(result.case.status).toBe(target)
            expect(result.case.log).toHaveLength(c.log.length + 1)
            expect(result.case.log[c.log.length]).toMatchObject({ event: type, from: status, to: target })
          } else {
            expect(target).toBeUndefined()
            expect(result.reason).toMatch(/[\u4e00-\u9fff]/)
          }
        }
        expect(accepted.sort()).toEqual(legalEvents(programme, status).sort())
      })
    }
  }
})
