/**
 * Quarantine: stored text that could not be read is never overwritten and never thrown away silently. It is
 * moved to its own key `quarantine:<original key>:<time>` as a record that keeps the raw text byte for byte,
 * and shown in 我的数据 ("有 1 份保存的内容无法恢复") with a 删除 action.
 *
 * Older quarantine keys (`<key>:quarantine`, e.g. the mock server's `server:db:quarantine`) are listed too.
 */
import * as v from 'valibot'
import { APP_KEY_PREFIX, type KeyValueStore, type WriteResult } from './keyValueStore'

export const QUARANTINE_PREFIX = 'quarantine:'
export const LEGACY_QUARANTINE_SUFFIX = ':quarantine'
/** At most this many quarantine records are kept; the oldest go first. */
export const MAX_QUARANTINE_RECORDS = 10

export interface QuarantineRecord {
  originalKey: string
  /** ISO time it was set aside. */
  at: string
  /** Why it could not be read (an UnreadableReason or another short code). */
  reason: string
  /** The stored text exactly as it was found. */
  raw: string
}

export interface QuarantineEntry {
  /** The key to pass to deleteQuarantined (without the app prefix). */
  storageKey: string
  originalKey: string
  at: string | null
  reason: string | null
  /** Size of the stored text in bytes (UTF-8). */
  bytes: number
}

const recordSchema = v.object({ originalKey: v.string(), at: v.string(), reason: v.string(), raw: v.string() })

export function utf8Bytes(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return bytes
}

const stripPrefix = (key: string) => (key.startsWith(APP_KEY_PREFIX) ? key.slice(APP_KEY_PREFIX.length) : key)

export function isQuarantineKey(key: string): boolean {
  const bare = stripPrefix(key)
  return bare.startsWith(QUARANTINE_PREFIX) || bare.endsWith(LEGACY_QUARANTINE_SUFFIX)
}

/** Lists what is in quarantine, oldest first. */
export function listQuarantined(store: KeyValueStore): QuarantineEntry[] {
  const entries: QuarantineEntry[] = []
  for (const key of store.appKeys()) {
    const bare = stripPrefix(key)
    if (!isQuarantineKey(bare)) continue
    const read = store.read(bare)
    if (read.kind !== 'found') continue
    let record: QuarantineRecord | null = null
    if (bare.startsWith(QUARANTINE_PREFIX)) {
      try {
        const parsed = v.safeParse(recordSchema, JSON.parse(read.raw))
        if (parsed.success) record = parsed.output
      } catch {
        record = null
      }
    }
    entries.push({
      storageKey: bare,
      originalKey: record?.originalKey ?? bare.replace(QUARANTINE_PREFIX, '').replace(LEGACY_QUARANTINE_SUFFIX, ''),
      at: record?.at ?? null,
      reason: record?.reason ?? null,
      bytes: utf8Bytes(read.raw),
    })
  }
  return entries.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))
}

export type QuarantineResult = { ok: true; storageKey: string } | { ok: false; failure: WriteResult }

/**
 * Moves unreadable text aside. The original key is removed only after the copy was written, so a failed
 * copy (full storage) leaves the original where it was.
 */
export function quarantineRaw(
  store: KeyValueStore,
  originalKey: string,
  raw: string,
  reason: string,
  now: Date,
): QuarantineResult {
  const bare = stripPrefix(originalKey)
  let storageKey = `${QUARANTINE_PREFIX}${bare}:${now.getTime()}`
  for (let n = 1; store.read(storageKey).kind === 'found'; n++)
    storageKey = `${QUARANTINE_PREFIX}${bare}:${now.getTime()}-${n}`
  const record: QuarantineRecord = { originalKey: bare, at: now.toISOString(), reason, raw }
  const written = store.write(storageKey, JSON.stringify(record))
  if (!written.ok) return { ok: false, failure: written }
  store.remove(bare)
  const all = listQuarantined(store).filter((e) => e.storageKey.startsWith(QUARANTINE_PREFIX))
  for (const old of all.slice(0, Math.max(0, all.length - MAX_QUARANTINE_RECORDS))) store.remove(old.storageKey)
  return { ok: true, storageKey }
}

/** Reads the raw text kept in quarantine (for 导出), or null. */
export function readQuarantinedRaw(store: KeyValueStore, storageKey: string): string | null {
  if (!isQuarantineKey(storageKey)) return null
  const read = store.read(storageKey)
  if (read.kind !== 'found') return null
  if (!stripPrefix(storageKey).startsWith(QUARANTINE_PREFIX)) return read.raw
  try {
    const parsed = v.safeParse(recordSchema, JSON.parse(read.raw))
    return parsed.success ? parsed.output.raw : read.raw
  } catch {
    return read.raw
  }
}

export function deleteQuarantined(store: KeyValueStore, storageKey: string): WriteResult {
  if (!isQuarantineKey(storageKey)) return { ok: false, reason: 'unavailable', message: 'not a quarantine key' }
  return store.remove(storageKey)
}
