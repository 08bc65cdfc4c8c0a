import { applyTransition, createCase, type NewCaseInput } from '@/domain/workflow/applyTransition'
import { addCalendarDays } from '@/domain/workflow/dates'
import type { CaseStatus, EventType, Programme, WorkflowCase, WorkflowEvent } from '@/domain/workflow/types'

export const ALL_EVENT_TYPES: EventType[] = [
  'accept',
  'request_supplement',
  'supplement_received',
  'start_verification',
  'start_investigation',
  'assess_self_care',
  'democratic_review',
  'publish',
  'skip_publicity',
  'object',
  'close_publicity',
  'complete_paperwork',
  'approve',
  'refuse',
  'withdraw',
  'grant_emergency_aid',
  'extend_time_limit',
]

export const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`

/** A valid payload for each event type, dated `date`. */
export function sampleEvent(type: EventType, date: string): WorkflowEvent {
  switch (type) {
    case 'request_supplement':
      return { type, items: ['户口簿复印件', '家庭经济状况查询核对授权书'] }
    case 'start_investigation':
      return { type, findings: '核对平台：无车辆、无商品房' }
    case 'assess_self_care':
      return { type, unableActivities: ['bathing'] }
    case 'democratic_review':
      return { type, result: 'support' }
    case 'publish':
      return { type, startDate: date }
    case 'skip_publicity':
      return { type, reason: '申请人为未成年人' }
    case 'object':
      return { type, reason: '邻居反映家中有经营收入' }
    case 'approve':
      return { type, date, amountFen: 66900 }
    case 'refuse':
      return { type, reasons: ['家庭人均收入高于当地低保标准'] }
    case 'withdraw':
      return { type, reason: '家庭收入已改善' }
    case 'grant_emergency_aid':
      return { type, amountFen: 200000 }
    case 'extend_time_limit':
      return { type, reason: '需跨省核对' }
    case 'complete_paperwork':
      return { type, remark: '材料已补齐' }
    default:
      return { type } as WorkflowEvent
  }
}

const MAIN: Partial<Record<CaseStatus, EventType[]>> = {
  submitted: [],
  needs_supplement: ['request_supplement'],
  accepted: ['accept'],
  verification: ['accept', 'start_verification'],
  investigation: ['accept', 'start_verification', 'start_investigation'],
  review: ['accept', 'start_verification', 'start_investigation', 'democratic_review'],
  publicity: ['accept', 'start_verification', 'start_investigation', 'publish'],
  approval_review: ['accept', 'start_verification', 'start_investigation', 'publish', 'close_publicity'],
  approved: ['accept', 'start_verification', 'start_investigation', 'publish', 'close_publicity', 'approve'],
  refused: ['accept', 'start_verification', 'start_investigation', 'publish', 'close_publicity', 'refuse'],
  withdrawn: ['withdraw'],
}

const withSelfCare = (path: EventType[]): EventType[] =>
  path.flatMap((e) => (e === 'start_investigation' ? [e, 'assess_self_care' as EventType] : [e]))
const withoutVerification = (path: EventType[]): EventType[] => path.filter((e) => e !== 'start_verification')
const mapPaths = (f: (p: EventType[]) => EventType[]) =>
  Object.fromEntries(Object.entries(MAIN).map(([s, p]) => [s, f(p as EventType[])])) as typeof MAIN

/** A legal path from `submitted` to every status of every programme. */
export const PATHS: Record<Programme, Partial<Record<CaseStatus, EventType[]>>> = {
  dibao: MAIN,
  dibao_edge: MAIN,
  rigid_expense: MAIN,
  tekun: mapPaths(withSelfCare),
  temporary_expense: Object.fromEntries(
    Object.entries(mapPaths(withoutVerification)).filter(([s]) => s !== 'verification'),
  ) as typeof MAIN,
  temporary_emergency: {
    submitted: [],
    emergency_aid_granted: ['grant_emergency_aid'],
    investigation: ['grant_emergency_aid', 'start_investigation'],
    approval_review: ['grant_emergency_aid', 'start_investigation', 'complete_paperwork'],
    approved: ['grant_emergency_aid', 'start_investigation', 'complete_paperwork', 'approve'],
    refused: ['grant_emergency_aid', 'start_investigation', 'complete_paperwork', 'refuse'],
    withdrawn: ['withdraw'],
  },
}

export const START = '2026-03-02' // a Monday with no holiday nearby

export function newCase(programme: Programme, extra: Partial<NewCaseInput> = {}): WorkflowCase {
  return createCase({
    id: `c-${programme}`,
    programme,
    submittedAt: at(START),
    offices: { township: '迎泽区柳巷街道办事处', county: '太原市迎泽区民政局' },
    subjectIsMinor: programme === 'tekun',
    ...extra,
  })
}

/** Applies `events` one by one, `stepDays` calendar days apart (10 so that any 公示 can close). */
export function drive(c: WorkflowCase, events: EventType[], stepDays = 10): WorkflowCase {
  let current = c
  let date = current.log.length ? current.log[current.log.length - 1].at.slice(0, 10) : START
  for (const type of events) {
    date = addCalendarDays(date, stepDays)
    const result = applyTransition(current, sampleEvent(type, date), { at: at(date) })
    if (!result.ok) throw new Error(`${current.programme} ${current.status} --${type}--> rejected: ${result.reason}`)
    current = result.case
  }
  return current
}

export function caseAt(programme: Programme, status: CaseStatus, extra: Partial<NewCaseInput> = {}): WorkflowCase {
  const path = PATHS[programme][status]
  if (!path) throw new Error(`no fixture path for ${programme}/${status}`)
  return drive(newCase(programme, extra), path)
}

export function ok(result: ReturnType<typeof applyTransition>): WorkflowCase {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`)
  return result.case
}
