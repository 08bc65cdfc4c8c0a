/**
 * Types of the legal workflow of one application case (申请案件). Pure data: no Taro, no React, no clock.
 * Dates are `YYYY-MM-DD` strings (China calendar dates); instants are ISO-8601 timestamps with an offset.
 * Money is integer fen (分).
 */

/**
 * The programmes this module knows. 低保边缘 and 刚性支出 follow the 低保 flow (docs/workflow.md);
 * 临时救助 is split by the two categories of 民发〔2018〕23号 (domain.md §5).
 */
export type Programme =
  | 'dibao' // 最低生活保障
  | 'dibao_edge' // 低保边缘家庭认定
  | 'rigid_expense' // 刚性支出困难家庭认定
  | 'tekun' // 特困人员救助供养
  | 'temporary_emergency' // 临时救助·急难型（先行救助）
  | 'temporary_expense' // 临时救助·支出型

export type CaseStatus =
  | 'submitted' // 已提交
  | 'needs_supplement' // 需补正
  | 'accepted' // 已受理
  | 'verification' // 家庭经济状况核对
  | 'investigation' // 入户调查
  | 'review' // 民主评议（可选）
  | 'publicity' // 初审公示
  | 'emergency_aid_granted' // 已先行救助（急难型）
  | 'approval_review' // 审核确认
  | 'approved' // 已确认
  | 'refused' // 不予确认
  | 'withdrawn' // 已撤回

/** 村/社区 · 乡镇/街道 · 县级民政. */
export type OfficeLevel = 'village' | 'township' | 'county'

/** Who has to act next: an office, the applicant, or nobody (the case is closed). */
export type Holder = OfficeLevel | 'applicant' | null

/** The six activities of daily living used for 特困 生活自理能力评估 (domain.md §3). */
export type DailyActivity = 'eating' | 'dressing' | 'transferring' | 'toileting' | 'indoor_walking' | 'bathing'

/** 具备 / 部分丧失 / 完全丧失 生活自理能力. */
export type SelfCareLevel = 'full' | 'partial_loss' | 'total_loss'

export type ReviewResult = 'support' | 'oppose'

export type WorkflowEvent =
  | { type: 'accept' }
  | { type: 'request_supplement'; items: string[] }
  | { type: 'supplement_received' }
  | { type: 'start_verification' }
  | { type: 'start_investigation'; findings?: string }
  | { type: 'assess_self_care'; unableActivities: DailyActivity[] }
  | { type: 'democratic_review'; result: ReviewResult; remark?: string }
  | { type: 'publish'; startDate: string }
  | { type: 'skip_publicity'; reason: string }
  | { type: 'object'; reason: string }
  | { type: 'close_publicity' }
  | { type: 'complete_paperwork'; remark?: string }
  | { type: 'approve'; date: string; amountFen?: number }
  | { type: 'refuse'; reasons: string[] }
  | { type: 'withdraw'; reason: string }
  | { type: 'grant_emergency_aid'; amountFen: number }
  | { type: 'extend_time_limit'; reason: string }

export type EventType = WorkflowEvent['type']

/** Who recorded a step and when. `at` is an ISO timestamp; the office level comes from the step itself. */
export interface TransitionContext {
  at: string
  officeName?: string
  remark?: string
}

export interface HandleLogEntry {
  seq: number
  at: string
  event: EventType
  from: CaseStatus
  to: CaseStatus
  level: OfficeLevel
  officeName?: string
  /** What was done, in Chinese (e.g. 「受理申请」). */
  action: string
  /** The outcome, in Chinese (e.g. 「进入初审公示」). */
  result: string
  remark?: string
}

export interface RemedyInfo {
  kind: 'reconsideration' | 'litigation' | 'local_review'
  label: string
  /** Plain-language time limit, e.g. 「自知道该决定之日起 60 日内」. */
  timeLimit: string
  confidence: Confidence
  source: string
}

export type Confidence = '✅' | '🟡' | '❌'

/** What an approval means for each programme (docs/workflow.md §Decisions). */
export type BenefitKind = 'monthly' | 'one_off' | 'recognition'

export interface Approval {
  date: string
  benefit: BenefitKind
  amountFen?: number
  /** `YYYY-MM`; only for monthly benefits: the month after the confirmation (domain.md §2.6 step 6a). */
  firstPaymentMonth?: string
}

export interface Refusal {
  date: string
  reasons: string[]
  /** Last working day for the written notice with reasons (3 working days, domain.md §2.6 6b). */
  noticeDeadline: string
  remedies: RemedyInfo[]
}

export interface SelfCareAssessment {
  date: string
  unableActivities: DailyActivity[]
  level: SelfCareLevel
}

export interface WorkflowCase {
  id: string
  programme: Programme
  status: CaseStatus
  submittedAt: string
  /** The application went in through the 村(居)委会 (entrusted, 暂行办法 第11条) or straight to the 乡镇/街道. */
  submittedVia: 'village' | 'township'
  offices: Partial<Record<OfficeLevel, string>>
  /** The county has delegated 审核确认 to the 乡镇/街道 (domain.md §2.6 step 5, §5). */
  approvalDelegatedToTownship: boolean
  /** 特困: minors are not posted in the 公示 (domain.md §3, 🟡). */
  subjectIsMinor: boolean
  supplementItems?: string[]
  investigationFindings?: string
  selfCare?: SelfCareAssessment
  /** Start date of the current or last 公示 round, and how many rounds there were. */
  publicityStartDate?: string
  publicityRounds: number
  reviewResult?: ReviewResult
  emergencyAid?: { date: string; amountFen: number }
  timeLimitExtended?: { date: string; reason: string }
  approval?: Approval
  refusal?: Refusal
  withdrawal?: { date: string; reason: string }
  log: HandleLogEntry[]
}

export type TransitionResult = { ok: true; case: WorkflowCase } | { ok: false; reason: string }
