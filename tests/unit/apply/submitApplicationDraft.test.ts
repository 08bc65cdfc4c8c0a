import {
  createDraftSubmitter,
  editedSincePendingSubmission,
  pendingSubmission,
  receiptToSubmitted,
  samePayload,
  type SubmitDependencies,
} from '@/features/apply/model/submitApplicationDraft'
import { buildApplicationPayload } from '@/features/apply/model/applicationPayloadBuilder'
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
  const drafts: Record<string, ApplicationDraft> = { d: draftWith({}) }
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
      if (!drafts[id]) return // as the draft store does for a deleted draft
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

/** The payload the fixture answers build to. */
function fixturePayload(): ApplicationPayload {
  const built = buildApplicationPayload(threePersonAnswers(), TODAY)
  if (!built.ok) throw new Error('the fixture answers should be complete')
  return built.payload
}

/** The same data with every object's keys in reverse order, as a payload read back from storage may be. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T
  }
  return value
}

function draftWith(submission: Partial<DraftSubmission>, answers = threePersonAnswers()): ApplicationDraft {
  return {
    id: 'd',
    createdAt: '2026-03-15T00:00:00.000Z',
    updatedAt: '2026-03-15T00:00:00.000Z',
    step: 'review',
    prefilledFromPrecheck: false,
    answers,
    submission: {
      idempotencyKey: null,
      state: 'idle',
      errorMessage: null,
      existingReference: null,
      sentPayload: null,
      ...submission,
    },
  }
}

const timeout: ServiceResult<SubmitReceipt> = { ok: false, error: { code: 'timeout', message: '超时' } }
const validation: ServiceResult<SubmitReceipt> = {
  ok: false,
  error: { code: 'validation', message: '有些内容需要修改', fieldErrors: [] },
}

describe('what the person is told and what stays saved', () => {
  it('while the request is out, the stored draft is pending with the key and exactly the payload being sent', async () => {
    const seen: DraftSubmission[] = []
    const h = harness(async () => {
      seen.push(h.drafts.d.submission)
      return { ok: true, value: receipt }
    })
    await h.submit('d')
    expect(seen).toEqual([
      {
        idempotencyKey: 'submit-key-1',
        state: 'pending',
        errorMessage: null,
        existingReference: null,
        sentPayload: h.requests[0].payload,
      },
    ])
  })

  it('a timeout tells the person the outcome is unknown and to retry, and keeps that message with the draft', async () => {
    const h = harness(async () => timeout)
    const outcome = await h.submit('d')
    expect(outcome.kind).toBe('pending')
    const message = outcome.kind === 'pending' ? outcome.message : ''
    expect(message).toContain('重试提交')
    expect(message).toContain('不会重复提交')
    expect(h.drafts.d.submission).toMatchObject({ state: 'pending', errorMessage: message })
  })

  it('a server error is an unknown outcome too: pending, the key kept, the retry re-sends under it', async () => {
    const answers: ServiceResult<SubmitReceipt>[] = [
      { ok: false, error: { code: 'server', message: '服务暂时不可用' } },
      { ok: true, value: receipt },
    ]
    const h = harness(async () => answers.shift() as ServiceResult<SubmitReceipt>)
    expect((await h.submit('d')).kind).toBe('pending')
    expect(h.drafts.d.submission).toMatchObject({ state: 'pending', idempotencyKey: 'submit-key-1' })
    expect((await h.submit('d')).kind).toBe('submitted')
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1', 'submit-key-1'])
  })

  it('a refusal of the first press shows the service message and frees the draft for a new key', async () => {
    const h = harness(async () => validation)
    expect(await h.submit('d')).toEqual({ kind: 'rejected', error: validation.ok ? null : validation.error })
    expect(h.drafts.d.submission).toEqual({
      idempotencyKey: null,
      sentPayload: null,
      state: 'failed',
      errorMessage: '有些内容需要修改',
      existingReference: null,
    })
  })

  it('an idempotency conflict on the first press sends the person to 进度 instead of the raw service message', async () => {
    const h = harness(async () => ({ ok: false, error: { code: 'idempotency_conflict', message: '内容不一样' } }))
    const outcome = await h.submit('d')
    expect(outcome).toMatchObject({ kind: 'rejected', error: { code: 'idempotency_conflict' } })
    const message = outcome.kind === 'rejected' ? outcome.error.message : ''
    expect(message).not.toBe('内容不一样')
    expect(message).toContain('进度')
    expect(h.drafts.d.submission).toMatchObject({ state: 'failed', errorMessage: message, idempotencyKey: null })
  })

  it('the receipt kept on the device names the programmes that were sent and the receiving office', async () => {
    const h = harness(async () => ({ ok: true, value: receipt }))
    await h.submit('d')
    expect(h.completed).toEqual([
      {
        reference: 'SX202603150001',
        submittedAt: '2026-03-15T02:00:00.000Z',
        programmes: ['dibao'],
        townCode: '141124100',
        receivingOfficeName: '城庄镇',
      },
    ])
  })

  it('receiptToSubmitted copies the programmes, so later changes to the payload do not alter the receipt', () => {
    const payload = { ...fixturePayload(), programmes: ['dibao', 'temporary'] } as ApplicationPayload
    const done = receiptToSubmitted(receipt, payload)
    payload.programmes.push('tekun')
    expect(done.programmes).toEqual(['dibao', 'temporary'])
  })

  it('a key still recorded on a refused submission is not reused', async () => {
    const h = harness(async () => ({ ok: true, value: receipt }))
    h.drafts.d.submission = { ...h.drafts.d.submission, state: 'failed', idempotencyKey: 'refused-key' }
    await h.submit('d')
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1'])
  })
})

describe('a retry of a pending submission whose answers became incomplete', () => {
  const makeIncomplete = (h: ReturnType<typeof harness>) => {
    const d = h.drafts.d
    h.drafts.d = { ...d, answers: { ...d.answers, consents: { ...d.answers.consents, incomeAndAssets: false } } }
  }

  it('still re-sends what was pressed; the office has it, and the change is reported as not included', async () => {
    const answers: ServiceResult<SubmitReceipt>[] = [timeout, { ok: true, value: { ...receipt, replayed: true } }]
    const h = harness(async () => answers.shift() as ServiceResult<SubmitReceipt>)
    await h.submit('d')
    makeIncomplete(h)
    expect(await h.submit('d')).toMatchObject({ kind: 'submitted', editsNotIncluded: true })
    expect(h.requests[1]).toEqual(h.requests[0])
  })

  it('when the office refuses what was pressed, the person is sent to the unfinished step and the key is dropped', async () => {
    const answers: ServiceResult<SubmitReceipt>[] = [timeout, validation]
    const h = harness(async () => answers.shift() as ServiceResult<SubmitReceipt>)
    await h.submit('d')
    makeIncomplete(h)
    const outcome = await h.submit('d')

    // The same as pressing submit on that incomplete draft for the first time.
    const fresh = harness(async () => ({ ok: true, value: receipt }))
    makeIncomplete(fresh)
    const firstPress = await fresh.submit('d')
    expect(firstPress).toMatchObject({ kind: 'incomplete', step: 'consent' })
    expect(outcome).toEqual(firstPress)

    expect(h.requests).toHaveLength(2)
    expect(h.drafts.d.submission).toEqual({
      idempotencyKey: null,
      sentPayload: null,
      state: 'idle',
      errorMessage: null,
      existingReference: null,
    })
  })
})

describe('a retry when the draft is deleted while the earlier request is out', () => {
  it('sends nothing more once the office refuses the earlier press', async () => {
    const h = harness(async () => {
      if (h.requests.length === 1) return timeout
      delete h.drafts.d // consent withdrawn meanwhile: the draft and its files are removed
      return validation
    })
    await h.submit('d')
    h.drafts.d = {
      ...h.drafts.d,
      answers: { ...h.drafts.d.answers, applicant: { ...h.drafts.d.answers.applicant, address: '改过的地址 1 号' } },
    }
    expect(await h.submit('d')).toEqual({ kind: 'missing' })
    expect(h.requests.map((r) => r.idempotencyKey)).toEqual(['submit-key-1', 'submit-key-1'])
    expect(h.drafts.d).toBeUndefined()
  })
})

describe('pendingSubmission: what a retry re-sends', () => {
  const payload = fixturePayload()

  it('is the saved key and payload of a submission whose outcome is unknown', () => {
    expect(pendingSubmission(draftWith({ state: 'pending', idempotencyKey: 'k', sentPayload: payload }))).toEqual({
      key: 'k',
      payload,
    })
  })

  it('is nothing for a refused or never-sent submission, even with a key and payload still recorded', () => {
    expect(pendingSubmission(draftWith({ state: 'failed', idempotencyKey: 'k', sentPayload: payload }))).toBeNull()
    expect(pendingSubmission(draftWith({ state: 'idle', idempotencyKey: 'k', sentPayload: payload }))).toBeNull()
  })

  it('is nothing when the pending submission lacks its key or its payload (version 1 draft)', () => {
    expect(pendingSubmission(draftWith({ state: 'pending', idempotencyKey: null, sentPayload: payload }))).toBeNull()
    expect(pendingSubmission(draftWith({ state: 'pending', idempotencyKey: 'k', sentPayload: null }))).toBeNull()
  })
})

describe('editedSincePendingSubmission', () => {
  const pendingWith = (answers = threePersonAnswers()) =>
    draftWith({ state: 'pending', idempotencyKey: 'k', sentPayload: fixturePayload() }, answers)

  it('is false when nothing is pending, whatever the answers', () => {
    const answers = threePersonAnswers()
    answers.applicant.address = '改过的地址 1 号'
    expect(editedSincePendingSubmission(draftWith({}, answers), TODAY)).toBe(false)
    expect(editedSincePendingSubmission(draftWith({ state: 'failed', idempotencyKey: 'k' }, answers), TODAY)).toBe(
      false,
    )
  })

  it('is false when the answers still build to the saved payload', () => {
    expect(editedSincePendingSubmission(pendingWith(), TODAY)).toBe(false)
  })

  it('is true after an edit to a field, to a household member, or to the programmes', () => {
    const address = threePersonAnswers()
    address.applicant.address = '改过的地址 1 号'
    const member = threePersonAnswers()
    member.members[1].name = '李秀兰'
    const programmes = threePersonAnswers()
    programmes.programmes = ['dibao', 'temporary']
    for (const answers of [address, member, programmes]) {
      expect(editedSincePendingSubmission(pendingWith(answers), TODAY)).toBe(true)
    }
  })

  it('is true when the answers no longer make a complete application', () => {
    const answers = threePersonAnswers()
    answers.consents.incomeAndAssets = false
    expect(editedSincePendingSubmission(pendingWith(answers), TODAY)).toBe(true)
  })
})

describe('samePayload', () => {
  const payload = fixturePayload()

  it('ignores the order of object keys (a payload read back from storage)', () => {
    const readBack = reverseKeys(payload)
    expect(JSON.stringify(readBack)).not.toBe(JSON.stringify(payload))
    expect(samePayload(readBack, payload)).toBe(true)
    expect(samePayload(payload, readBack)).toBe(true)
  })

  it('tells apart payloads that differ in a nested field, an array element or the length of an array', () => {
    const other = structuredClone(payload)
    other.members[2].incomeMonthlyFen.wage += 1
    expect(samePayload(other, payload)).toBe(false)
    const files = structuredClone(payload)
    files.materials[1].fileIds = ['f-2']
    expect(samePayload(files, payload)).toBe(false)
    const more = structuredClone(payload)
    more.programmes.push('temporary')
    expect(samePayload(more, payload)).toBe(false)
    expect(samePayload(reverseKeys(other), payload)).toBe(false)
  })
})
