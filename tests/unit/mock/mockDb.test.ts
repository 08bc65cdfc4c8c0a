import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DB_KEY, DB_QUARANTINE_KEY, readDb } from '@mock/mockDb'
import { createMockBackend } from '@mock/mockBackend'
import { DEVICE, memoryStore, NOW, validPayload } from './mockFixtures'

const V0 = readFileSync(join(__dirname, '../../fixtures/mock/mockDb.v0.json'), 'utf8')

describe('mock database', () => {
  it.each([
    ['not JSON', '{"version":1,'],
    ['wrong shape', JSON.stringify({ version: 1, applications: 'many' })],
    ['unknown version', JSON.stringify({ version: 9 })],
  ])('recovers from a corrupt db (%s): quarantines the raw text and starts from the seed', async (_what, raw) => {
    const { store } = memoryStore()
    store.write(DB_KEY, raw)
    const recovered = jest.fn()
    const mock = createMockBackend({ store, deviceToken: DEVICE, now: () => NOW, onRecovered: recovered })
    const mine = await mock.services.progress.listMine()
    expect(mine.ok && mine.value).toHaveLength(3)
    expect(recovered).toHaveBeenCalledWith('corrupt')
    const q = store.read(DB_QUARANTINE_KEY)
    expect(q.kind === 'found' && q.raw).toBe(raw)
    expect(readDb(store).kind).toBe('loaded')
  })

  it('migrates a v0 database: applications kept, idempotency keys still replay, messages start empty', async () => {
    const { store } = memoryStore()
    store.write(DB_KEY, V0)
    const mock = createMockBackend({ store, deviceToken: DEVICE, now: () => NOW })
    const mine = await mock.services.progress.listMine()
    expect(mine.ok && mine.value.map((a) => a.reference)).toEqual(['SX202611200001'])
    const replay = await mock.services.applications.submit({
      idempotencyKey: 'v0-key-12345678',
      payload: validPayload(),
    })
    expect(replay.ok && replay.value).toMatchObject({ reference: 'SX202611200001', replayed: true })
    const stored = readDb(store)
    expect(stored.kind === 'loaded' && stored.db.version).toBe(1)
    expect(stored.kind === 'loaded' && stored.db.messages).toEqual([])
    // The next reference of that day continues the v0 sequence.
    expect(stored.kind === 'loaded' && stored.db.sequences['20261120']).toBe(1)
  })

  it('is readable again after a restart over the same storage', async () => {
    const { store } = memoryStore()
    const a = createMockBackend({ store, deviceToken: DEVICE, now: () => NOW })
    await a.services.demo.advanceWorkingDays(2)
    const b = createMockBackend({ store, deviceToken: DEVICE, now: () => NOW })
    const clock = await b.services.demo.clock()
    expect(clock.ok && clock.value.today).toBe('2026-11-27')
  })
})
