import {
  APP_KEY_PREFIX,
  classifyWriteError,
  createKeyValueStore,
  createMemoryBackend,
} from '@/lib/storage/keyValueStore'

describe('keyValueStore', () => {
  it('maps the empty string WeChat returns for a missing key to "missing"', () => {
    const store = createKeyValueStore(createMemoryBackend())
    expect(store.read('nothing')).toEqual({ kind: 'missing' })
  })

  it("prefixes keys and lists only this app's keys", () => {
    const backend = createMemoryBackend({ 'other-app': 'x' })
    const store = createKeyValueStore(backend)
    expect(store.write('settings', '{"a":1}')).toEqual({ ok: true })
    expect([...backend.data.keys()]).toContain(`${APP_KEY_PREFIX}settings`)
    expect(store.appKeys()).toEqual([`${APP_KEY_PREFIX}settings`])
    expect(store.read('settings')).toEqual({ kind: 'found', raw: '{"a":1}' })
  })

  it('reports a quota error as a typed result instead of throwing', () => {
    const backend = createMemoryBackend()
    backend.setItem = () => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10M' }
    }
    const result = createKeyValueStore(backend).write('big', 'x')
    expect(result).toEqual({ ok: false, reason: 'quota', message: 'setStorageSync:fail exceed storage max size 10M' })
  })

  it('reports unreadable storage as unavailable', () => {
    const backend = createMemoryBackend()
    backend.getItem = () => {
      throw new Error('storage disabled')
    }
    expect(createKeyValueStore(backend).read('k')).toEqual({ kind: 'unavailable', message: 'storage disabled' })
  })

  it('classifies errors', () => {
    expect(classifyWriteError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('quota')
    expect(classifyWriteError(new Error('denied'))).toBe('unavailable')
  })

  it('stores under the literal "jxj:" prefix and does not prefix a key twice', () => {
    const backend = createMemoryBackend({ 'other-app': 'x', 'jxj-like': 'y' })
    const store = createKeyValueStore(backend)
    store.write('settings', '1')
    store.write('jxj:consent', '2')
    expect([...backend.data.entries()]).toEqual([
      ['other-app', 'x'],
      ['jxj-like', 'y'],
      ['jxj:settings', '1'],
      ['jxj:consent', '2'],
    ])
    expect(store.read('jxj:settings')).toEqual({ kind: 'found', raw: '1' })
    expect(store.appKeys()).toEqual(['jxj:settings', 'jxj:consent'])
    expect(store.remove('jxj:consent')).toEqual({ ok: true })
    expect(backend.data.has('jxj:consent')).toBe(false)
  })

  it.each([null, undefined, ''])('reads %p from the backend as "missing"', (stored) => {
    const backend = createMemoryBackend()
    backend.getItem = () => stored
    expect(createKeyValueStore(backend).read('k')).toEqual({ kind: 'missing' })
  })

  it('hands on a value that is not text as its JSON text', () => {
    const backend = createMemoryBackend({ 'jxj:obj': { a: 1 }, 'jxj:num': 42, 'jxj:fn': () => 1 })
    const store = createKeyValueStore(backend)
    expect(store.read('obj')).toEqual({ kind: 'found', raw: '{"a":1}' })
    expect(store.read('num')).toEqual({ kind: 'found', raw: '42' })
    expect(store.read('fn')).toEqual({ kind: 'found', raw: '() => 1' })
  })

  it('hands on a value that JSON cannot write as plain text', () => {
    const circular: Record<string, unknown> = {}
    circular.self = circular
    const backend = createMemoryBackend({ 'jxj:big': BigInt(10), 'jxj:loop': circular })
    const store = createKeyValueStore(backend)
    expect(store.read('big')).toEqual({ kind: 'found', raw: '10' })
    expect(store.read('loop')).toEqual({ kind: 'found', raw: '[object Object]' })
  })

  it('reports whatever was thrown, even a string or null, without throwing', () => {
    const backend = createMemoryBackend()
    let thrown: unknown = 'storage quota reached'
    backend.setItem = () => {
      throw thrown
    }
    const store = createKeyValueStore(backend)
    expect(store.write('k', 'v')).toEqual({ ok: false, reason: 'quota', message: 'storage quota reached' })
    thrown = null
    expect(store.write('k', 'v')).toEqual({ ok: false, reason: 'unavailable', message: 'null' })
    thrown = { errMsg: 'setStorageSync:fail' }
    expect(store.write('k', 'v')).toEqual({ ok: false, reason: 'unavailable', message: 'setStorageSync:fail' })
  })

  it('reports a failed removal as a typed result', () => {
    const backend = createMemoryBackend({ 'jxj:k': 'v' })
    backend.removeItem = () => {
      throw new Error('io error')
    }
    expect(createKeyValueStore(backend).remove('k')).toEqual({ ok: false, reason: 'unavailable', message: 'io error' })
  })

  it('lists no keys when the key list cannot be read', () => {
    const backend = createMemoryBackend({ 'jxj:k': 'v' })
    backend.keys = () => {
      throw new Error('denied')
    }
    expect(createKeyValueStore(backend).appKeys()).toEqual([])
  })
})
