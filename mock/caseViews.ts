/** Projections of stored applications into the DTOs of the progress, message and demo ports. */
import { currentHolder, nextStep } from '@/domain/workflow/holder'
import { OFFICE_LABELS, PROGRAMME_LABELS, STATUS_LABELS } from '@/domain/workflow/labels'
import { slaStatus, type SlaFigure } from '@/domain/workflow/sla'
import { timeline } from '@/domain/workflow/timeline'
import { isTerminal, legalEvents } from '@/domain/workflow/transitions'
import { TIME_LIMITS } from '@/domain/workflow/timeLimits'
import { limitDeadline } from '@/domain/workflow/limitMath'
import type { ApplicationDetail, ApplicationSummary, TimeLimitLine } from '@/services/progressService'
import type { DemoCase, OfficeActionType } from '@/services/demoService'
import type { StoredApplication } from './mockDb'
import { maskIdNumberForList as maskIdNumber, maskPersonName as maskName } from '@/domain/masking'
import { materialLabel } from './materialLabels'

const CONSOLE_ACTIONS: OfficeActionType[] = [
  'accept',
  'request_supplement',
  'supplement_received',
  'start_verification',
  'start_investigation',
  'assess_self_care',
  'democratic_review',
  'publish',
  'object',
  'close_publicity',
  'grant_emergency_aid',
  'complete_paperwork',
  'approve',
  'refuse',
]

export function openSupplementItems(app: StoredApplication): string[] {
  if (app.case.status !== 'needs_supplement') return []
  const provided = new Set(app.supplementProvided.map((p) => p.item))
  return (app.case.supplementItems ?? []).filter((item) => !provided.has(item))
}

function nextStepOf(app: StoredApplication): string {
  if (app.case.status === 'needs_supplement' && openSupplementItems(app).length === 0)
    return '补正材料已经全部交齐，等待乡镇（街道）确认受理。'
  return nextStep(app.case)
}

export function summaryOf(app: StoredApplication): ApplicationSummary {
  return {
    reference: app.reference,
    programmes: [...app.payload.programmes],
    programmeLabel: PROGRAMME_LABELS[app.case.programme],
    status: app.case.status,
    statusLabel: STATUS_LABELS[app.case.status],
    nextStep: nextStepOf(app),
    submittedAt: app.case.submittedAt,
    applicantNameMasked: maskName(app.payload.applicant.name),
    idNumberMasked: maskIdNumber(app.payload.applicant.idNumber),
    openSupplementItems: openSupplementItems(app),
  }
}

function limitLine(f: SlaFigure | null): TimeLimitLine | null {
  if (!f) return null
  return {
    label: f.label,
    unit: f.unit,
    limitDays: f.limitDays,
    usedDays: f.usedDays,
    remainingDays: f.remainingDays,
    deadline: f.deadline,
    overdue: f.overdue,
    finished: f.finished,
    confidence: f.confidence,
    estimated: !f.calendarCovered,
  }
}

export function detailOf(app: StoredApplication, today: string, mine: boolean): ApplicationDetail {
  const c = app.case
  const sla = slaStatus(c, today)
  const holder = currentHolder(c)
  const approval = c.approval
  const monthly = approval?.firstPaymentMonth !== undefined
  const provided = new Set(app.supplementProvided.map((p) => p.item))
  return {
    ...summaryOf(app),
    receivingOffice: app.receivingOffice,
    holder,
    holderLabel:
      holder === null
        ? null
        : holder === 'applicant'
          ? '申请人（请补齐材料）'
          : (c.offices[holder] ?? OFFICE_LABELS[holder]),
    timeline: timeline(c, today).map((n) => ({
      id: n.id,
      label: n.label,
      state: n.state,
      optional: n.optional,
      office: n.office,
      officeLabel: n.office ? (n.officeName ?? OFFICE_LABELS[n.office]) : null,
      startedOn: n.startedOn,
      completedOn: n.completedOn,
      deadline: n.deadline,
      overdue: n.overdue,
      remark: n.remark,
    })),
    stepLimit: limitLine(sla.step),
    overallLimit: limitLine(sla.overall),
    log: c.log.map((e) => ({
      at: e.at,
      officeLabel: e.officeName ?? OFFICE_LABELS[e.level],
      action: e.action,
      result: e.result,
      remark: e.remark,
    })),
    supplementTodos:
      c.status === 'needs_supplement'
        ? (c.supplementItems ?? []).map((item) => ({ itemId: item, label: item, done: provided.has(item) }))
        : [],
    canWithdraw: mine && legalEvents(c.programme, c.status).includes('withdraw'),
    approval: approval
      ? {
          date: approval.date,
          amountFen: approval.amountFen ?? null,
          firstPaymentMonth: approval.firstPaymentMonth ?? null,
        }
      : null,
    aidCard:
      c.status === 'approved' && approval
        ? {
            category: PROGRAMME_LABELS[c.programme],
            amountFen: approval.amountFen ?? null,
            monthly,
            firstPaymentMonth: approval.firstPaymentMonth ?? null,
            paymentMethod: monthly
              ? '社会化发放：每月打入申请人本人的银行账户（社保卡或“一卡通”）'
              : '一次性打入申请人本人的银行账户',
            caseworkerMasked: maskName(app.caseworker),
            supervisionPhone: '12345',
          }
        : null,
    refusal: c.refusal
      ? {
          date: c.refusal.date,
          reasons: [...c.refusal.reasons],
          noticeDeadline: c.refusal.noticeDeadline,
          remedies: c.refusal.remedies.map((r) => ({
            label: r.label,
            timeLimit: r.timeLimit,
            confidence: r.confidence,
          })),
        }
      : null,
    withdrawal: c.withdrawal ? { ...c.withdrawal } : null,
    mine,
  }
}

export function demoCaseOf(app: StoredApplication): DemoCase {
  const c = app.case
  const legal = isTerminal(c.status) ? [] : legalEvents(c.programme, c.status)
  const limit = TIME_LIMITS[c.programme].publicity
  return {
    reference: app.reference,
    applicantNameMasked: maskName(app.payload.applicant.name),
    programmeLabel: PROGRAMME_LABELS[c.programme],
    status: c.status,
    statusLabel: STATUS_LABELS[c.status],
    actions: CONSOLE_ACTIONS.filter((a) => legal.includes(a)),
    estimatedMonthlyFen: app.estimatedMonthlyFen,
    materialsLater: app.payload.materials.filter((m) => m.status === 'later').map((m) => materialLabel(m.itemId)),
    publicityEndsAfter:
      c.status === 'publicity' && limit && c.publicityStartDate
        ? limitDeadline(limit, c.publicityStartDate).value
        : null,
  }
}
