import fc from 'fast-check'
import { applyTransition } from '@/domain/workflow/applyTransition'
import { addCalendarDays, chinaDateOf } from '@/domain/workflow/dates'
import { slaStatus } from '@/domain/workflow/sla'
import { timeline } from '@/domain/workflow/timeline'
import { isTerminal, legalEvents, PROGRAMMES, statusesOf, targetOf } from '@/domain/workflow/transitions'
import { countWorkingDays } from '@/domain/workflow/workingDays'
import type { DailyActivity, WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'
import { ALL_EVENT_TYPES, at, newCase, sampleEvent, START } from './fixtures'
import { propertyRuns } from '../../support/propertyRuns'

const text = fc.oneof(
  fc.constant(''),
  fc.constant('  '),
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constant('理由'),
)
const date = fc.integer({ min: -3, max: 400 }).map((n) => addCalendarDays(START, n))
const fen = fc.oneof(fc.integer({ min: -5, max: 10_000_000 }), fc.constant(1.5), fc.constant(Number.NaN))
const activities = fc.subarray<DailyActivity>([
  'eating',
  'dressing',
  'transferring',
  'toileting',
  'indoor_walking',
  'bathing',
])

/** Any event, with valid and invalid payloads mixed. */
const event: fc.Arbitrary<WorkflowEvent> = fc.oneof(
  fc.constantFrom(...ALL_EVENT_TYPES).map((type) => ({ type }) as WorkflowEvent),
  fc.array(text, { maxLength: 3 }).map((items) => ({ type: 'request_supplement', items }) as WorkflowEvent),
  text.map((findings) => ({ type: 'start_investigation', findings }) as WorkflowEvent),
  activities.map((unableActivities) => ({ type: 'assess_self_care', unableActivities }) as WorkflowEvent),
  fc
    .constantFrom('support', 'oppose', 'maybe')
    .map((result) => ({ type: 'democratic_review', result }) as WorkflowEvent),
  date.map((startDate) => ({ type: 'publish', startDate }) as WorkflowEvent),
  text.map((reason) => ({ type: 'skip_publicity', reason }) as WorkflowEvent),
  text.map((reason) => ({ type: 'object', reason }) as WorkflowEvent),
  fc
    .record({ date, amountFen: fc.option(fen, { nil: undefined }) })
    .map((p) => ({ type: 'approve', ...p }) as WorkflowEvent),
  fc.array(text, { maxLength: 3 }).map((reasons) => ({ type: 'refuse', reasons }) as WorkflowEvent),
  text.map((reason) => ({ type: 'withdraw', reason }) as WorkflowEvent),
  fen.map((amountFen) => ({ type: 'grant_emergency_aid', amountFen }) as WorkflowEvent),
  text.map((reason) => ({ type: 'extend_time_limit', reason }) as WorkflowEvent),
)

/**
 * A step: either a random event, or "some legal event of the current status" (index into legalEvents, with a
 * valid payload) so that runs also reach the deep states; and how many days later it is recorded (-1 = earlier).
 */
type Step = [WorkflowEvent | number, number]
const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.tuple(
    fc.oneof({ arbitrary: event, weight: 1 }, { arbitrary: fc.nat({ max: 7 }), weight: 3 }),
    fc.integer({ min: -1, max: 12 }),
  ),
  { maxLength: 50, size: 'max' },
)

interface Run {
  final: WorkflowCase
  accepted: number
}

function run(programme: (typeof PROGRAMMES)[number], minor: boolean, script: Step[]): Run {
  let c = newCase(programme, { subjectIsMinor: minor })
  let day = START
  let accepted = 0
  reached.add(`${programme}/${c.status}`)
  for (const [pick, gap] of script) {
    day = addCalendarDays(day, gap)
    let e: WorkflowEvent
    if (typeof pick === 'number') {
      // moving forward is more likely than withdrawing or extending, so that runs get deep
      const all = legalEvents(programme, c.status)
      const forward = all.filter((x) => x !== 'withdraw' && x !== 'extend_time_limit')
      const legal = pick === 7 || forward.length === 0 ? all : forward
      if (legal.length === 0) continue
      e = sampleEvent(legal[pick % legal.length], day)
    } else e = pick
    const before = c
    const result = applyTransition(c, e, { at: at(day) })
    if (result.ok) {
      accepted += 1
      // the table decided the target
      expect(result.case.status).toBe(targetOf(programme, before.status, e.type))
      c = result.case
      reached.add(`${programme}/${c.status}`)
    } else {
      expect(result.reason).toMatch(/[\u4e00-\u9fff]/)
      // a rejected event changes nothing
      expect(c).toBe(before)
    }
  }
  return { final: c, accepted }
}

const reached = new Set<string>()

describe('properties of random event sequences', () => {
  afterAll(() => {
    // the generator must actually reach every status of every programme, or the properties say little
    const all = PROGRAMMES.flatMap((p) => statusesOf(p).map((s) => `${p}/${s}`))
    expect(all.filter((x) => !reached.has(x))).toEqual([])
  })

  it('never leave the table, and the log has one entry per accepted transition', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMMES), fc.boolean(), steps, (programme, minor, script) => {
        const { final, accepted } = run(programme, minor, script)
        expect(statusesOf(programme)).toContain(final.status)
        expect(final.log).toHaveLength(accepted)
        final.log.forEach((entry, i) => {
          expect(entry.seq).toBe(i + 1)
          expect(targetOf(programme, entry.from, entry.event)).toBe(entry.to)
          if (i > 0) expect(entry.from).toBe(final.log[i - 1].to)
          if (i > 0) expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(Date.parse(final.log[i - 1].at))
        })
        if (final.log.length > 0) expect(final.log[final.log.length - 1].to).toBe(final.status)
      }),
      { numRuns: propertyRuns(400) },
    )
  })

  it('terminal states accept nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMMES), fc.boolean(), steps, event, (programme, minor, script, e) => {
        const { final } = run(programme, minor, script)
        fc.pre(isTerminal(final.status))
        const result = applyTransition(final, e, { at: at('2027-06-01') })
        expect(result.ok).toBe(false)
      }),
      { numRuns: propertyRuns(300) },
    )
  })

  it('approvals, refusals and 公示 closes always satisfy their guards', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMMES), fc.boolean(), steps, (programme, minor, script) => {
        const { final } = run(programme, minor, script)
        if (final.status === 'approved') {
          expect(final.approval).toBeDefined()
          if (final.approval?.firstPaymentMonth)
            expect(final.approval.firstPaymentMonth > final.approval.date.slice(0, 7)).toBe(true)
        }
        if (final.status === 'refused') expect(final.refusal?.reasons.length).toBeGreaterThan(0)
        // the last 公示 was closed only after its full period (7 calendar days; 5 working days for 临时救助)
        const close = [...final.log].reverse().find((e) => e.event === 'close_publicity')
        if (close && final.publicityStartDate) {
          const closed = chinaDateOf(close.at)
          if (programme === 'temporary_expense')
            expect(
              countWorkingDays(addCalendarDays(final.publicityStartDate, -1), addCalendarDays(closed, -1)).value,
            ).toBeGreaterThanOrEqual(5)
          else expect(closed >= addCalendarDays(final.publicityStartDate, 7)).toBe(true)
        }
      }),
      { numRuns: propertyRuns(300) },
    )
  })

  it('timeline and slaStatus are total: one node per step, at most one current, no throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMMES), fc.boolean(), steps, date, (programme, minor, script, today) => {
        const { final } = run(programme, minor, script)
        const nodes = timeline(final, today)
        expect(nodes.filter((n) => n.state === 'current').length).toBeLessThanOrEqual(1)
        expect(nodes[0].state).toBe('done')
        const sla = slaStatus(final, today)
        for (const f of [sla.step, sla.overall])
          if (f) {
            expect(f.usedDays).toBeGreaterThanOrEqual(0)
            expect(f.remainingDays).toBe(Math.max(0, f.limitDays - f.usedDays))
          }
      }),
      { numRuns: propertyRuns(200) },
    )
  })
})
