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
})
