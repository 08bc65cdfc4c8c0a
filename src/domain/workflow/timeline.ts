/**
 * timeline: one node per legal step of the programme, for the progress page. Loops (objection → new 公示) show
 * the latest round; optional or skipped steps say so.
 */
import { chinaDateOf } from './dates'
import { approverLevel, statusLabel } from './holder'
import { slaStatus } from './sla'
import { isTerminal } from './transitions'
import type { CaseStatus, EventType, HandleLogEntry, OfficeLevel, Programme, WorkflowCase } from './types'

export type TimelineStepId =
  | 'submit'
  | 'accept'
  | 'emergency_aid'
  | 'verification'
  | 'investigation'
  | 'self_care'
  | 'review'
  | 'publicity'
  | 'approval'
  | 'result'

export type TimelineState = 'done' | 'current' | 'upcoming' | 'skipped'

export interface TimelineNode {
  id: TimelineStepId
  label: string
  state: TimelineState
  optional: boolean
  office: OfficeLevel | null
  officeName?: string
  startedOn?: string
  completedOn?: string
  /** For the current step: the last day of its time limit, when the doc gives one. */
  deadline?: string
  overdue?: boolean
  remark?: string
}

interface StepDef {
  id: TimelineStepId
  label: string
  optional?: boolean
  startedBy?: EventType[]
  completedBy: EventType[]
  /** Done whenever one of completedBy is in the log, wherever the case is now (sub-steps, optional steps). */
  byEvidence?: boolean
  /** Log events whose text describes this step (the latest one is shown), and whether to show its result too. */
  remarkFrom?: EventType[]
  showResult?: boolean
}

const SUBMIT: StepDef = { id: 'submit', label: '提交申请', completedBy: [] }
const ACCEPT: StepDef = { id: 'accept', label: '受理', completedBy: ['accept', 'supplement_received'] }
const VERIFICATION: StepDef = {
  id: 'verification',
  label: '家庭经济状况核对',
  startedBy: ['start_verification'],
  completedBy: ['start_investigation'],
  // start_investigation carries the 核对 findings the 入户调查 starts from
  remarkFrom: ['start_investigation'],
}
const INVESTIGATION_ENDS: EventType[] = ['publish', 'democratic_review', 'skip_publicity', 'complete_paperwork']
const investigation = (label: string): StepDef => ({
  id: 'investigation',
  label,
  startedBy: ['start_investigation', 'object'],
  completedBy: INVESTIGATION_ENDS,
  remarkFrom: ['object', 'complete_paperwork'],
  showResult: true,
})
const SELF_CARE: StepDef = {
  id: 'self_care',
  label: '生活自理能力评估',
  completedBy: ['assess_self_care'],
  byEvidence: true,
  remarkFrom: ['assess_self_care'],
  showResult: true,
}
const REVIEW: StepDef = {
  id: 'review',
  label: '民主评议（视情组织）',
  optional: true,
  completedBy: ['democratic_review'],
  byEvidence: true,
  remarkFrom: ['democratic_review'],
  showResult: true,
}
const publicity = (label: string): StepDef => ({
  id: 'publicity',
  label,
  startedBy: ['publish'],
  completedBy: ['close_publicity'],
  remarkFrom: ['publish', 'skip_publicity'],
  showResult: true,
})
const APPROVAL: StepDef = {
  id: 'approval',
  label: '审核确认',
  startedBy: ['close_publicity', 'skip_publicity', 'complete_paperwork'],
  completedBy: ['approve', 'refuse'],
}
const RESULT: StepDef = {
  id: 'result',
  label: '结果',
  completedBy: ['approve', 'refuse', 'withdraw'],
  remarkFrom: ['approve', 'refuse', 'withdraw'],
  showResult: true,
}
const EMERGENCY_AID: StepDef = {
  id: 'emergency_aid',
  label: '先行救助',
  completedBy: ['grant_emergency_aid'],
  remarkFrom: ['grant_emergency_aid'],
  showResult: true,
}

const MAIN_STEPS = [
  SUBMIT,
  ACCEPT,
  VERIFICATION,
  investigation('入户调查'),
  REVIEW,
  publicity('初审公示'),
  APPROVAL,
  RESULT,
]

export const TIMELINE_STEPS: Record<Programme, StepDef[]> = {
  dibao: MAIN_STEPS,
  dibao_edge: MAIN_STEPS,
  rigid_expense: MAIN_STEPS,
  tekun: [
    SUBMIT,
    ACCEPT,
    { ...VERIFICATION, label: '信息核对' },
    investigation('调查核实'),
    SELF_CARE,
    REVIEW,
    publicity('初审公示（未成年人不公示）'),
    APPROVAL,
    RESULT,
  ],
  temporary_expense: [SUBMIT, ACCEPT, investigation('调查核实'), REVIEW, publicity('张榜公示'), APPROVAL, RESULT],
  temporary_emergency: [SUBMIT, EMERGENCY_AID, investigation('补办手续·调查核实'), APPROVAL, RESULT],
}

/** Which step a status stands on. `review` means the 评议 is held and the opinion is about to be posted. */
function stepOfStatus(programme: Programme, status: CaseStatus): TimelineStepId {
  switch (status) {
    case 'submitted':
      return programme === 'temporary_emergency' ? 'emergency_aid' : 'accept'
    case 'needs_supplement':
      return 'accept'
    case 'accepted':
      return programme === 'temporary_expense' ? 'investigation' : 'verification'
    case 'verification':
      return 'verification'
    case 'investigation':
    case 'emergency_aid_granted':
      return 'investigation'
    case 'review':
    case 'publicity':
      return 'publicity'
    case 'approval_review':
      return 'approval'
    case 'approved':
    case 'refused':
    case 'withdrawn':
      return 'result'
  }
}

function officeOf(c: WorkflowCase, id: TimelineStepId): OfficeLevel | null {
  if (id === 'submit') return c.submittedVia
  if (id === 'approval') return approverLevel(c)
  if (id === 'result') return c.status === 'withdrawn' ? null : approverLevel(c)
  return 'township'
}

function latest(log: HandleLogEntry[], events: EventType[] | undefined): HandleLogEntry | undefined {
  if (!events || events.length === 0) return undefined
  for (let i = log.length - 1; i >= 0; i -= 1) if (events.includes(log[i].event)) return log[i]
  return undefined
}

/** `today` (YYYY-MM-DD) only feeds the current step's deadline and overdue flag. */
export function timeline(c: WorkflowCase, today: string): TimelineNode[] {
  const steps = TIMELINE_STEPS[c.programme]
  const index = (id: TimelineStepId) => steps.findIndex((s) => s.id === id)
  const resultIndex = steps.length - 1
  const withdrawn = c.status === 'withdrawn'
  // Where the case stood: for a withdrawn case, the step it was withdrawn from.
  const lastFrom = c.log[c.log.length - 1]?.from
  const reached = index(stepOfStatus(c.programme, withdrawn && lastFrom ? lastFrom : c.status))
  const publicitySkipped = c.log.some((e) => e.event === 'skip_publicity')
  const sla = slaStatus(c, today).step

  return steps.map((step, i): TimelineNode => {
    const completion = latest(c.log, step.completedBy)
    const evidence = step.byEvidence === true && completion !== undefined
    let state: TimelineState
    if (i === 0) state = 'done'
    else if (i === resultIndex) state = reached === resultIndex || withdrawn ? 'done' : 'upcoming'
    else if (step.id === 'publicity' && publicitySkipped) state = 'skipped'
    else if (evidence) state = 'done'
    else if (withdrawn) state = i < reached ? (step.optional || step.byEvidence ? 'skipped' : 'done') : 'skipped'
    else if (i < reached) state = step.optional ? 'skipped' : 'done'
    else state = i === reached ? 'current' : 'upcoming'

    const started = latest(c.log, step.startedBy)
    const done = state === 'done' ? completion : undefined
    const entry = done ?? started
    const about = latest(c.log, step.remarkFrom)
    const remark =
      state === 'upcoming'
        ? undefined
        : step.id === 'accept' && c.supplementItems
          ? `曾一次性告知补正：${c.supplementItems.join('、')}`
          : [step.showResult ? about?.result : undefined, about?.remark].filter(Boolean).join('；') || undefined
    const office = officeOf(c, step.id)
    const node: TimelineNode = {
      id: step.id,
      label: step.id === 'result' && isTerminal(c.status) ? statusLabel(c) : step.label,
      state,
      optional: step.optional === true,
      office,
      officeName: entry?.officeName ?? (office ? c.offices[office] : undefined),
      startedOn:
        step.id === 'submit'
          ? chinaDateOf(c.submittedAt)
          : step.id === 'publicity' && state !== 'upcoming'
            ? c.publicityStartDate
            : started && state !== 'upcoming'
              ? chinaDateOf(started.at)
              : undefined,
      completedOn:
        step.id === 'submit'
          ? chinaDateOf(c.submittedAt)
          : state === 'done' && completion
            ? chinaDateOf(completion.at)
            : undefined,
      remark,
    }
    if (state === 'current' && sla) {
      node.deadline = sla.deadline
      node.overdue = sla.overdue
    }
    return node
  })
}
