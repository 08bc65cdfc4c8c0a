/**
 * The one place that touches device key-value storage. Everything is stored as a JSON string under a key
 * that starts with APP_KEY_PREFIX, so that "清除本机数据" can remove only this app's keys.
 *
 * The backend is injected so that the same code runs on weapp, on H5 and under jest (node).
 */

export const APP_KEY_PREFIX = 'jxj:'

export type StorageFailure = 'quota' | 'unavailable'

export type WriteResult = { ok: true } | { ok: false; reason: StorageFailure; message: string }

/** A read: nothing stored, a string that was stored, or storage could not be read at all. */
export type ReadResult = { kind: 'missing' } | { kind: 'found'; raw: string } | { kind: 'unavailable'; message: string }

/** The raw synchronous API that Taro (and a test double) offers. */
export interface KeyValueBackend {
  getItem(key: string): unknown
  setItem(key: string, value: string): void
  removeItem(key: string): void
  keys(): string[]
}

const QUOTA_PATTERN = /quota|exceed|limit|full|容量|已满|超过/i

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'errMsg' in error)
    return String((error as { errMsg: unknown }).errMsg)
  return String(error)
}

export function classifyWriteError(error: unknown): StorageFailure {
  return QUOTA_PATTERN.test(describe(error)) ? 'quota' : 'unavailable'
}

export interface KeyValueStore {
  read(key: string): ReadResult
  write(key: string, value: string): WriteResult
  remove(key: string): WriteResult
  /** Keys of this app only (with the prefix). */
  appKeys(): string[]
}

export function createKeyValueStore(backend: KeyValueBackend): KeyValueStore {
  const full = (key: string) => (key.startsWith(APP_KEY_PREFIX) ? key : APP_KEY_PREFIX + key)
  return {
    read(key) {
      let value: unknown
      try {
        value = backend.getItem(full(key))
      } catch (error) {
        return { kind: 'unavailable', message: describe(error) }
      }
      // WeChat returns '' for a key that was never set; H5 may return null or undefined.
      if (value === '' || value === null || value === undefined) return { kind: 'missing' }
      if (typeof value !== 'string') {
        // Something other than our JSON text: hand it on as text so that validation rejects it visibly.
        try {
          return { kind: 'found', raw: JSON.stringify(value) ?? String(value) }
        } catch {
          return { kind: 'found', raw: String(value) }
        }
      }
      return { kind: 'found', raw: value }
    },
    write(key, value) {
      try {
        backend.setItem(full(key), value)
        return { ok: true }
      } catch (error) {
        return { ok: false, reason: classifyWriteError(error), message: describe(error) }
      }
    },
    remove(key) {
      try {
        backend.removeItem(full(key))
        return { ok: true }
      } catch (error) {
        return { ok: false, reason: classifyWriteError(error), message: describe(error) }
      }
    },
    appKeys() {
      try {
        return backend.keys().filter((k) => k.startsWith(APP_KEY_PREFIX))
      } catch {
        return []
      }
    },
  }
}

/** A backend that keeps everything in memory: for tests and for when device storage is unavailable. */
export function createMemoryBackend(
  initial: Record<string, unknown> = {},
): KeyValueBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial))
  return {
    data,
    getItem: (key) => (data.has(key) ? data.get(key) : ''),
    setItem: (key, value) => {
      data.set(key, value)
    },
    removeItem: (key) => {
      data.delete(key)
    },
    keys: () => [...data.keys()],
  }
}
