/**
 * createCase + applyTransition: the only way a case changes. Pure: the new case is returned, the old one is
 * untouched, and every accepted transition appends exactly one handle-log entry.
 */
import { chinaDateOf, isDate, isInstant, monthAfter } from './dates'
import { approverLevel, currentHolder } from './holder'
import { DAILY_ACTIVITY_LABELS, EVENT_LABELS, PROGRAMME_LABELS, SELF_CARE_LABELS, STATUS_LABELS } from './labels'
import { limitDeadline } from './limitMath'
import { REFUSAL_NOTICE_WORKING_DAYS, REFUSAL_REMEDIES, TIME_LIMITS } from './timeLimits'
import { isTerminal, targetOf, TRANSITIONS } from './transitions'
import type {
  BenefitKind,
  DailyActivity,
  EventType,
  OfficeLevel,
  Programme,
  SelfCareLevel,
  TransitionContext,
  TransitionResult,
  WorkflowCase,
  WorkflowEvent,
} from './types'
import { addWorkingDays } from './workingDays'

export interface NewCaseInput {
  id: string
  programme: Programme
  /** ISO timestamp of the submission. */
  submittedAt: string
  submittedVia?: 'village' | 'township'
  offices?: Partial<Record<OfficeLevel, string>>
  approvalDelegatedToTownship?: boolean
  subjectIsMinor?: boolean
}

export function createCase(input: NewCaseInput): WorkflowCase {
  if (!isInstant(input.submittedAt)) throw new RangeError(`createCase: submittedAt is not an ISO timestamp`)
  if (!(input.programme in TRANSITIONS)) throw new RangeError(`createCase: unknown programme ${input.programme}`)
  return {
    id: input.id,
    programme: input.programme,
    status: 'submitted',
    submittedAt: input.submittedAt,
    submittedVia: input.submittedVia ?? 'township',
    offices: { ...input.offices },
    approvalDelegatedToTownship: input.approvalDelegatedToTownship ?? false,
    subjectIsMinor: input.subjectIsMinor ?? false,
    publicityRounds: 0,
    log: [],
  }
}

/** What the approval of each programme means (docs/workflow.md, Decisions). */
const APPROVAL_RULES: Record<Programme, { benefit: BenefitKind; amount: 'required' | 'optional' }> = {
  dibao: { benefit: 'monthly', amount: 'required' },
  tekun: { benefit: 'monthly', amount: 'required' },
  dibao_edge: { benefit: 'recognition', amount: 'optional' },
  rigid_expense: { benefit: 'recognition', amount: 'optional' },
  temporary_expense: { benefit: 'one_off', amount: 'required' },
  temporary_emergency: { benefit: 'one_off', amount: 'optional' },
}

const DAILY_ACTIVITIES = Object.keys(DAILY_ACTIVITY_LABELS) as DailyActivity[]

/** 6 activities: all done alone = 具备; 1–3 not = 部分丧失; ≥ 4 not = 完全丧失 (domain.md §3, 🟡). */
export function selfCareLevel(unableCount: number): SelfCareLevel {
  if (unableCount === 0) return 'full'
  return unableCount <= 3 ? 'partial_loss' : 'total_loss'
}

type Fail = { ok: false; reason: string }
const fail = (reason: string): Fail => ({ ok: false, reason })

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  const items = value.map(text)
  if (items.length === 0 || items.some((x) => x === undefined)) return undefined
  return items as string[]
}

function positiveFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

function yuan(fen: number): string {
  return `${(fen / 100).toFixed(2)} 元`
}

/** The date of the latest thing that happened to the case (submission or last log entry). */
function lastDate(c: WorkflowCase): string {
  const last = c.log[c.log.length - 1]
  return chinaDateOf(last ? last.at : c.submittedAt)
}

function illegalReason(c: WorkflowCase, event: EventType): string {
  const action = EVENT_LABELS[event]
  if (isTerminal(c.status)) return `本案已「${STATUS_LABELS[c.status]}」，办理已经结束，不能再「${action}」。`
  const usedAnywhere = Object.values(TRANSITIONS[c.programme]).some((row) => row && event in row)
  if (!usedAnywhere) return `${PROGRAMME_LABELS[c.programme]}没有「${action}」这一步。`
  if (event === 'withdraw' && c.programme === 'temporary_emergency')
    return '已先行救助，救助金已经发放，补办手续由经办机构完成，不能撤回申请。'
  if (event === 'request_supplement')
    return c.status === 'needs_supplement'
      ? '补正材料应当一次性告知，补正通知已经发出，不能再次要求补正。'
      : '申请已经受理，补正材料只能在受理前一次性告知。'
  return `当前状态是「${STATUS_LABELS[c.status]}」，不能「${action}」。`
}

/** The log's office level for an event: fixed by the step (domain.md §2.6), the approver, or whoever holds it. */
function levelFor(c: WorkflowCase, event: EventType): OfficeLevel {
  if (event === 'approve' || event === 'refuse') return approverLevel(c)
  if (event === 'withdraw' || event === 'extend_time_limit') {
    const holder = currentHolder(c)
    return holder === 'applicant' || holder === null ? 'township' : holder
  }
  return 'township'
}

interface Effect {
  patch: Partial<WorkflowCase>
  result?: string
  remark?: string
}

/** Validates the payload and works out what it changes. */
/** 特困: the 生活自理能力评估 must be on file before the 调查核实 ends (docs/workflow.md, Decisions). */
const ENDS_TEKUN_INVESTIGATION: EventType[] = ['publish', 'democratic_review', 'skip_publicity']

function effectOf(c: WorkflowCase, event: WorkflowEvent, date: string): Effect | Fail {
  if (c.programme === 'tekun' && c.status === 'investigation' && ENDS_TEKUN_INVESTIGATION.includes(event.type))
    if (!c.selfCare) return fail('特困人员认定须先完成生活自理能力评估，才能结束调查核实。')
  switch (event.type) {
    case 'accept':
    case 'supplement_received':
    case 'start_verification':
      return { patch: {} }
    case 'request_supplement': {
      const items = textList(event.items)
      if (!items) return fail('补正通知必须列出至少一项需要补充的材料，且每一项都不能为空。')
      if (new Set(items).size !== items.length) return fail('补正通知中有重复的材料。')
      return { patch: { supplementItems: items }, remark: items.join('、') }
    }
    case 'start_investigation': {
      if (event.findings !== undefined && typeof event.findings !== 'string') return fail('核对结果摘要必须是文字。')
      const findings = text(event.findings)
      return { patch: findings ? { investigationFindings: findings } : {}, remark: findings }
    }
    case 'assess_self_care': {
      const unable = event.unableActivities
      if (!Array.isArray(unable) || unable.some((a) => !DAILY_ACTIVITIES.includes(a)))
        return fail('生活自理能力评估只能填写进食、穿衣、上下床、如厕、室内行走、洗澡六项。')
      if (new Set(unable).size !== unable.length) return fail('生活自理能力评估中有重复的项目。')
      const level = selfCareLevel(unable.length)
      const names = unable.map((a) => DAILY_ACTIVITY_LABELS[a]).join('、')
      return {
        patch: { selfCare: { date, unableActivities: [...unable], level } },
        result: SELF_CARE_LABELS[level],
        remark: names ? `不能独立完成：${names}` : '六项均能独立完成',
      }
    }
    case 'democratic_review': {
      if (event.result !== 'support' && event.result !== 'oppose')
        return fail('民主评议结果只能是「同意」或「不同意」。')
      return {
        patch: { reviewResult: event.result },
        result: event.result === 'support' ? '评议多数同意' : '评议多数不同意',
        remark: text(event.remark),
      }
    }
    case 'publish': {
      if (!isDate(event.startDate)) return fail('公示开始日期无效，应为 YYYY-MM-DD。')
      if (event.startDate < lastDate(c)) return fail('公示开始日期不能早于上一步办理日期。')
      const limit = TIME_LIMITS[c.programme].publicity
      const until = limit ? `，至 ${limitDeadline(limit, event.startDate).value}` : ''
      return {
        patch: { publicityStartDate: event.startDate, publicityRounds: c.publicityRounds + 1 },
        result: `第 ${c.publicityRounds + 1} 次公示，自 ${event.startDate} 起${until}`,
      }
    }
    case 'skip_publicity': {
      if (!c.subjectIsMinor) return fail('只有未成年人的特困申请可以不公示。')
      const reason = text(event.reason)
      if (!reason) return fail('不予公示必须写明理由。')
      return { patch: {}, remark: reason }
    }
    case 'object': {
      const reason = text(event.reason)
      if (!reason) return fail('异议必须写明内容。')
      if (c.publicityStartDate && date < c.publicityStartDate) return fail('公示开始之前不能登记异议。')
      return { patch: {}, result: '退回重新调查，调查后重新公示', remark: reason }
    }
    case 'close_publicity': {
      const limit = TIME_LIMITS[c.programme].publicity
      if (!limit || !c.publicityStartDate) return fail('没有公示开始日期，不能结束公示。')
      const lastDay = limitDeadline(limit, c.publicityStartDate).value
      if (date <= lastDay) {
        const unit = limit.unit === 'calendar' ? '天' : '个工作日'
        return fail(`公示期为 ${limit.days} ${unit}，至 ${lastDay} 结束，公示期满前不能结束公示。`)
      }
      return { patch: {} }
    }
    case 'complete_paperwork':
      return { patch: {}, result: '补办手续完成，报审核确认', remark: text(event.remark) }
    case 'approve': {
      const rule = APPROVAL_RULES[c.programme]
      if (!isDate(event.date)) return fail('确认日期无效，应为 YYYY-MM-DD。')
      if (event.date < lastDate(c)) return fail('确认日期不能早于上一步办理日期。')
      if (event.date > date) return fail('确认日期不能晚于登记日期。')
      if (event.amountFen === undefined ? rule.amount === 'required' : !positiveFen(event.amountFen))
        return fail('救助金额必须是大于 0 的整数（单位：分）。')
      const monthly = rule.benefit === 'monthly' || (rule.benefit === 'recognition' && event.amountFen !== undefined)
      const firstPaymentMonth = monthly ? monthAfter(event.date) : undefined
      const amount = event.amountFen === undefined ? '' : `${monthly ? '每月 ' : ''}${yuan(event.amountFen)}`
      return {
        patch: {
          approval: { date: event.date, benefit: rule.benefit, amountFen: event.amountFen, firstPaymentMonth },
        },
        result: [`同意（${event.date}）`, amount, firstPaymentMonth ? `${firstPaymentMonth} 起发放` : '']
          .filter(Boolean)
          .join('，'),
      }
    }
    case 'refuse': {
      const reasons = textList(event.reasons)
      if (!reasons) return fail('不予确认必须书面说明至少一条理由。')
      const noticeDeadline = addWorkingDays(date, REFUSAL_NOTICE_WORKING_DAYS).value
      return {
        patch: { refusal: { date, reasons, noticeDeadline, remedies: [...REFUSAL_REMEDIES] } },
        result: `不予确认，书面理由应于 ${noticeDeadline} 前送达`,
        remark: reasons.join('；'),
      }
    }
    case 'withdraw': {
      const reason = text(event.reason)
      if (!reason) return fail('撤回申请需要写明原因。')
      return { patch: { withdrawal: { date, reason } }, result: '申请已撤回', remark: reason }
    }
    case 'grant_emergency_aid':
      if (!positiveFen(event.amountFen)) return fail('先行救助金额必须是大于 0 的整数（单位：分）。')
      return {
        patch: { emergencyAid: { date, amountFen: event.amountFen } },
        result: `已发放 ${yuan(event.amountFen)}`,
      }
    case 'extend_time_limit': {
      if (c.timeLimitExtended) return fail('办结时限已经延长过一次，不能再次延长。')
      const reason = text(event.reason)
      if (!reason) return fail('延长办结时限必须写明特殊情况。')
      return { patch: { timeLimitExtended: { date, reason } }, result: '办结时限延长至 45 个工作日', remark: reason }
    }
  }
}

export function applyTransition(c: WorkflowCase, event: WorkflowEvent, context: TransitionContext): TransitionResult {
  const type = event?.type
  if (typeof type !== 'string' || !(type in EVENT_LABELS)) return fail('无法识别的办理事项。')
  if (!isInstant(context?.at)) return fail('办理时间无效，应为带时区的 ISO 时间。')
  const previousAt = c.log.length > 0 ? c.log[c.log.length - 1].at : c.submittedAt
  if (Date.parse(context.at) < Date.parse(previousAt)) return fail('办理时间不能早于上一条办理记录。')

  const to = targetOf(c.programme, c.status, type)
  if (to === undefined) return fail(illegalReason(c, type))

  const date = chinaDateOf(context.at)
  const effect = effectOf(c, event, date)
  if ('ok' in effect) return effect

  const level = levelFor(c, type)
  const remark = [effect.remark, text(context.remark)].filter(Boolean).join('；') || undefined
  const entry = {
    seq: c.log.length + 1,
    at: context.at,
    event: type,
    from: c.status,
    to,
    level,
    officeName: text(context.officeName) ?? c.offices[level],
    action: EVENT_LABELS[type],
    result: effect.result ?? (to === c.status ? '已登记' : `进入「${STATUS_LABELS[to]}」`),
    remark,
  }
  return { ok: true, case: { ...c, ...effect.patch, status: to, log: [...c.log, entry] } }
}
