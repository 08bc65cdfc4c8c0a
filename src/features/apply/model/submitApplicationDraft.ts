/**
 * Idempotent submission of a draft (security.md R3–R5). The idempotency key is made at the first press,
 * saved with the draft together with the payload it is sent with, and written to storage before the
 * request; retries reuse both. The draft is removed
 * only after the service acknowledges. A timeout or network failure leaves the draft "pending" with its key.
 * Everything it needs is injected, so it is tested with a fake service and a fake draft store.
 */
import type { ApplicationService, SubmitReceipt } from '@/services/applicationService'
import type { ServiceError } from '@/services/serviceErrors'
import type { ApplicationDraft, DraftSubmission, SubmittedApplication } from '@/domain/applicationDraft/draftSchema'
import type { ApplicationPayload } from '@/services/applicationPayload'
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
  | {
      kind: 'submitted'
      receipt: SubmittedApplication
      /**
       * The office has what was sent at the earlier press, and the answers were changed after it: those
       * changes are not in the application (the person is told how to correct them).
       */
      editsNotIncluded: boolean
    }
  | { kind: 'incomplete'; step: StepId; errors: FieldErrors }
  | { kind: 'pending'; message: string }
  | { kind: 'rejected'; error: ServiceError }
  | { kind: 'busy' }
  | { kind: 'missing' }

const PENDING_MESSAGE = '网络不太好，还不知道有没有提交成功。你的填写都保存着，请稍后点“重试提交”（不会重复提交）。'
const UNRESOLVED_MESSAGE =
  '乡镇（街道）可能已经收到了这份申请的早些时候的内容，但手机没能确认。请先到“进度”里查看，或者联系户籍所在地的乡镇（街道）。'

export function receiptToSubmitted(receipt: SubmitReceipt, payload: ApplicationPayload): SubmittedApplication {
  return {
    reference: receipt.reference,
    submittedAt: receipt.submittedAt,
    programmes: [...payload.programmes],
    townCode: receipt.receivingOffice.townCode,
    receivingOfficeName: receipt.receivingOffice.name,
  }
}

/** Order-independent for object keys, so that a payload read back from storage compares equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function samePayload(a: ApplicationPayload, b: ApplicationPayload): boolean {
  return canonical(a) === canonical(b)
}

/** What a retry will re-send first: the payload saved with the key of a submission whose outcome is unknown. */
export function pendingSubmission(draft: ApplicationDraft): { key: string; payload: ApplicationPayload } | null {
  const s = draft.submission
  return s.state === 'pending' && s.idempotencyKey !== null && s.sentPayload !== null
    ? { key: s.idempotencyKey, payload: s.sentPayload }
    : null
}

/** The answers were changed after the press whose outcome is still unknown. */
export function editedSincePendingSubmission(draft: ApplicationDraft, today: string): boolean {
  const pending = pendingSubmission(draft)
  if (!pending) return false
  const built = buildApplicationPayload(draft.answers, today)
  return !built.ok || !samePayload(built.payload, pending.payload)
}

const isTransient = (error: ServiceError) =>
  error.code === 'timeout' || error.code === 'network' || error.code === 'server'

/**
 * A submitter that ignores a second press while a request for the same draft is in flight.
 *
 * A retry while a submission is pending first re-sends exactly the saved payload with the saved key, so the
 * outcome of that earlier press is resolved whatever was edited since: if the office has it, the stored
 * answer (its reference) comes back. Only a definite "no" to that payload (not a timeout or network error)
 * frees the draft for a new key with the edited answers. The key and the payload are written to storage
 * together, before each request.
 */
export function createDraftSubmitter(deps: SubmitDependencies) {
  const inFlight = new Set<string>()

  async function send(idempotencyKey: string, payload: ApplicationPayload) {
    try {
      return await deps.service.submit({ idempotencyKey, payload })
    } catch {
      return { ok: false as const, error: { code: 'network' as const, message: PENDING_MESSAGE } }
    }
  }

  function stillPending(draftId: string): SubmitOutcome {
    deps.setSubmission(draftId, { state: 'pending', errorMessage: PENDING_MESSAGE })
    deps.flush()
    return { kind: 'pending', message: PENDING_MESSAGE }
  }

  function refused(draftId: string, error: ServiceError, message = error.message): SubmitOutcome {
    // The service answered "no": this key's outcome is final, so a corrected retry needs a new key.
    deps.setSubmission(draftId, {
      idempotencyKey: null,
      sentPayload: null,
      state: 'failed',
      errorMessage: message,
      existingReference: error.existingReference ?? null,
    })
    deps.flush()
    return { kind: 'rejected', error: { ...error, message } }
  }

  function submitted(draftId: string, receipt: SubmitReceipt, payload: ApplicationPayload, edited: boolean) {
    const done = receiptToSubmitted(receipt, payload)
    deps.complete(draftId, done)
    return { kind: 'submitted' as const, receipt: done, editsNotIncluded: edited }
  }

  return async function submitDraft(draftId: string): Promise<SubmitOutcome> {
    if (inFlight.has(draftId)) return { kind: 'busy' }
    const draft = deps.getDraft(draftId)
    if (!draft) return { kind: 'missing' }
    const built = buildApplicationPayload(draft.answers, deps.today)
    const earlier = pendingSubmission(draft)

    inFlight.add(draftId)
    try {
      if (earlier) {
        const edited = !built.ok || !samePayload(built.payload, earlier.payload)
        const result = await send(earlier.key, earlier.payload)
        if (result.ok) return submitted(draftId, result.value, earlier.payload, edited)
        if (isTransient(result.error)) return stillPending(draftId)
        // The office holds something else under this key: never make a second application around it.
        if (result.error.code === 'idempotency_conflict') return refused(draftId, result.error, UNRESOLVED_MESSAGE)
        // A definite "no" to what was sent earlier: the office does not have it.
        if (!edited) return refused(draftId, result.error)
        deps.setSubmission(draftId, { idempotencyKey: null, sentPayload: null, state: 'idle', errorMessage: null })
        deps.flush()
        if (!built.ok) return { kind: 'incomplete', step: built.step, errors: built.errors }
      } else if (!built.ok) {
        return { kind: 'incomplete', step: built.step, errors: built.errors }
      }

      const payload = built.payload
      // A version 1 draft that was pending has a key but no saved payload: it keeps its key.
      const current = deps.getDraft(draftId)?.submission
      // Deleted while the earlier request was out (consent withdrawn): the edited answers are not sent.
      if (!current) return { kind: 'missing' }
      const reusable = current.state === 'pending' ? current.idempotencyKey : null
      const idempotencyKey = reusable ?? (await deps.newKey())
      deps.setSubmission(draftId, {
        idempotencyKey,
        sentPayload: payload,
        state: 'pending',
        errorMessage: null,
        existingReference: null,
      })
      deps.flush()

      const result = await send(idempotencyKey, payload)
      if (result.ok) return submitted(draftId, result.value, payload, false)
      if (isTransient(result.error)) return stillPending(draftId)
      if (result.error.code === 'idempotency_conflict') return refused(draftId, result.error, UNRESOLVED_MESSAGE)
      return refused(draftId, result.error)
    } finally {
      inFlight.delete(draftId)
    }
  }
}
