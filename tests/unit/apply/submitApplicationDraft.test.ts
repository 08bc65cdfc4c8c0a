import { createDraftSubmitter, type SubmitDependencies } from '@/features/apply/model/submitApplicationDraft'
import type { ApplicationDraft, DraftSubmission, SubmittedApplication } from '@/domain/applicationDraft/draftSchema'
import type { SubmitRequest, SubmitReceipt } from '@/services/applicationService'
import type { ServiceResult } from '@/services/serviceErrors'
import type { ApplicationPayload } from '@/services/applicationPayload'
import { createMockBackend } from '@mock/mockBackend'
import { readDb } from '@mock/mockDb'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
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
      submission: {
        idempotencyKey: null,
        state: 'idle',
        errorMessage: null,
        existingReference: null,
        sentPayload: null,
      },
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
    newKey: async () => `submit-key-${++keys}`,
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

/** The harness over the real mock backend (in memory), with its failure injection. */
function overMockBackend() {
  const store = createKeyValueStore(createMemoryBackend())
  const backend = createMockBackend({
    store,
    deviceToken: 'e'.repeat(32),
    now: () => Date.parse(`${TODAY}T02:00:00.000Z`),
    seed: false,
  })
  const h = harness((req) => backend.services.applications.submit(req))
  const applications = () => {
    const load = readDb(store)
    return load.kind === 'loaded' ? load.db.applications : []
  }
  const edit = (address: string) => {
    const d = h.drafts.d
    h.drafts.d = { ...d, answers: { ...d.answers, applicant: { ...d.answers.applicant, address } } }
  }
  return { ...h, backend, applications, edit }
}

const addressOf = (p: ApplicationPayload) => p.applicant.address

describe('submitting a draft', () => {
  it('saves the key with the draft before the request, then removes the draft only on acknowledgement', async () => {
    const h = harness(async () => ({ ok: true, value: receipt }))
    const outcome = await h.submit('d')
    expect(outcome.kind).toBe('submitted')
    expect(h.log.slice(0, 2)).toEqual(['flush:submit-key-1', 'request:submit-key-1'])
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
    expect(h.drafts.d.submission).toMatchObject({ state: 'pending', idempotencyKey: 'submit-key-1' })
    expect((await h.submit('d')).kind).toBe('submitted')
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1', 'submit-key-1'])
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
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1', 'submit-key-2'])
  })

  it('an incomplete draft is not sent', async () => {
    const h = harness(async () => ({ ok: true, value: receipt }))
    h.drafts.d.answers.consents.incomeAndAssets = false
    expect(await h.submit('d')).toMatchObject({ kind: 'incomplete', step: 'consent' })
    expect(h.requests).toHaveLength(0)
  })

  it('saves the payload with the key before the request', async () => {
    const h = harness(async () => ({ ok: false, error: { code: 'timeout', message: '超时' } }))
    expect((await h.submit('d')).kind).toBe('pending')
    expect(h.drafts.d.submission.sentPayload).toEqual(h.requests[0].payload)
  })
})

describe('a retry after the answer was lost and the draft was edited', () => {
  it('re-sends what was sent first and gets the original reference; the edit is reported as not included', async () => {
    const h = overMockBackend()
    h.backend.faults.failNext('timeout', 'after') // the office receives it, the answer is lost
    expect((await h.submit('d')).kind).toBe('pending')
    expect(h.applications()).toHaveLength(1)
    const reference = h.applications()[0].reference

    h.edit('城庄镇某村 5 组 1 号')
    const outcome = await h.submit('d')
    expect(outcome).toMatchObject({ kind: 'submitted', receipt: { reference }, editsNotIncluded: true })
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1', 'submit-key-1'])
    expect(h.requests.map((r) => addressOf(r.payload))).toEqual(['城庄镇某村 3 组 12 号', '城庄镇某村 3 组 12 号'])
    expect(h.applications()).toHaveLength(1)
    expect(h.completed.map((r) => r.reference)).toEqual([reference])
    expect(h.drafts.d).toBeUndefined()
  })

  it('without an edit, the confirmation does not mention edits', async () => {
    const h = overMockBackend()
    h.backend.faults.failNext('timeout', 'after')
    await h.submit('d')
    expect(await h.submit('d')).toMatchObject({ kind: 'submitted', editsNotIncluded: false })
  })

  it('when the office refuses what was sent (it does not have it), the edited answers go with a new key', async () => {
    const answers: ServiceResult<SubmitReceipt>[] = [
      { ok: false, error: { code: 'timeout', message: '超时' } },
      { ok: false, error: { code: 'validation', message: '有些内容需要修改', fieldErrors: [] } },
      { ok: true, value: receipt },
    ]
    const h = harness(async () => answers.shift() as ServiceResult<SubmitReceipt>)
    expect((await h.submit('d')).kind).toBe('pending')
    h.drafts.d = {
      ...h.drafts.d,
      answers: { ...h.drafts.d.answers, applicant: { ...h.drafts.d.answers.applicant, address: '改过的地址 1 号' } },
    }
    const outcome = await h.submit('d')
    expect(outcome).toMatchObject({ kind: 'submitted', editsNotIncluded: false })
    expect(h.requests.map((r) => [r.idempotencyKey, addressOf(r.payload)])).toEqual([
      ['submit-key-1', '城庄镇某村 3 组 12 号'],
      ['submit-key-1', '城庄镇某村 3 组 12 号'],
      ['submit-key-2', '改过的地址 1 号'],
    ])
    // The new key was saved with the edited payload before its request.
    expect(h.log).toContain('flush:submit-key-2')
  })

  it('timeout before the office got it → edit → retry: one application, and the person learns which content it has', async () => {
    const h = overMockBackend()
    h.backend.faults.failNext('timeout', 'before') // never arrived
    expect((await h.submit('d')).kind).toBe('pending')
    expect(h.applications()).toHaveLength(0)
    h.edit('城庄镇某村 5 组 1 号')
    // The retry cannot tell "never arrived" from "arrived" without sending: it re-sends the pressed content.
    const outcome = await h.submit('d')
    expect(outcome).toMatchObject({ kind: 'submitted', editsNotIncluded: true })
    expect(h.applications().map((a) => addressOf(a.payload))).toEqual(['城庄镇某村 3 组 12 号'])
  })

  it('a definite refusal of unchanged content is final: the key is dropped and the draft kept', async () => {
    const h = harness(async (req) =>
      req.idempotencyKey === 'submit-key-1' && h.requests.length === 1
        ? { ok: false, error: { code: 'network', message: '断网' } }
        : { ok: false, error: { code: 'validation', message: '有些内容需要修改', fieldErrors: [] } },
    )
    await h.submit('d')
    expect(await h.submit('d')).toMatchObject({ kind: 'rejected', error: { code: 'validation' } })
    expect(h.drafts.d.submission).toMatchObject({ state: 'failed', idempotencyKey: null, sentPayload: null })
    expect(h.requests).toHaveLength(2)
  })

  it('an idempotency conflict never leads to a second application under a new key', async () => {
    const h = harness(async () =>
      h.requests.length === 1
        ? { ok: false, error: { code: 'timeout', message: '超时' } }
        : { ok: false, error: { code: 'idempotency_conflict', message: '内容不一样' } },
    )
    await h.submit('d')
    h.drafts.d = {
      ...h.drafts.d,
      answers: { ...h.drafts.d.answers, applicant: { ...h.drafts.d.answers.applicant, address: '改过的地址 1 号' } },
    }
    const outcome = await h.submit('d')
    expect(outcome).toMatchObject({ kind: 'rejected', error: { code: 'idempotency_conflict' } })
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1', 'submit-key-1'])
    expect(h.drafts.d.submission.errorMessage).toContain('进度')
  })

  it('double and repeated retries after a lost answer and an edit never make two applications', async () => {
    const h = overMockBackend()
    h.backend.faults.failNext('timeout', 'after')
    await h.submit('d')
    h.edit('城庄镇某村 5 组 1 号')
    // The retry is processed again (replayed) and its answer lost too.
    h.backend.faults.failNext('timeout', 'after')
    expect((await h.submit('d')).kind).toBe('pending')
    h.edit('城庄镇某村 6 组 2 号')
    // A double tap on the next retry: one request.
    const [a, b] = await Promise.all([h.submit('d'), h.submit('d')])
    expect([a.kind, b.kind].sort()).toEqual(['busy', 'submitted'])
    expect(await h.submit('d')).toEqual({ kind: 'missing' })
    expect(h.applications()).toHaveLength(1)
    expect(new Set(h.requests.map((r) => r.idempotencyKey))).toEqual(new Set(['submit-key-1']))
    expect(h.completed).toHaveLength(1)
  })

  it('a version 1 pending draft (key, no saved payload) retries with its key and the current answers', async () => {
    const h = harness(async () => ({ ok: true, value: { ...receipt, replayed: true } }))
    h.drafts.d.submission = { ...h.drafts.d.submission, state: 'pending', idempotencyKey: 'old-key' }
    expect((await h.submit('d')).kind).toBe('submitted')
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['old-key'])
  })
})
