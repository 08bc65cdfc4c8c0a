/**
 * The transition tables, one per programme: `table[from][event] = to`. Anything not in a table is illegal.
 * Guards that depend on payloads or dates (7-day 公示, positive fen amounts …) live in applyTransition.ts.
 * Sources and the reasoning behind every row: docs/workflow.md.
 */
import type { CaseStatus, EventType, Programme } from './types'

export type TransitionTable = Partial<Record<CaseStatus, Partial<Record<EventType, CaseStatus>>>>

/** Statuses in which nothing else can happen. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['approved', 'refused', 'withdrawn']

/**
 * 低保 main flow (domain.md §2.6). 撤回 is accepted in every status up to and including approval_review, i.e. until
 * the 审核确认 decision has been made. 民主评议 is optional and sits before a (new) 公示: after an objection the
 * 乡镇/街道 re-investigates or holds a 民主评议, then posts a new opinion (§2.6 step 4a).
 */
const DIBAO: TransitionTable = {
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
}

/** The 低保 flow without the 特殊情况延长 row: the 30/45-day 办结时限 is only documented for 低保. */
function withoutExtension(table: TransitionTable): TransitionTable {
  const out: TransitionTable = {}
  for (const [status, row] of Object.entries(table) as [CaseStatus, Partial<Record<EventType, CaseStatus>>][]) {
    const { extend_time_limit: _dropped, ...rest } = row
    out[status] = rest
  }
  return out
}

const MAIN_WITHOUT_EXTENSION = withoutExtension(DIBAO)

/**
 * 特困 (domain.md §3): same shape, plus 生活自理能力评估 recorded during 调查核实 (a self-loop), and no 公示 for
 * minors (skip_publicity; the guard checks `subjectIsMinor`).
 */
const TEKUN: TransitionTable = {
  ...MAIN_WITHOUT_EXTENSION,
  investigation: {
    ...MAIN_WITHOUT_EXTENSION.investigation,
    assess_self_care: 'investigation',
    skip_publicity: 'approval_review',
  },
  review: { ...MAIN_WITHOUT_EXTENSION.review, skip_publicity: 'approval_review' },
}

/**
 * 临时救助·支出型 (domain.md §5, 一般程序): 调查 (no separate 核对 step in the 47号 summary) → 民主评议 if needed →
 * 张榜公示 → 审核确认.
 */
const { verification: _noVerification, ...MAIN_WITHOUT_VERIFICATION } = MAIN_WITHOUT_EXTENSION
const TEMPORARY_EXPENSE: TransitionTable = {
  ...MAIN_WITHOUT_VERIFICATION,
  accepted: { start_investigation: 'investigation', withdraw: 'withdrawn' },
}

/**
 * 临时救助·急难型 (domain.md §5, 紧急程序 = 先行救助, ✅ 第48条): aid is paid first, the paperwork is completed
 * afterwards (调查核实 → 审核确认). Once aid has been paid the case can no longer be withdrawn: completing the
 * paperwork is the office's duty.
 */
const TEMPORARY_EMERGENCY: TransitionTable = {
  submitted: { grant_emergency_aid: 'emergency_aid_granted', withdraw: 'withdrawn' },
  emergency_aid_granted: { start_investigation: 'investigation' },
  investigation: { complete_paperwork: 'approval_review' },
  approval_review: { approve: 'approved', refuse: 'refused' },
  approved: {},
  refused: {},
  withdrawn: {},
}

export const TRANSITIONS: Record<Programme, TransitionTable> = {
  dibao: DIBAO,
  dibao_edge: MAIN_WITHOUT_EXTENSION,
  rigid_expense: MAIN_WITHOUT_EXTENSION,
  tekun: TEKUN,
  temporary_expense: TEMPORARY_EXPENSE,
  temporary_emergency: TEMPORARY_EMERGENCY,
}

export const PROGRAMMES = Object.keys(TRANSITIONS) as Programme[]

/** The statuses a programme can be in (the rows of its table). */
export function statusesOf(programme: Programme): CaseStatus[] {
  return Object.keys(TRANSITIONS[programme]) as CaseStatus[]
}

/** Events the table accepts in `status` (payload guards may still reject them). */
export function legalEvents(programme: Programme, status: CaseStatus): EventType[] {
  return Object.keys(TRANSITIONS[programme][status] ?? {}) as EventType[]
}

export function targetOf(programme: Programme, status: CaseStatus, event: EventType): CaseStatus | undefined {
  return TRANSITIONS[programme][status]?.[event]
}

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status)
}
