/**
 * Port: following an application (进度查询). Names and ID numbers only ever come back masked.
 */
import type { ProgrammeId } from './applicationPayload'
import type { ServiceResult } from './serviceErrors'

export type ApplicationStatus =
  | 'submitted'
  | 'needs_supplement'
  | 'accepted'
  | 'verification'
  | 'investigation'
  | 'review'
  | 'publicity'
  | 'emergency_aid_granted'
  | 'approval_review'
  | 'approved'
  | 'refused'
  | 'withdrawn'

export type OfficeLevel = 'village' | 'township' | 'county'

export interface ApplicationSummary {
  reference: string
  programmes: ProgrammeId[]
  /** The programme whose procedure the case follows, in words (e.g. 最低生活保障（低保）). */
  programmeLabel: string
  status: ApplicationStatus
  statusLabel: string
  /** One or two plain sentences: what happens next and what the applicant can do. */
  nextStep: string
  submittedAt: string
  applicantNameMasked: string
  idNumberMasked: string
  /** Open 补正 items the applicant still has to provide. */
  openSupplementItems: string[]
}

export interface TimelineEntry {
  id: string
  label: string
  state: 'done' | 'current' | 'upcoming' | 'skipped'
  optional: boolean
  office: OfficeLevel | null
  officeLabel: string | null
  startedOn?: string
  completedOn?: string
  deadline?: string
  overdue?: boolean
  remark?: string
}

export interface TimeLimitLine {
  label: string
  unit: 'working' | 'calendar'
  limitDays: number
  usedDays: number
  remainingDays: number
  deadline: string
  overdue: boolean
  finished: boolean
  confidence: '✅' | '🟡' | '❌'
  /** True when the official holiday calendar did not cover every day (Mon–Fri assumed). */
  estimated: boolean
}

export interface HandleLogLine {
  at: string
  officeLabel: string
  action: string
  result: string
  remark?: string
}

export interface RemedyLine {
  label: string
  timeLimit: string
  confidence: '✅' | '🟡' | '❌'
}

/** 救助明白卡: what was granted, how it is paid, who handled it (masked) and where to complain. */
export interface AidCardDto {
  category: string
  amountFen: number | null
  monthly: boolean
  firstPaymentMonth: string | null
  paymentMethod: string
  caseworkerMasked: string
  supervisionPhone: string
}

export interface SupplementTodo {
  itemId: string
  label: string
  done: boolean
}

export interface ApplicationDetail extends ApplicationSummary {
  receivingOffice: { townCode: string; name: string | null }
  /** Who has to act now: an office, the applicant, or nobody (closed). */
  holder: OfficeLevel | 'applicant' | null
  holderLabel: string | null
  timeline: TimelineEntry[]
  stepLimit: TimeLimitLine | null
  overallLimit: TimeLimitLine | null
  log: HandleLogLine[]
  supplementTodos: SupplementTodo[]
  canWithdraw: boolean
  approval: { date: string; amountFen: number | null; firstPaymentMonth: string | null } | null
  aidCard: AidCardDto | null
  refusal: { date: string; reasons: string[]; noticeDeadline: string; remedies: RemedyLine[] } | null
  withdrawal: { date: string; reason: string } | null
  /** From this device (mine) or found by reference + ID tail (代办). */
  mine: boolean
}

export interface ProgressQuery {
  reference: string
  /** The last 6 characters of the applicant's ID number. */
  idNumberLast6: string
}

export interface ProgressService {
  /** Applications submitted from this device, newest first. */
  listMine(): Promise<ServiceResult<ApplicationSummary[]>>
  /** Detail of an application of this device, or one opened by query in this session. */
  detail(reference: string): Promise<ServiceResult<ApplicationDetail>>
  /** Find an application made elsewhere (代办): reference + last 6 ID characters. */
  query(query: ProgressQuery): Promise<ServiceResult<ApplicationDetail>>
}
