/**
 * Port: the demo console (演示). Plays the office side of a case and moves the demo clock. Only the demo
 * console page uses it, and only when process.env.TARO_APP_DEMO === 'on'.
 */
import type { ApplicationStatus } from './progressService'
import type { ServiceResult } from './serviceErrors'

export type OfficeAction =
  | { type: 'accept' }
  | { type: 'request_supplement'; items: string[] }
  | { type: 'supplement_received' }
  | { type: 'start_verification' }
  | { type: 'start_investigation'; findings?: string }
  | { type: 'democratic_review'; result: 'support' | 'oppose'; remark?: string }
  | { type: 'publish' }
  | { type: 'object'; reason: string }
  | { type: 'close_publicity' }
  | { type: 'approve'; amountFen?: number }
  | { type: 'refuse'; reasons: string[] }
  | { type: 'grant_emergency_aid'; amountFen: number }
  | { type: 'complete_paperwork'; remark?: string }
  | { type: 'assess_self_care'; unableActivities: string[] }

export type OfficeActionType = OfficeAction['type']

export interface DemoCase {
  reference: string
  applicantNameMasked: string
  programmeLabel: string
  status: ApplicationStatus
  statusLabel: string
  /** What the office can do now (the workflow table's legal events that the console offers). */
  actions: OfficeActionType[]
  /** From the server-side eligibility re-check, to prefill 审核确认 amounts; null when there is none. */
  estimatedMonthlyFen: number | null
  /** Materials the applicant marked 稍后提交: suggestions for a 补正 notice. */
  materialsLater: string[]
  /** Earliest date the 公示 may be closed, when one is running. */
  publicityEndsAfter: string | null
}

export interface DemoClock {
  now: string
  today: string
}

export interface DemoService {
  listCases(): Promise<ServiceResult<DemoCase[]>>
  act(reference: string, action: OfficeAction): Promise<ServiceResult<DemoCase>>
  clock(): Promise<ServiceResult<DemoClock>>
  /** Moves the demo clock forward by N working days (official calendar). */
  advanceWorkingDays(days: number): Promise<ServiceResult<DemoClock>>
  /** Wipes the demo database and seeds it again. */
  reset(): Promise<ServiceResult<DemoClock>>
}
