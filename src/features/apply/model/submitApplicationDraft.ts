/**
 * Idempotent submission of a draft (security.md R3–R5). The idempotency key is made at the first press,
 * saved with the draft and written to storage before the request; retries reuse it. The draft is removed
 * only after the service acknowledges. A timeout or network failure leaves the draft "pending" with its key.
 * Everything it needs is injected, so it is tested with a fake service and a fake draft store.
 */
import type { ApplicationService, SubmitReceipt } from '@/services/applicationService'
import type { ServiceError } from '@/services/serviceErrors'
import type { ApplicationDraft, DraftSubmission, SubmittedApplication } from '@/domain/applicationDraft/draftSchema'
import { buildApplicationPayload } from './applicationPayloadBuilder'
import type { FieldErrors, StepId } from './applySteps'

export interface SubmitDependencies {
  service: Pick<ApplicationService, 'submit'>
  newKey: () => Promise<string>
  getDraft: (id: string) => ApplicationDraft | undefined
  setSubmission: (id: string, patch: Partial<DraftSubmission>) => void
  /** Persists the draft now (the key must be stored before the request leaves). */
  flush: () => void
  complete: (id: string, receipt: SubmittedApplication) => void
  today: string
}

export type SubmitOutcome =
  | { kind: 'submitted'; receipt: SubmittedApplication }
  | { kind: 'incomplete'; step: StepId; errors: FieldErrors }
  | { kind: 'pending'; message: string }
  | { kind: 'rejected'; error: ServiceError }
  | { kind: 'busy' }
  | { kind: 'missing' }

const PENDING_MESSAGE = '网络不太好，还不知道有没有提交成功。你的填写都保存着，请稍后点“重试”（不会重复提交）。'

export function receiptToSubmitted(receipt: SubmitReceipt, draft: ApplicationDraft): SubmittedApplication {
  return {
    reference: receipt.reference,
    submittedAt: receipt.submittedAt,
    programmes: [...draft.answers.programmes],
    townCode: receipt.receivingOffice.townCode,
    receivingOfficeName: receipt.receivingOffice.name,
  }
}

/** A submitter that ignores a second press while a request for the same draft is in flight. */
export function createDraftSubmitter(deps: SubmitDependencies) {
  const inFlight = new Set<string>()

  return async function submitDraft(draftId: string): Promise<SubmitOutcome> {
    if (inFlight.has(draftId)) return { kind: 'busy' }
    const draft = deps.getDraft(draftId)
    if (!draft) return { kind: 'missing' }
    const built = buildApplicationPayload(draft.answers, deps.today)
    if (!built.ok) return { kind: 'incomplete', step: built.step, errors: built.errors }

    inFlight.add(draftId)
    try {
      const idempotencyKey = draft.submission.idempotencyKey ?? (await deps.newKey())
      deps.setSubmission(draftId, { idempotencyKey, state: 'pending', errorMessage: null, existingReference: null })
      deps.flush()

      let result: Awaited<ReturnType<SubmitDependencies['service']['submit']>>
      try {
        result = await deps.service.submit({ idempotencyKey, payload: built.payload })
      } catch {
        result = { ok: false, error: { code: 'network', message: PENDING_MESSAGE } }
      }

      if (result.ok) {
        const submitted = receiptToSubmitted(result.value, draft)
        deps.complete(draftId, submitted)
        return { kind: 'submitted', receipt: submitted }
      }
      const error = result.error
      if (error.code === 'timeout' || error.code === 'network' || error.code === 'server') {
        deps.setSubmission(draftId, { state: 'pending', errorMessage: PENDING_MESSAGE })
        deps.flush()
        return { kind: 'pending', message: PENDING_MESSAGE }
      }
      // The service answered "no": this key's outcome is final, so a corrected retry needs a new key.
      deps.setSubmission(draftId, {
        idempotencyKey: null,
        state: 'failed',
        errorMessage: error.message,
        existingReference: error.existingReference ?? null,
      })
      deps.flush()
      return { kind: 'rejected', error }
    } finally {
      inFlight.delete(draftId)
    }
  }
}
