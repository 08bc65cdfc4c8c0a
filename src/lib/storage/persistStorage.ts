import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { KeyValueStore, StorageFailure } from './keyValueStore'
import { decodeParsed, encodeEnvelope, readEnvelope, type EnvelopeSpec } from './envelope'
import { quarantineRaw } from './quarantine'
import * as v from 'valibot'

export interface PersistStorageEvents {
  /** A write failed (quota, storage unavailable). The state stays in memory. */
  onWriteFailure?: (key: string, reason: StorageFailure) => void
  /** What was stored could not be read back (not JSON, wrong shape). It is moved aside, never thrown. */
  onUnreadable?: (key: string, raw: string) => void
  /** Clock for the envelope's savedAt and the quarantine time (tests). */
  now?: () => Date
}

/** Passes any data through: the store's own `migrate` and validating `merge` check the state. */
const anyData = <S>(name: string, version: number): EnvelopeSpec<S> => ({
  schema: name,
  version,
  migrations: {},
  dataSchema: v.unknown() as v.GenericSchema<unknown, S>,
})

/**
 * A zustand `persist` storage over our key-value store, in the versioned envelope of envelope.ts
 * (`{schema: <name>, v: <version>, savedAt, data: <state>}`); values saved in zustand's own
 * `{state, version}` form are still read. It never throws: unreadable data is quarantined (quarantine.ts)
 * and reported as "nothing stored"; failed writes are reported and the app goes on in memory.
 * Migrations run in each store's `migrate` (zustand passes the stored version); validation in its `merge`.
 */
export function createPersistStorage<S>(store: KeyValueStore, events: PersistStorageEvents = {}): PersistStorage<S> {
  const now = events.now ?? (() => new Date())
  return {
    getItem(name) {
      const read = store.read(name)
      if (read.kind !== 'found') return null
      let parsed: unknown
      let reason = 'not_json'
      try {
        parsed = JSON.parse(read.raw)
        reason = 'not_an_envelope'
      } catch {
        parsed = undefined
      }
      const found = parsed === undefined ? null : readEnvelope(parsed)
      if (found && (found.legacy || found.envelope.schema === name)) {
        return { state: found.envelope.data as S, version: found.envelope.v }
      }
      if (found) reason = 'wrong_schema'
      quarantineRaw(store, name, read.raw, reason, now())
      events.onUnreadable?.(name, read.raw)
      return null
    },
    setItem(name, value: StorageValue<S>) {
      const result = store.write(name, encodeEnvelope(anyData<S>(name, value.version ?? 1), value.state, now()))
      if (!result.ok) events.onWriteFailure?.(name, result.reason)
    },
    removeItem(name) {
      store.remove(name)
    },
  }
}

/** For stores: a zustand `migrate` that runs the chained envelope migrations and validates the result. */
export function migrateWith<T>(spec: EnvelopeSpec<T>, fallback: (persisted: unknown) => T) {
  return (persisted: unknown, version: number): T => {
    const decoded = decodeParsed(spec, { schema: spec.schema, v: version || 1, savedAt: '', data: persisted })
    return decoded.ok ? decoded.data : fallback(persisted)
  }
}
