/** slaStatus: how the current step and the whole case stand against their time limits, in (working) days. */
import { chinaDateOf } from './dates'
import { limitDeadline, limitUsed } from './limitMath'
import {
  OVERALL_DIBAO_EXTENDED_DAYS,
  TEKUN_REINVESTIGATION,
  TEMPORARY_EXPENSE_TOWNSHIP_OVERALL,
  TIME_LIMITS,
  type LimitAnchor,
  type LimitUnit,
  type TimeLimit,
} from './timeLimits'
import type { Confidence, WorkflowCase } from './types'

export interface SlaFigure {
  id: string
  label: string
  unit: LimitUnit
  limitDays: number
  /** The anchor day (acceptance, 公示 start …). */
  startDate: string
  /** Last day on which the limit is still met. */
  deadline: string
  usedDays: number
  remainingDays: number
  /** Past the deadline without the step being done (for a finished case: finished after the deadline). */
  overdue: boolean
  /** The case is finished and the limit no longer runs. */
  finished: boolean
  confidence: Confidence
  basis: TimeLimit['basis']
  source: string
  calendarCovered: boolean
}

export interface SlaStatus {
  /** The limit on the step the case is in now; null when the doc gives none for it. */
  step: SlaFigure | null
  /** 办结时限; null when the doc gives none for the programme, before acceptance, or after withdrawal. */
  overall: SlaFigure | null
  /** False when any figure used days outside the years the holiday calendar covers (Mon–Fri assumed). */
  calendarCovered: boolean
}

function anchorDate(c: WorkflowCase, anchor: LimitAnchor): string | undefined {
  const find = (pred: (e: WorkflowCase['log'][number]) => boolean) => {
    const hit = [...c.log].reverse().find(pred)
    return hit ? chinaDateOf(hit.at) : undefined
  }
  switch (anchor) {
    case 'accepted':
      return find((e) => e.to === 'accepted' && e.from !== 'accepted')
    case 'publicity_start':
      return c.publicityStartDate
    case 'last_objection':
      return find((e) => e.event === 'object')
    case 'entered_approval':
      return find((e) => e.to === 'approval_review' && e.from !== 'approval_review')
  }
}

function figure(limit: TimeLimit, start: string, end: string, finished: boolean): SlaFigure {
  const deadline = limitDeadline(limit, start)
  const used = limitUsed(limit, start, end)
  return {
    id: limit.id,
    label: limit.label,
    unit: limit.unit,
    limitDays: limit.days,
    startDate: start,
    deadline: deadline.value,
    usedDays: used.value,
    remainingDays: Math.max(0, limit.days - used.value),
    overdue: end > deadline.value,
    finished,
    confidence: limit.confidence,
    basis: limit.basis,
    source: limit.source,
    calendarCovered: deadline.calendarCovered && used.calendarCovered,
  }
}

function stepLimit(c: WorkflowCase): TimeLimit | undefined {
  const reinvestigating =
    c.programme === 'tekun' &&
    (c.status === 'investigation' || c.status === 'review') &&
    c.log.some((e) => e.event === 'object')
  return reinvestigating ? TEKUN_REINVESTIGATION : TIME_LIMITS[c.programme].step[c.status]
}

function overallLimit(c: WorkflowCase): TimeLimit | undefined {
  const base = TIME_LIMITS[c.programme].overall
  if (!base) return undefined
  if (c.programme === 'dibao' && c.timeLimitExtended) return { ...base, days: OVERALL_DIBAO_EXTENDED_DAYS }
  if (c.programme === 'temporary_expense' && c.approvalDelegatedToTownship) return TEMPORARY_EXPENSE_TOWNSHIP_OVERALL
  return base
}

/** `today` is a YYYY-MM-DD date supplied by the caller. */
export function slaStatus(c: WorkflowCase, today: string): SlaStatus {
  const limit = stepLimit(c)
  const stepStart = limit && anchorDate(c, limit.anchor)
  const step = limit && stepStart ? figure(limit, stepStart, today, false) : null

  let overall: SlaFigure | null = null
  const whole = overallLimit(c)
  const accepted = whole && anchorDate(c, whole.anchor)
  if (whole && accepted && c.status !== 'withdrawn') {
    const decided = c.status === 'approved' || c.status === 'refused'
    const end = decided ? chinaDateOf(c.log[c.log.length - 1].at) : today
    overall = figure(whole, accepted, end, decided)
  }
  return {
    step,
    overall,
    calendarCovered: (step?.calendarCovered ?? true) && (overall?.calendarCovered ?? true),
  }
}
