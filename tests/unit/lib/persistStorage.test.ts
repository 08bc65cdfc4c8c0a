import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import { createPersistStorage, QUARANTINE_SUFFIX } from '@/lib/storage/persistStorage'

describe('createPersistStorage', () => {
  it('round-trips a state envelope', () => {
    const store = createKeyValueStore(createMemoryBackend())
    const storage = createPersistStorage<{ a: number }>(store)
    storage.setItem('s', { state: { a: 1 }, version: 2 })
    expect(storage.getItem('s')).toEqual({ state: { a: 1 }, version: 2 })
  })

  it('moves unreadable data aside, reports it and returns nothing', () => {
    const backend = createMemoryBackend({ 'jxj:s': '{broken' })
    const onUnreadable = jest.fn()
    const storage = createPersistStorage(createKeyValueStore(backend), { onUnreadable })
    expect(storage.getItem('s')).toBeNull()
    expect(onUnreadable).toHaveBeenCalledWith('s', '{broken')
    expect(backend.data.get('jxj:s' + QUARANTINE_SUFFIX)).toBe('{broken')
    expect(backend.data.has('jxj:s')).toBe(false)
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
