import {
  DRAFT_STORE_VERSION,
  migrateDraftState,
  readStoredDraftState,
  useApplicationDraftStore,
  flushDraftWrites,
} from '@/stores/applicationDraftStore'
import { draftDaysLeft, isDraftExpired } from '@/domain/applicationDraft/draftSchema'
import { emptyAnswers } from '@/domain/applicationDraft/draftAnswers'
import { deviceStore } from '@/lib/storage/deviceStore'

jest.mock('@/lib/storage/taroBackend', () => ({
  taroBackend: jest.requireActual('@/lib/storage/keyValueStore').createMemoryBackend(),
}))

const T0 = new Date('2026-03-01T02:00:00.000Z')
const validDraft = (id: string, updatedAt = T0.toISOString()) => ({
  id,
  createdAt: updatedAt,
  updatedAt,
  step: 'income',
  prefilledFromPrecheck: false,
  answers: emptyAnswers(),
  submission: { idempotencyKey: null, state: 'idle', errorMessage: null, existingReference: null },
})

describe('readStoredDraftState (validating merge)', () => {
  it('keeps every valid draft and drops only the corrupt one', () => {
    const corrupt = { ...validDraft('b'), step: 'nowhere' }
    const state = readStoredDraftState({
      drafts: { a: validDraft('a'), b: corrupt, c: 'garbage' },
      activeDraftId: 'b',
      receipts: [],
    })
    expect(Object.keys(state.drafts)).toEqual(['a'])
    expect(state.dropped).toBe(2)
    expect(state.activeDraftId).toBeNull()
  })

  it.each([null, undefined, 42, 'text', [], { drafts: [] }])('survives %p', (value) => {
    expect(readStoredDraftState(value)).toMatchObject({ drafts: {}, activeDraftId: null, receipts: [] })
  })

  it('drops a draft whose answers have the wrong shape (no half-loaded drafts)', () => {
    const broken = validDraft('a') as Record<string, unknown>
    broken.answers = { ...emptyAnswers(), members: [] }
    expect(readStoredDraftState({ drafts: { a: broken } }).drafts).toEqual({})
  })
})

describe('migrateDraftState', () => {
  it('reads an older or unversioned shape field by field', () => {
    const migrated = migrateDraftState(
      { drafts: { a: validDraft('a') }, activeDraftId: 'a', receipts: [{ bad: true }] },
      0,
    )
    expect(Object.keys(migrated.drafts)).toEqual(['a'])
    expect(migrated.activeDraftId).toBe('a')
    expect(migrated.receipts).toEqual([])
  })
})

describe('draft expiry', () => {
  it('expires 30 days after the last edit', () => {
    const d = validDraft('a')
    expect(draftDaysLeft(d, T0)).toBe(30)
    expect(isDraftExpired(d, new Date(T0.getTime() + 30 * 86400000 - 1))).toBe(false)
    expect(isDraftExpired(d, new Date(T0.getTime() + 30 * 86400000))).toBe(true)
  })

  it('purgeExpired removes only expired drafts and clears the active one if it went', () => {
    useApplicationDraftStore.setState({ drafts: {}, activeDraftId: null, receipts: [] })
    const store = useApplicationDraftStore.getState()
    store.createDraft('old', T0)
    store.createDraft('new', new Date(T0.getTime() + 20 * 86400000))
    store.openDraft('old')
    const removed = useApplicationDraftStore.getState().purgeExpired(new Date(T0.getTime() + 31 * 86400000))
    expect(removed).toEqual(['old'])
    expect(Object.keys(useApplicationDraftStore.getState().drafts)).toEqual(['new'])
    expect(useApplicationDraftStore.getState().activeDraftId).toBeNull()
  })
})

describe('useApplicationDraftStore persistence', () => {
  it('writes debounced, and flushDraftWrites writes now with the version', () => {
    useApplicationDraftStore.setState({ drafts: {}, activeDraftId: null, receipts: [] })
    useApplicationDraftStore.getState().createDraft('x', T0)
    useApplicationDraftStore.getState().updateAnswers('x', (a) => ({ ...a, programmes: ['dibao'] }), T0)
    flushDraftWrites()
    const read = deviceStore.read('applicationDrafts')
    expect(read.kind).toBe('found')
    if (read.kind !== 'found') return
    const stored = JSON.parse(read.raw)
    // Stored in the versioned envelope of src/lib/storage/envelope.ts.
    expect(stored.schema).toBe('applicationDrafts')
    expect(stored.v).toBe(DRAFT_STORE_VERSION)
    expect(stored.data.drafts.x.answers.programmes).toEqual(['dibao'])
    expect(stored.data.activeDraftId).toBe('x')
  })

  it('completeSubmission keeps a receipt without personal data and removes the draft', () => {
    useApplicationDraftStore.setState({ drafts: {}, activeDraftId: null, receipts: [] })
    useApplicationDraftStore.getState().createDraft('x', T0)
    useApplicationDraftStore.getState().completeSubmission('x', {
      reference: 'SX1',
      submittedAt: T0.toISOString(),
      programmes: ['dibao'],
      townCode: '141124100',
      receivingOfficeName: null,
    })
    const s = useApplicationDraftStore.getState()
    expect(s.drafts).toEqual({})
    expect(s.receipts.map((r) => r.reference)).toEqual(['SX1'])
  })
})

describe('stored fixtures (tests/fixtures/storage/applicationDrafts.*)', () => {
  const fixture = (name: string) =>
    require('node:fs').readFileSync(require('node:path').join(__dirname, '../../fixtures/storage', name), 'utf8')

  it.each([
    ['applicationDrafts.v1.json', null],
    ['applicationDrafts.v1.legacy-persist.json', null],
    ['applicationDrafts.v2.json', '城庄镇某村 3 组 12 号'],
  ])('the store loads %s with its pending draft and receipt', async (name, sentAddress) => {
    flushDraftWrites() // earlier tests' pending write would be read instead
    deviceStore.write('applicationDrafts', fixture(name))
    await useApplicationDraftStore.persist.rehydrate()
    const s = useApplicationDraftStore.getState()
    expect(s.droppedOnLoad).toBe(0)
    expect(s.activeDraftId).toBe('draft-fixture-1')
    expect(s.receipts.map((r) => r.reference)).toEqual(['SX202603010001'])
    const submission = s.drafts['draft-fixture-1'].submission
    expect(submission).toMatchObject({ state: 'pending', idempotencyKey: 'fixture-key-0001' })
    expect(submission.sentPayload?.applicant.address ?? null).toBe(sentAddress)
  })

  it('a damaged sent payload reads as null and keeps the draft', async () => {
    const doc = JSON.parse(fixture('applicationDrafts.v2.json'))
    doc.data.drafts['draft-fixture-1'].submission.sentPayload.members = 'garbage'
    flushDraftWrites()
    deviceStore.write('applicationDrafts', JSON.stringify(doc))
    await useApplicationDraftStore.persist.rehydrate()
    const s = useApplicationDraftStore.getState()
    expect(s.droppedOnLoad).toBe(0)
    expect(s.drafts['draft-fixture-1'].submission.sentPayload).toBeNull()
  })
})
