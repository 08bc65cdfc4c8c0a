import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { KeyValueStore, StorageFailure } from './keyValueStore'

export interface PersistStorageEvents {
  /** A write failed (quota, storage unavailable). The state stays in memory. */
  onWriteFailure?: (key: string, reason: StorageFailure) => void
  /** What was stored could not be read back (not JSON, wrong shape). It is moved aside, never thrown. */
  onUnreadable?: (key: string, raw: string) => void
}

export const QUARANTINE_SUFFIX = ':quarantine'

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'state' in value &&
    (!('version' in value) || typeof (value as { version: unknown }).version === 'number')
  )
}

/**
 * A zustand `persist` storage over our key-value store. It never throws: unreadable data is kept under a
 * quarantine key and reported as "nothing stored"; failed writes are reported and the app goes on in memory.
 * State shape validation is the job of each store's `merge`.
 */
export function createPersistStorage<S>(store: KeyValueStore, events: PersistStorageEvents = {}): PersistStorage<S> {
  return {
    getItem(name) {
      const read = store.read(name)
      if (read.kind !== 'found') return null
      let parsed: unknown
      try {
        parsed = JSON.parse(read.raw)
      } catch {
        parsed = undefined
      }
      if (!isStorageValue(parsed)) {
        store.write(name + QUARANTINE_SUFFIX, read.raw)
        store.remove(name)
        events.onUnreadable?.(name, read.raw)
        return null
      }
      return parsed as StorageValue<S>
    },
    setItem(name, value) {
      const result = store.write(name, JSON.stringify(value))
      if (!result.ok) events.onWriteFailure?.(name, result.reason)
    },
    removeItem(name) {
      store.remove(name)
    },
  }
}
