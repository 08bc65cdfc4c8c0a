import fc from 'fast-check'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import {
  MAX_QUARANTINE_RECORDS,
  isQuarantineKey,
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

  it('counts UTF-8 bytes at every length boundary', () => {
    expect(utf8Bytes('\u007f')).toBe(1)
    expect(utf8Bytes('\u0080')).toBe(2)
    expect(utf8Bytes('\u07ff')).toBe(2)
    expect(utf8Bytes('\u0800')).toBe(3)
    expect(utf8Bytes('\uffff')).toBe(3)
    expect(utf8Bytes('\u{10000}')).toBe(4)
  })

  it('stores the copy under quarantine:<key>:<time>, with -1, -2… for the same time', () => {
    const backend = createMemoryBackend({ 'jxj:drafts': 'x' })
    const store = createKeyValueStore(backend)
    const ms = at(1).getTime()
    expect(quarantineRaw(store, 'jxj:drafts', 'x', 'not_json', at(1))).toEqual({
      ok: true,
      storageKey: `quarantine:drafts:${ms}`,
    })
    expect(quarantineRaw(store, 'drafts', 'y', 'r', at(1))).toEqual({
      ok: true,
      storageKey: `quarantine:drafts:${ms}-1`,
    })
    expect(quarantineRaw(store, 'drafts', 'z', 'r', at(1))).toEqual({
      ok: true,
      storageKey: `quarantine:drafts:${ms}-2`,
    })
    expect(JSON.parse(backend.data.get(`jxj:quarantine:drafts:${ms}`) as string)).toEqual({
      originalKey: 'drafts',
      at: at(1).toISOString(),
      reason: 'not_json',
      raw: 'x',
    })
  })

  it('tells quarantine keys from others', () => {
    expect(isQuarantineKey('quarantine:a:1')).toBe(true)
    expect(isQuarantineKey('jxj:quarantine:a:1')).toBe(true)
    expect(isQuarantineKey('server:db:quarantine')).toBe(true)
    expect(isQuarantineKey('settings')).toBe(false)
    expect(isQuarantineKey('jxj:settings')).toBe(false)
  })

  it('lists oldest first, older `<key>:quarantine` entries (no time) before all', () => {
    const record = (n: number) =>
      JSON.stringify({ originalKey: `k${n}`, at: at(n).toISOString(), reason: 'r', raw: `raw${n}` })
    const backend = createMemoryBackend({
      'jxj:quarantine:k3:3': record(3),
      'jxj:quarantine:k1:1': record(1),
      'jxj:old:quarantine': '{bad',
      'jxj:quarantine:k2:2': record(2),
      'jxj:settings': '{}',
    })
    expect(listQuarantined(createKeyValueStore(backend)).map((e) => e.originalKey)).toEqual(['old', 'k1', 'k2', 'k3'])
  })

  it('lists a quarantine record it cannot read under the name in its key', () => {
    const backend = createMemoryBackend({
      'jxj:quarantine:drafts:5': '{bad',
      'jxj:quarantine:consent:6': JSON.stringify({ originalKey: 'x', at: at(6).toISOString(), reason: 'r' }),
      'jxj:server:db:quarantine': JSON.stringify({ originalKey: 'x', at: at(7).toISOString(), reason: 'r', raw: 'y' }),
    })
    const store = createKeyValueStore(backend)
    expect(listQuarantined(store)).toEqual([
      { storageKey: 'quarantine:drafts:5', originalKey: 'drafts:5', at: null, reason: null, bytes: 4 },
      {
        storageKey: 'quarantine:consent:6',
        originalKey: 'consent:6',
        at: null,
        reason: null,
        bytes: utf8Bytes(backend.data.get('jxj:quarantine:consent:6') as string),
      },
      {
        storageKey: 'server:db:quarantine',
        originalKey: 'server:db',
        at: null,
        reason: null,
        bytes: utf8Bytes(backend.data.get('jxj:server:db:quarantine') as string),
      },
    ])
    // The whole stored text is exported when it is not a readable record, and always for the older keys.
    expect(readQuarantinedRaw(store, 'quarantine:drafts:5')).toBe('{bad')
    expect(readQuarantinedRaw(store, 'server:db:quarantine')).toBe(backend.data.get('jxj:server:db:quarantine'))
  })

  it('skips quarantine keys that hold nothing or cannot be read', () => {
    const backend = createMemoryBackend({ 'jxj:quarantine:a:1': '', 'jxj:b:quarantine': '' })
    const store = createKeyValueStore(backend)
    expect(listQuarantined(store)).toEqual([])
    expect(readQuarantinedRaw(store, 'quarantine:a:1')).toBeNull()
    expect(readQuarantinedRaw(store, 'b:quarantine')).toBeNull()
    expect(readQuarantinedRaw(store, 'quarantine:none:1')).toBeNull()
  })

  it('never drops an older `<key>:quarantine` entry to make room for new records', () => {
    const backend = createMemoryBackend({ 'jxj:server:db:quarantine': '{bad' })
    const store = createKeyValueStore(backend)
    for (let i = 0; i < MAX_QUARANTINE_RECORDS + 1; i++) quarantineRaw(store, 'a', `raw${i}`, 'r', at(i))
    const entries = listQuarantined(store)
    expect(entries).toHaveLength(MAX_QUARANTINE_RECORDS + 1)
    expect(entries[0].storageKey).toBe('server:db:quarantine')
    expect(readQuarantinedRaw(store, entries[1].storageKey)).toBe('raw1')
  })

  it('refuses to delete a key that is not in quarantine, saying why', () => {
    const backend = createMemoryBackend({ 'jxj:settings': '{}' })
    expect(deleteQuarantined(createKeyValueStore(backend), 'settings')).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'not a quarantine key',
    })
    expect(backend.data.has('jxj:settings')).toBe(true)
  })
})
