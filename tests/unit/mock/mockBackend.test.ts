import { DB_KEY, DB_QUARANTINE_KEY } from '@mock/mockDb'
import { APPLICANT_ID, backendOver, DEVICE, memoryStore, NOW, validPayload } from './mockFixtures'
import { createMockBackend } from '@mock/mockBackend'

const KEY = 'key-0001-abcdef'

describe('submit', () => {
  it('accepts a valid application and gives a reference without personal data', async () => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    const r = await services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.reference).toBe('SX202611250001')
    expect(r.value.reference).not.toContain(APPLICANT_ID.slice(-6))
    expect(r.value.receivingOffice.townCode).toBe('141124100')
    expect(r.value.replayed).toBe(false)
    const mine = await services.progress.listMine()
    expect(mine.ok && mine.value.map((a) => a.reference)).toEqual(['SX202611250001'])
    expect(mine.ok && mine.value[0].idNumberMasked).not.toContain(APPLICANT_ID.slice(3, 14))
    expect(mine.ok && mine.value[0].applicantNameMasked).toBe('测**')
  })

  it.each([
    [
      'applicant.idNumber',
      (p: ReturnType<typeof validPayload>) => (p.applicant.idNumber = APPLICANT_ID.slice(0, 17) + '0'),
    ],
    ['applicant.phone', (p: ReturnType<typeof validPayload>) => (p.applicant.phone = '12345')],
    ['applicant.region.townCode', (p: ReturnType<typeof validPayload>) => (p.applicant.region.townCode = '140105001')],
    ['members[0].birthDate', (p: ReturnType<typeof validPayload>) => (p.members[0].birthDate = '1961-04-12')],
    ['consents.incomeAndAssets', (p: ReturnType<typeof validPayload>) => (p.consents.incomeAndAssets = false)],
    ['rigidSpendingAnnualFen', (p: ReturnType<typeof validPayload>) => (p.programmes = ['dibao', 'rigid_expense'])],
    [
      'agent.applicantConsentConfirmed',
      (p: ReturnType<typeof validPayload>) =>
        (p.agent = { name: '代办某', phone: '13912345670', relation: '村委会', applicantConsentConfirmed: false }),
    ],
  ])('rejects a payload with a bad %s, with the field path', async (path, spoil) => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    const payload = validPayload()
    spoil(payload)
    const r = await services.applications.submit({ idempotencyKey: KEY, payload })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('validation')
    expect(r.error.fieldErrors?.map((e) => e.path)).toContain(path)
  })

  it('rejects unknown fields and a client-sent status (strict shape)', async () => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    const payload = { ...validPayload(), status: 'approved' } as never
    const r = await services.applications.submit({ idempotencyKey: KEY, payload })
    expect(!r.ok && r.error.code).toBe('validation')
  })

  it('rejects a missing or malformed idempotency key', async () => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    const r = await services.applications.submit({ idempotencyKey: 'x', payload: validPayload() })
    expect(!r.ok && r.error.fieldErrors?.[0].path).toBe('idempotencyKey')
  })

  it('returns the first result for a repeated key, even after a restart', async () => {
    const { store } = memoryStore()
    const first = await backendOver(store).services.applications.submit({
      idempotencyKey: KEY,
      payload: validPayload(),
    })
    const restarted = backendOver(store)
    const again = await restarted.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    expect(first.ok && again.ok).toBe(true)
    if (!first.ok || !again.ok) return
    expect(again.value.reference).toBe(first.value.reference)
    expect(again.value.replayed).toBe(true)
    const mine = await restarted.services.progress.listMine()
    expect(mine.ok && mine.value).toHaveLength(1)
  })

  it('rejects the same key with a different payload (idempotency_conflict)', async () => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    await services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    const changed = validPayload({ applicant: { ...validPayload().applicant, address: '另一个地址' } })
    const r = await services.applications.submit({ idempotencyKey: KEY, payload: changed })
    expect(!r.ok && r.error.code).toBe('idempotency_conflict')
  })

  it('rejects a second active application for the same person and programme, naming the first', async () => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    const first = await services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    const second = await services.applications.submit({ idempotencyKey: 'key-0002-abcdef', payload: validPayload() })
    expect(!second.ok && second.error.code).toBe('duplicate_active')
    expect(!second.ok && first.ok && second.error.existingReference).toBe(first.ok && first.value.reference)
    // Another programme is a separate application.
    const other = await services.applications.submit({
      idempotencyKey: 'key-0003-abcdef',
      payload: validPayload({ programmes: ['temporary'] }),
    })
    expect(other.ok).toBe(true)
  })

  it('allows a new application once the first was withdrawn', async () => {
    const { store } = memoryStore()
    const { services } = backendOver(store)
    const first = await services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    if (!first.ok) throw new Error('submit failed')
    const w = await services.applications.withdraw({ reference: first.value.reference, reason: '家里情况好转' })
    expect(w.ok).toBe(true)
    const again = await services.applications.submit({ idempotencyKey: 'key-0002-abcdef', payload: validPayload() })
    expect(again.ok).toBe(true)
  })
})

describe('failure injection', () => {
  it('fails before the server: nothing is stored', async () => {
    const { store } = memoryStore()
    const mock = backendOver(store)
    mock.faults.failNext('network', 'before')
    const r = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    expect(!r.ok && r.error.code).toBe('network')
    const mine = await mock.services.progress.listMine()
    expect(mine.ok && mine.value).toHaveLength(0)
  })

  it('times out after processing: a retry with the same key gets the stored answer', async () => {
    const { store } = memoryStore()
    const mock = backendOver(store)
    mock.faults.failNext('timeout', 'after')
    const lost = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    expect(!lost.ok && lost.error.code).toBe('timeout')
    const retry = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    expect(retry.ok && retry.value.replayed).toBe(true)
  })

  it('fails at the configured rate using the injected random source', async () => {
    const { store } = memoryStore()
    const mock = backendOver(store, { faults: { failureRate: 0.5, random: () => 0.2 } })
    const r = await mock.services.progress.listMine()
    expect(!r.ok && r.error.code).toBe('network')
    mock.faults.setFailureRate(0)
    expect((await mock.services.progress.listMine()).ok).toBe(true)
  })

  it('waits for the configured latency', async () => {
    jest.useFakeTimers()
    const { store } = memoryStore()
    const mock = backendOver(store, { faults: { latencyMs: 500 } })
    let settled = false
    const pending = mock.services.progress.listMine().then(() => (settled = true))
    await jest.advanceTimersByTimeAsync(400)
    expect(settled).toBe(false)
    await jest.advanceTimersByTimeAsync(200)
    await pending
    expect(settled).toBe(true)
    jest.useRealTimers()
  })

  it('reports a storage failure and keeps nothing half-written', async () => {
    const { store, backend } = memoryStore()
    const mock = backendOver(store)
    await mock.services.progress.listMine() // creates the db
    const realSet = backend.setItem
    backend.setItem = () => {
      throw new Error('exceeded the quota')
    }
    const r = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    expect(!r.ok && r.error.code).toBe('server')
    backend.setItem = realSet
    const mine = await mock.services.progress.listMine()
    expect(mine.ok && mine.value).toHaveLength(0)
  })
})

describe('progress, withdraw, supplement and messages', () => {
  async function submitted() {
    const { store } = memoryStore()
    const mock = backendOver(store)
    const r = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    if (!r.ok) throw new Error(r.error.message)
    return { ...mock, store, reference: r.value.reference }
  }

  it('finds an application by reference + last 6 ID characters, and not with a wrong tail', async () => {
    const { store, reference } = await submitted()
    const elsewhere = createMockBackend({ store, deviceToken: 'b'.repeat(32), now: () => NOW, seed: false }).services
    expect((await elsewhere.progress.detail(reference)).ok).toBe(false)
    const wrong = await elsewhere.progress.query({ reference, idNumberLast6: '000000' })
    expect(!wrong.ok && wrong.error.code).toBe('not_found')
    const bad = await elsewhere.progress.query({ reference: 'abc', idNumberLast6: '12' })
    expect(!bad.ok && bad.error.fieldErrors?.map((e) => e.path)).toEqual(['reference', 'idNumberLast6'])
    const found = await elsewhere.progress.query({ reference, idNumberLast6: APPLICANT_ID.slice(-6) })
    expect(found.ok && found.value.mine).toBe(false)
    expect(found.ok && found.value.canWithdraw).toBe(false)
    // Opened by query: readable in this session, but not withdrawable from this device.
    expect((await elsewhere.progress.detail(reference)).ok).toBe(true)
    const w = await elsewhere.applications.withdraw({ reference, reason: '试试' })
    expect(!w.ok && w.error.code).toBe('not_found')
    expect((await elsewhere.progress.listMine()).ok && (await elsewhere.progress.listMine())).toEqual({
      ok: true,
      value: [],
    })
  })

  it('withdraws with a reason, logs it and refuses to withdraw twice', async () => {
    const { services, reference } = await submitted()
    expect((await services.applications.withdraw({ reference, reason: '' })).ok).toBe(false)
    expect((await services.applications.withdraw({ reference, reason: '不需要了' })).ok).toBe(true)
    const d = await services.progress.detail(reference)
    expect(d.ok && d.value.status).toBe('withdrawn')
    expect(d.ok && d.value.log.at(-1)?.action).toBe('申请人撤回申请')
    const again = await services.applications.withdraw({ reference, reason: '不需要了' })
    expect(!again.ok && again.error.code).toBe('illegal_transition')
  })

  it('records supplements only for items in the 补正 notice', async () => {
    const { services, reference } = await submitted()
    expect((await services.applications.supplement({ reference, items: [] })).ok).toBe(false)
    await services.demo.act(reference, { type: 'request_supplement', items: ['户口簿', '残疾人证'] })
    const wrong = await services.applications.supplement({
      reference,
      items: [{ itemId: '结婚证', how: 'at_window', fileIds: [] }],
    })
    expect(!wrong.ok && wrong.error.fieldErrors?.[0].path).toBe('items[0].itemId')
    const noFile = await services.applications.supplement({
      reference,
      items: [{ itemId: '户口簿', how: 'uploaded', fileIds: [] }],
    })
    expect(noFile.ok).toBe(false)
    const r = await services.applications.supplement({
      reference,
      items: [{ itemId: '户口簿', how: 'uploaded', fileIds: ['f1'] }],
    })
    expect(r.ok && r.value.remaining).toEqual(['残疾人证'])
    const d = await services.progress.detail(reference)
    expect(d.ok && d.value.supplementTodos).toEqual([
      { itemId: '户口簿', label: '户口簿', done: true },
      { itemId: '残疾人证', label: '残疾人证', done: false },
    ])
  })

  it('writes one message per status change and counts the unread ones', async () => {
    const { services, reference } = await submitted()
    await services.demo.act(reference, { type: 'accept' })
    await services.demo.act(reference, { type: 'start_verification' })
    const list = await services.messages.list()
    expect(list.ok && list.value.map((m) => m.status)).toEqual(['verification', 'accepted', 'submitted'])
    expect(await services.messages.unreadCount()).toEqual({ ok: true, value: 3 })
    const read = await services.messages.markRead([list.ok ? list.value[0].id : ''])
    expect(read).toEqual({ ok: true, value: { unread: 2 } })
    expect((await services.messages.markRead()).ok && (await services.messages.unreadCount())).toEqual({
      ok: true,
      value: 0,
    })
  })

  it('never trusts a tampered status in storage: a changed status that breaks the schema resets the db', async () => {
    const { store, reference } = await submitted()
    const raw = store.read(DB_KEY)
    if (raw.kind !== 'found') throw new Error('no db')
    const db = JSON.parse(raw.raw)
    db.applications[0].case.status = 'paid_out'
    store.write(DB_KEY, JSON.stringify(db))
    const restarted = backendOver(store)
    expect((await restarted.services.progress.detail(reference)).ok).toBe(false)
    expect(store.read(DB_QUARANTINE_KEY).kind).toBe('found')
  })
})

describe('demo console and clock', () => {
  it('moves a case through every step to 已确认 with the clock, and the timeline follows', async () => {
    const { store } = memoryStore()
    const mock = backendOver(store)
    const r = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    if (!r.ok) throw new Error(r.error.message)
    const ref = r.value.reference
    const { demo } = mock.services
    for (const action of [
      { type: 'accept' },
      { type: 'start_verification' },
      { type: 'start_investigation', findings: '入户' },
      { type: 'publish' },
    ] as const)
      expect((await demo.act(ref, action)).ok).toBe(true)
    const early = await demo.act(ref, { type: 'close_publicity' })
    expect(!early.ok && early.error.code).toBe('illegal_transition')
    const clock = await demo.advanceWorkingDays(6)
    expect(clock.ok && clock.value.today).toBe('2026-12-03')
    expect((await demo.act(ref, { type: 'close_publicity' })).ok).toBe(true)
    const approved = await demo.act(ref, { type: 'approve', amountFen: 35000 })
    expect(approved.ok && approved.value.status).toBe('approved')
    const d = await mock.services.progress.detail(ref)
    if (!d.ok) throw new Error('detail')
    expect(d.value.timeline.every((n) => n.state === 'done' || n.state === 'skipped')).toBe(true)
    expect(d.value.aidCard).toMatchObject({ amountFen: 35000, firstPaymentMonth: '2027-01', supervisionPhone: '12345' })
    expect(d.value.approval?.firstPaymentMonth).toBe('2027-01')
  })

  it('rejects an illegal office action with the workflow reason', async () => {
    const { store } = memoryStore()
    const mock = backendOver(store)
    const r = await mock.services.applications.submit({ idempotencyKey: KEY, payload: validPayload() })
    if (!r.ok) throw new Error('submit')
    const bad = await mock.services.demo.act(r.value.reference, { type: 'approve', amountFen: 100 })
    expect(!bad.ok && bad.error.code).toBe('illegal_transition')
    const badDays = await mock.services.demo.advanceWorkingDays(0)
    expect(!badDays.ok && badDays.error.code).toBe('validation')
  })

  it('seeds three fictional applications in different states on first load', async () => {
    const { store } = memoryStore()
    const mock = createMockBackend({ store, deviceToken: DEVICE, now: () => NOW })
    const mine = await mock.services.progress.listMine()
    if (!mine.ok) throw new Error('list')
    expect(mine.value.map((a) => a.applicantNameMasked)).toEqual(['张**', '李**', '王**'])
    expect(new Set(mine.value.map((a) => a.status))).toEqual(
      new Set(['submitted', 'needs_supplement', 'approval_review']),
    )
    expect(await mock.services.messages.unreadCount()).toEqual({ ok: true, value: 0 })
  })
})
