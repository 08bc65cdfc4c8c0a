import { createDraftSubmitter, type SubmitDependencies } from '@/features/apply/model/submitApplicationDraft'
import type { ApplicationDraft, DraftSubmission, SubmittedApplication } from '@/domain/applicationDraft/draftSchema'
import type { SubmitRequest, SubmitReceipt } from '@/services/applicationService'
import type { ServiceResult } from '@/services/serviceErrors'
import { TODAY, threePersonAnswers } from '../../support/applicationFixtures'

const receipt: SubmitReceipt = {
  reference: 'SX202603150001',
  submittedAt: '2026-03-15T02:00:00.000Z',
  receivingOffice: { townCode: '141124100', name: '城庄镇' },
  replayed: false,
}

function harness(answer: (req: SubmitRequest) => Promise<ServiceResult<SubmitReceipt>>) {
  const drafts: Record<string, ApplicationDraft> = {
    d: {
      id: 'd',
      createdAt: '2026-03-15T00:00:00.000Z',
      updatedAt: '2026-03-15T00:00:00.000Z',
      step: 'review',
      prefilledFromPrecheck: false,
      answers: threePersonAnswers(),
      submission: { idempotencyKey: null, state: 'idle', errorMessage: null, existingReference: null },
    },
  }
  const log: string[] = []
  const requests: SubmitRequest[] = []
  const completed: SubmittedApplication[] = []
  let keys = 0
  const deps: SubmitDependencies = {
    service: {
      submit: (req) => {
        log.push(`request:${req.idempotencyKey}`)
        requests.push(req)
        return answer(req)
      },
    },
    newKey: async () => `key-${++keys}`,
    getDraft: (id) => drafts[id],
    setSubmission: (id, patch: Partial<DraftSubmission>) => {
      drafts[id] = { ...drafts[id], submission: { ...drafts[id].submission, ...patch } }
    },
    flush: () => log.push(`flush:${drafts.d?.submission.idempotencyKey}`),
    complete: (id, r) => {
      completed.push(r)
      delete drafts[id]
    },
    today: TODAY,
  }
  return { submit: createDraftSubmitter(deps), drafts, log, requests, completed }
}

describe('submitting a draft', () => {
  it('saves the key with the draft before the request, then removes the draft only on acknowledgement', async () => {
    const h = harness(async () => ({ ok: true, value: receipt }))
    const outcome = await h.submit('d')
    expect(outcome.kind).toBe('submitted')
    expect(h.log.slice(0, 2)).toEqual(['flush:key-1', 'request:key-1'])
    expect(h.completed.map((r) => r.reference)).toEqual(['SX202603150001'])
    expect(h.drafts.d).toBeUndefined()
  })

  it('a double tap sends one request', async () => {
    let release: (v: ServiceResult<SubmitReceipt>) => void = () => undefined
    const h = harness(() => new Promise((resolve) => (release = resolve)))
    const first = h.submit('d')
    const second = await h.submit('d')
    expect(second.kind).toBe('busy')
    release({ ok: true, value: receipt })
    expect((await first).kind).toBe('submitted')
    expect(h.requests).toHaveLength(1)
  })

  it('a timeout leaves the draft pending with its key; the retry reuses the key', async () => {
    let calls = 0
    const h = harness(async () =>
      ++calls === 1
        ? { ok: false, error: { code: 'timeout', message: '超时' } }
        : { ok: true, value: { ...receipt, replayed: true } },
    )
    expect((await h.submit('d')).kind).toBe('pending')
    expect(h.drafts.d.submission).toMatchObject({ state: 'pending', idempotencyKey: 'key-1' })
    expect((await h.submit('d')).kind).toBe('submitted')
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-1'])
  })

  it('a thrown network error is treated as pending, not lost', async () => {
    const h = harness(async () => {
      throw new Error('offline')
    })
    expect((await h.submit('d')).kind).toBe('pending')
    expect(h.drafts.d.answers.programmes).toEqual(['dibao'])
  })

  it('duplicate_active keeps the draft and remembers the existing reference; the next try gets a new key', async () => {
    const h = harness(async () => ({
      ok: false,
      error: { code: 'duplicate_active', message: '已有在办申请', existingReference: 'SX0001' },
    }))
    const outcome = await h.submit('d')
    expect(outcome.kind).toBe('rejected')
    expect(h.drafts.d.submission).toMatchObject({ state: 'failed', existingReference: 'SX0001', idempotencyKey: null })
    await h.submit('d')
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-2'])
  })

  it('an incomplete draft is not sent', async () => {
    const h = harness(async () => ({ ok: true, value: receipt }))
    h.drafts.d.answers.consents.incomeAndAssets = false
    expect(await h.submit('d')).toMatchObject({ kind: 'incomplete', step: 'consent' })
    expect(h.requests).toHaveLength(0)
  })
})
