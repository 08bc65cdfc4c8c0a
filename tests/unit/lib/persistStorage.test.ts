import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import * as v from 'valibot'
import type { EnvelopeSpec } from '@/lib/storage/envelope'
import { createPersistStorage, migrateWith } from '@/lib/storage/persistStorage'
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

  it('returns nothing for a missing or unreadable key and moves nothing aside', () => {
    const backend = createMemoryBackend()
    const onUnreadable = jest.fn()
    const store = createKeyValueStore(backend)
    expect(createPersistStorage(store, { onUnreadable }).getItem('s')).toBeNull()
    backend.getItem = () => {
      throw new Error('storage disabled')
    }
    expect(createPersistStorage(store, { onUnreadable }).getItem('s')).toBeNull()
    expect(onUnreadable).not.toHaveBeenCalled()
    expect([...backend.data.keys()]).toEqual([])
  })

  it('quarantines JSON that is not an envelope as not_an_envelope', () => {
    const store = createKeyValueStore(createMemoryBackend({ 'jxj:s': '[1,2]' }))
    expect(createPersistStorage(store).getItem('s')).toBeNull()
    expect(listQuarantined(store)).toMatchObject([{ originalKey: 's', reason: 'not_an_envelope' }])
  })

  it('reports only failed writes, and a failed write without a listener does not throw', () => {
    const backend = createMemoryBackend()
    const onWriteFailure = jest.fn()
    createPersistStorage(createKeyValueStore(backend), { onWriteFailure }).setItem('s', { state: {}, version: 1 })
    expect(onWriteFailure).not.toHaveBeenCalled()
    backend.setItem = () => {
      throw new Error('denied')
    }
    expect(() =>
      createPersistStorage(createKeyValueStore(backend)).setItem('s', { state: {}, version: 1 }),
    ).not.toThrow()
  })

  it('writes version 1 when zustand gives no version', () => {
    const backend = createMemoryBackend()
    createPersistStorage(createKeyValueStore(backend)).setItem('s', { state: { a: 1 } })
    expect(JSON.parse(backend.data.get('jxj:s') as string)).toMatchObject({ schema: 's', v: 1, data: { a: 1 } })
  })

  it('removes the stored value', () => {
    const backend = createMemoryBackend({ 'jxj:s': '{}', 'jxj:t': '{}' })
    createPersistStorage(createKeyValueStore(backend)).removeItem('s')
    expect([...backend.data.keys()]).toEqual(['jxj:t'])
  })
})

describe('migrateWith', () => {
  /** v1 {name}, v2 {fullName}. */
  const spec: EnvelopeSpec<{ fullName: string }> = {
    schema: 'person',
    version: 2,
    migrations: { 1: (d) => ({ fullName: (d as { name: string }).name }) },
    dataSchema: v.object({ fullName: v.string() }),
  }
  const fallback = jest.fn(() => ({ fullName: 'fallback' }))
  const migrate = migrateWith(spec, fallback)
  beforeEach(() => fallback.mockClear())

  it('runs the chained migrations from the stored version', () => {
    expect(migrate({ name: '张三' }, 1)).toEqual({ fullName: '张三' })
    expect(migrate({ fullName: '李四' }, 2)).toEqual({ fullName: '李四' })
    expect(fallback).not.toHaveBeenCalled()
  })

  it('treats a missing version (0) as version 1', () => {
    expect(migrate({ name: '王五' }, 0)).toEqual({ fullName: '王五' })
    expect(fallback).not.toHaveBeenCalled()
  })

  it('falls back on data it cannot migrate or validate', () => {
    expect(migrate({ fullName: 7 }, 2)).toEqual({ fullName: 'fallback' })
    expect(fallback).toHaveBeenLastCalledWith({ fullName: 7 })
    expect(migrate({ fullName: 'x' }, 3)).toEqual({ fullName: 'fallback' })
    expect(fallback).toHaveBeenCalledTimes(2)
  })
})
