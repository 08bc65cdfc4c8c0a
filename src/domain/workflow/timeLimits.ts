/**
 * Legal and reference time limits, with source and confidence (domain.md legend: ✅ verified, 🟡 secondary,
 * ❌ not verified). Nothing here is invented: a limit the domain doc does not give is simply absent, and
 * `basis: 'local_example'` marks a figure taken from one locality's rule, shown only as a reference.
 */
import type { CaseStatus, Confidence, Programme, RemedyInfo } from './types'

export type LimitUnit = 'working' | 'calendar'

/** The day a limit counts from, read from the handle log (or the case). */
export type LimitAnchor =
  | 'accepted' // the day the case entered `accepted` (accept or supplement_received)
  | 'publicity_start' // the start date of the current 公示 round
  | 'last_objection' // the day of the latest objection
  | 'entered_approval' // the day the case entered `approval_review`

export interface TimeLimit {
  id: string
  label: string
  days: number
  unit: LimitUnit
  anchor: LimitAnchor
  confidence: Confidence
  basis: 'national' | 'local_example'
  source: string
}

const SRC_DIBAO_START = 'domain.md §2.6 step 3 (涡阳; 鳌峰街道解读 of the 2021 低保审核确认办法)'
const SRC_TEKUN = 'domain.md §3 Procedure (district page following the 2021 特困人员认定办法)'
const SRC_OVERALL = 'domain.md §2.6 Overall (national 30/+15 via 2wbiao; local rules often shorter)'
const SRC_TEMP = 'domain.md §5 Local time-limit examples'

const VERIFICATION_START_DIBAO: TimeLimit = {
  id: 'verification_start',
  label: '受理后开始家庭经济状况调查（核对）',
  days: 3,
  unit: 'working',
  anchor: 'accepted',
  confidence: '🟡',
  basis: 'national',
  source: SRC_DIBAO_START,
}

/**
 * 公示 7 days: domain.md §2.6 step 4 (✅ "公示 7 days", many concordant sources) and §6 "初审公示中 (7天)". The doc writes
 * "working days" wherever it means them and plain "days" here, so these are calendar days (自然日).
 */
const PUBLICITY_7_DAYS: TimeLimit = {
  id: 'publicity',
  label: '初审公示',
  days: 7,
  unit: 'calendar',
  anchor: 'publicity_start',
  confidence: '✅',
  basis: 'national',
  source: 'domain.md §2.6 step 4; §6 row 4',
}

const OVERALL_DIBAO: TimeLimit = {
  id: 'overall',
  label: '办结时限（自受理之日起）',
  days: 30,
  unit: 'working',
  anchor: 'accepted',
  confidence: '🟡',
  basis: 'national',
  source: SRC_OVERALL,
}

/** 特殊情况 45 working days (domain.md §2.6 Overall, 🟡). */
export const OVERALL_DIBAO_EXTENDED_DAYS = 45

export interface ProgrammeLimits {
  /** Step limits that apply while the case is in a status. */
  step: Partial<Record<CaseStatus, TimeLimit>>
  overall?: TimeLimit
  /** When the 公示 may be closed; absent → no 公示 in this programme. */
  publicity?: TimeLimit
}

const DIBAO_LIMITS: ProgrammeLimits = {
  step: {
    accepted: VERIFICATION_START_DIBAO,
    publicity: PUBLICITY_7_DAYS,
  },
  overall: OVERALL_DIBAO,
  publicity: PUBLICITY_7_DAYS,
}

/** 低保边缘 / 刚性支出: the doc gives no time limits of their own, only the 公示 shared with the 低保 flow. */
const RECOGNITION_LIMITS: ProgrammeLimits = {
  step: { publicity: PUBLICITY_7_DAYS },
  publicity: PUBLICITY_7_DAYS,
}

const TEKUN_INVESTIGATION: TimeLimit = {
  id: 'tekun_investigation',
  label: '调查核实（自受理之日起）',
  days: 15,
  unit: 'working',
  anchor: 'accepted',
  confidence: '🟡',
  basis: 'national',
  source: SRC_TEKUN,
}

const TEKUN_LIMITS: ProgrammeLimits = {
  step: {
    // 信息核对 on the day of acceptance: 0 working days.
    accepted: {
      id: 'verification_start',
      label: '受理当日开始信息核对',
      days: 0,
      unit: 'working',
      anchor: 'accepted',
      confidence: '🟡',
      basis: 'national',
      source: SRC_TEKUN,
    },
    verification: TEKUN_INVESTIGATION,
    investigation: TEKUN_INVESTIGATION,
    review: TEKUN_INVESTIGATION,
    publicity: PUBLICITY_7_DAYS,
    approval_review: {
      id: 'tekun_confirmation',
      label: '审核确认（公示结束后）',
      days: 10,
      unit: 'working',
      anchor: 'entered_approval',
      confidence: '🟡',
      basis: 'national',
      source: `${SRC_TEKUN}; domain.md §12 item 6: 10 vs 15 working days unclear`,
    },
  },
  publicity: PUBLICITY_7_DAYS,
}

/** 特困: after an objection, re-investigate within 15 working days (domain.md §3, 🟡). Replaces the step limit. */
export const TEKUN_REINVESTIGATION: TimeLimit = {
  id: 'tekun_reinvestigation',
  label: '异议后重新调查核实',
  days: 15,
  unit: 'working',
  anchor: 'last_objection',
  confidence: '🟡',
  basis: 'national',
  source: SRC_TEKUN,
}

const TEMPORARY_PUBLICITY: TimeLimit = {
  id: 'publicity',
  label: '张榜公示',
  days: 5,
  unit: 'working',
  anchor: 'publicity_start',
  confidence: '🟡',
  basis: 'local_example',
  source: `${SRC_TEMP} (尖山区: 公示 5 working days)`,
}

const TEMPORARY_EXPENSE_OVERALL: TimeLimit = {
  id: 'overall',
  label: '办结时限（自受理之日起，参考）',
  days: 15,
  unit: 'working',
  anchor: 'accepted',
  confidence: '🟡',
  basis: 'local_example',
  source: `${SRC_TEMP} (尖山区: 15 working days end to end)`,
}

const TEMPORARY_EXPENSE_LIMITS: ProgrammeLimits = {
  step: { publicity: TEMPORARY_PUBLICITY },
  overall: TEMPORARY_EXPENSE_OVERALL,
  publicity: TEMPORARY_PUBLICITY,
}

/** 临时救助 approved by the 乡镇/街道 (delegated small amounts): 10 working days (domain.md §5, qingfeng, 🟡). */
export const TEMPORARY_EXPENSE_TOWNSHIP_OVERALL: TimeLimit = {
  ...TEMPORARY_EXPENSE_OVERALL,
  days: 10,
  source: `${SRC_TEMP} (qingfeng: 10 working days when the 乡镇 approves)`,
}

/** 急难型: 先行救助 is "immediate" (domain.md §6) — no numeric limit is documented. */
const TEMPORARY_EMERGENCY_LIMITS: ProgrammeLimits = { step: {} }

export const TIME_LIMITS: Record<Programme, ProgrammeLimits> = {
  dibao: DIBAO_LIMITS,
  dibao_edge: RECOGNITION_LIMITS,
  rigid_expense: RECOGNITION_LIMITS,
  tekun: TEKUN_LIMITS,
  temporary_expense: TEMPORARY_EXPENSE_LIMITS,
  temporary_emergency: TEMPORARY_EMERGENCY_LIMITS,
}

/** Written notice of a refusal, with reasons: 3 working days after the decision (domain.md §2.6 6b, §2.8). */
export const REFUSAL_NOTICE_WORKING_DAYS = 3

/** Remedies shown with every refusal (domain.md §2.8). The deadlines come from general law and are ❌ unverified. */
export const REFUSAL_REMEDIES: readonly RemedyInfo[] = [
  {
    kind: 'reconsideration',
    label: '申请行政复议',
    timeLimit: '自知道该决定之日起 60 日内',
    confidence: '❌',
    source: 'domain.md §2.8 (✅ 暂行办法第65条 gives the right; the 60-day limit is from general law, not verified)',
  },
  {
    kind: 'litigation',
    label: '提起行政诉讼',
    timeLimit: '自知道该决定之日起 6 个月内',
    confidence: '❌',
    source: 'domain.md §2.8 (✅ 暂行办法第65条 gives the right; the 6-month limit is from general law, not verified)',
  },
  {
    kind: 'local_review',
    label: '向上一级申请复查',
    timeLimit: '部分地方规定：收到决定后 30 日内',
    confidence: '🟡',
    source: 'domain.md §2.8 (a local rule: zuomama.com)',
  },
]
