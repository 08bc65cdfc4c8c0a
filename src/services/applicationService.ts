/**
 * Port: submitting and changing an application. The backend re-validates everything and decides every
 * status itself; the client never sends a status.
 */
import type { ApplicationPayload } from './applicationPayload'
import type { ServiceResult } from './serviceErrors'

export interface SubmitRequest {
  /** Made when the user first presses 提交, saved with the draft, reused on every retry (security.md R3). */
  idempotencyKey: string
  payload: ApplicationPayload
}

export interface SubmitReceipt {
  /** e.g. SX202611260001: no personal data in it; safe in a URL. */
  reference: string
  /** ISO timestamp. */
  submittedAt: string
  /** The 乡镇/街道 of the applicant's 户籍地 that receives the application. */
  receivingOffice: { townCode: string; name: string | null }
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean
}

export interface WithdrawRequest {
  reference: string
  reason: string
}

export interface SupplementRequest {
  reference: string
  /** Each item of the 补正 notice that is now provided. */
  items: { itemId: string; how: 'uploaded' | 'at_window'; fileIds: string[] }[]
}

export interface ApplicationService {
  submit(request: SubmitRequest): Promise<ServiceResult<SubmitReceipt>>
  withdraw(request: WithdrawRequest): Promise<ServiceResult<{ reference: string }>>
  supplement(request: SupplementRequest): Promise<ServiceResult<{ reference: string; remaining: string[] }>>
}
