import fc from 'fast-check'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import {
  MAX_QUARANTINE_RECORDS,
  deleteQuarantined,
  listQuarantined,
  quarantineRaw,
  readQuarantinedRaw,
  utf8Bytes,
} from '@/lib/storage/quarantine'

const at = (n: number) => new Date(Date.UTC(2026, 10, 26, 0, 0, n))

describe('quarantine', () => {
  it('keeps the raw text byte for byte and removes the original only after the copy', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const backend = createMemoryBackend({ 'jxj:drafts': raw })
        const store = createKeyValueStore(backend)
        const result = quarantineRaw(store, 'drafts', raw, 'not_json', at(1))
        expect(result.ok).toBe(true)
        expect(backend.data.has('jxj:drafts')).toBe(false)
        const [entry] = listQuarantined(store)
        expect(readQuarantinedRaw(store, entry.storageKey)).toBe(raw)
      }),
    )
  })

  it('leaves the original in place when the copy cannot be written', () => {
    const backend = createMemoryBackend({ 'jxj:drafts': 'x' })
    backend.setItem = () => {
      throw new Error('exceeded the quota')
    }
    const result = quarantineRaw(createKeyValueStore(backend), 'drafts', 'x', 'not_json', at(1))
    expect(result).toMatchObject({ ok: false, failure: { reason: 'quota' } })
    expect(backend.data.get('jxj:drafts')).toBe('x')
  })

  it('never overwrites an earlier record of the same key and time', () => {
    const store = createKeyValueStore(createMemoryBackend())
    quarantineRaw(store, 'a', 'one', 'r', at(1))
    quarantineRaw(store, 'a', 'two', 'r', at(1))
    expect(listQuarantined(store).map((e) => readQuarantinedRaw(store, e.storageKey))).toEqual(['one', 'two'])
  })

  it(`keeps at most ${MAX_QUARANTINE_RECORDS} records, dropping the oldest`, () => {
    const store = createKeyValueStore(createMemoryBackend())
    for (let i = 0; i < MAX_QUARANTINE_RECORDS + 3; i++) quarantineRaw(store, 'a', `raw${i}`, 'r', at(i))
    const entries = listQuarantined(store)
    expect(entries).toHaveLength(MAX_QUARANTINE_RECORDS)
    expect(readQuarantinedRaw(store, entries[0].storageKey)).toBe('raw3')
  })

  it('lists older `<key>:quarantine` entries, and deletes only quarantine keys', () => {
    const backend = createMemoryBackend({ 'jxj:server:db:quarantine': '{bad', 'jxj:settings': '{}' })
    const store = createKeyValueStore(backend)
    expect(listQuarantined(store)).toEqual([
      { storageKey: 'server:db:quarantine', originalKey: 'server:db', at: null, reason: null, bytes: 4 },
    ])
    expect(readQuarantinedRaw(store, 'server:db:quarantine')).toBe('{bad')
    expect(deleteQuarantined(store, 'settings').ok).toBe(false)
    expect(readQuarantinedRaw(store, 'settings')).toBeNull()
    expect(backend.data.has('jxj:settings')).toBe(true)
    expect(deleteQuarantined(store, 'server:db:quarantine').ok).toBe(true)
    expect(listQuarantined(store)).toEqual([])
  })

  it('counts UTF-8 bytes', () => {
    expect(utf8Bytes('a')).toBe(1)
    expect(utf8Bytes('é')).toBe(2)
    expect(utf8Bytes('张')).toBe(3)
    expect(utf8Bytes('𠮷')).toBe(4)
    expect(utf8Bytes('')).toBe(0)
  })
})
