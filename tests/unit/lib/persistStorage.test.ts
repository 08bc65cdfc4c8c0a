import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import { createPersistStorage } from '@/lib/storage/persistStorage'
import { listQuarantined, readQuarantinedRaw } from '@/lib/storage/quarantine'

const NOW = new Date('2026-11-26T04:00:00.000Z')

describe('createPersistStorage', () => {
  it('round-trips a state through the versioned envelope', () => {
    const backend = createMemoryBackend()
    const storage = createPersistStorage<{ a: number }>(createKeyValueStore(backend), { now: () => NOW })
    storage.setItem('s', { state: { a: 1 }, version: 2 })
    expect(JSON.parse(backend.data.get('jxj:s') as string)).toEqual({
      schema: 's',
      v: 2,
      savedAt: NOW.toISOString(),
      data: { a: 1 },
    })
    expect(storage.getItem('s')).toEqual({ state: { a: 1 }, version: 2 })
  })

  it("still reads zustand's own {state, version} written before the envelope", () => {
    const backend = createMemoryBackend({ 'jxj:s': JSON.stringify({ state: { a: 3 }, version: 1 }) })
    const storage = createPersistStorage<{ a: number }>(createKeyValueStore(backend))
    expect(storage.getItem('s')).toEqual({ state: { a: 3 }, version: 1 })
  })

  it('moves unreadable data aside, reports it and returns nothing', () => {
    const backend = createMemoryBackend({ 'jxj:s': '{broken' })
    const onUnreadable = jest.fn()
    const store = createKeyValueStore(backend)
    const storage = createPersistStorage(store, { onUnreadable, now: () => NOW })
    expect(storage.getItem('s')).toBeNull()
    expect(onUnreadable).toHaveBeenCalledWith('s', '{broken')
    expect(backend.data.has('jxj:s')).toBe(false)
    const [entry] = listQuarantined(store)
    expect(entry).toMatchObject({ originalKey: 's', reason: 'not_json', at: NOW.toISOString() })
    expect(readQuarantinedRaw(store, entry.storageKey)).toBe('{broken')
  })

  it("quarantines another store's envelope stored under this name", () => {
    const raw = JSON.stringify({ schema: 'other', v: 1, savedAt: '', data: {} })
    const store = createKeyValueStore(createMemoryBackend({ 'jxj:s': raw }))
    expect(createPersistStorage(store).getItem('s')).toBeNull()
    expect(listQuarantined(store)[0].reason).toBe('wrong_schema')
  })

  it('reports a full disk without throwing', () => {
    const backend = createMemoryBackend()
    backend.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    const onWriteFailure = jest.fn()
    const storage = createPersistStorage(createKeyValueStore(backend), { onWriteFailure })
    expect(() => storage.setItem('s', { state: {}, version: 1 })).not.toThrow()
    expect(onWriteFailure).toHaveBeenCalledWith('s', 'quota')
  })
})
