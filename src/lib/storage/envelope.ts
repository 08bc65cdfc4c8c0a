/**
 * The one on-device format: every stored value is a versioned envelope
 *   { "schema": "settings", "v": 1, "savedAt": "2026-11-26T04:30:00.000Z", "data": { … } }
 * Reading goes JSON parse → envelope check → chained migrations v→v+1 → schema validation (valibot).
 * Anything that fails is reported as unreadable with a reason; the caller quarantines the raw text
 * (quarantine.ts) and starts clean. Nothing here throws.
 *
 * Values written before the envelope existed (zustand persist's own `{ state, version }`) are read as
 * envelopes of that version, so they go through the same migrations and validation.
 */
import * as v from 'valibot'

export interface Envelope<T = unknown> {
  /** What the value is ('settings', 'consent', 'applicationDrafts'…). */
  schema: string
  /** Version of `data`'s shape (1, 2, …). */
  v: number
  /** ISO time of the write. */
  savedAt: string
  data: T
}

/** A pure step from version n to n + 1. It may throw on data it cannot handle: that counts as unreadable. */
export type Migration = (data: unknown) => unknown

export interface EnvelopeSpec<T> {
  schema: string
  /** The current version. Versions start at 1. */
  version: number
  /** `migrations[n]` turns version n data into version n + 1 data, for every n from 1 to version − 1. */
  migrations: Readonly<Record<number, Migration>>
  /** The current shape. */
  dataSchema: v.GenericSchema<unknown, T>
}

export type UnreadableReason =
  'not_json' | 'not_an_envelope' | 'wrong_schema' | 'unknown_version' | 'migration_failed' | 'invalid_data'

export type DecodeResult<T> =
  | { ok: true; data: T; fromVersion: number; migrated: boolean; legacy: boolean }
  | { ok: false; reason: UnreadableReason; detail: string }

const versionSchema = v.pipe(v.number(), v.integer(), v.minValue(1))

const envelopeSchema = v.object({
  schema: v.pipe(v.string(), v.minLength(1)),
  v: versionSchema,
  savedAt: v.string(),
  data: v.unknown(),
})

/** zustand persist's own stored value, used before the envelope existed (settings v1). */
const legacyPersistSchema = v.object({ state: v.unknown(), version: versionSchema })

export function encodeEnvelope<T>(spec: Pick<EnvelopeSpec<T>, 'schema' | 'version'>, data: T, now: Date): string {
  const envelope: Envelope<T> = { schema: spec.schema, v: spec.version, savedAt: now.toISOString(), data }
  return JSON.stringify(envelope)
}

/** Finds the envelope in a parsed value: a real envelope, a legacy zustand value, or nothing. */
export function readEnvelope(parsed: unknown): { envelope: Envelope; legacy: boolean } | null {
  const direct = v.safeParse(envelopeSchema, parsed)
  if (direct.success) return { envelope: direct.output as Envelope, legacy: false }
  const legacy = v.safeParse(legacyPersistSchema, parsed)
  if (legacy.success) {
    return { envelope: { schema: '', v: legacy.output.version, savedAt: '', data: legacy.output.state }, legacy: true }
  }
  return null
}

/** Runs migrations from `from` up to `to`. Returns null when a step is missing or throws. */
export function migrateData(
  data: unknown,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>>,
): { ok: true; data: unknown } | { ok: false; failedAt: number } {
  let current = data
  for (let version = from; version < to; version++) {
    const step = migrations[version]
    if (typeof step !== 'function') return { ok: false, failedAt: version }
    try {
      current = step(current)
    } catch {
      return { ok: false, failedAt: version }
    }
  }
  return { ok: true, data: current }
}

function describeIssues(issues: readonly { message: string; path?: readonly { key: unknown }[] }[]): string {
  const first = issues[0]
  if (!first) return ''
  const path = first.path?.map((p) => String(p.key)).join('.') ?? ''
  return path ? `${path}: ${first.message}` : first.message
}

/** Validates data that is already of the current version. */
export function validateData<T>(spec: EnvelopeSpec<T>, data: unknown): DecodeResult<T> {
  const parsed = v.safeParse(spec.dataSchema, data)
  if (!parsed.success) return { ok: false, reason: 'invalid_data', detail: describeIssues(parsed.issues) }
  return { ok: true, data: parsed.output, fromVersion: spec.version, migrated: false, legacy: false }
}

/** Decodes a stored envelope of any known version into current, validated data. Never throws. */
export function decodeParsed<T>(spec: EnvelopeSpec<T>, parsed: unknown): DecodeResult<T> {
  const found = readEnvelope(parsed)
  if (!found) return { ok: false, reason: 'not_an_envelope', detail: 'no schema/v/data fields' }
  const { envelope, legacy } = found
  if (!legacy && envelope.schema !== spec.schema) {
    return { ok: false, reason: 'wrong_schema', detail: `expected ${spec.schema}, found ${envelope.schema}` }
  }
  if (envelope.v > spec.version) {
    // Written by a newer version of the app: never guess, never overwrite.
    return { ok: false, reason: 'unknown_version', detail: `version ${envelope.v} is newer than ${spec.version}` }
  }
  const migrated = migrateData(envelope.data, envelope.v, spec.version, spec.migrations)
  if (!migrated.ok) {
    return { ok: false, reason: 'migration_failed', detail: `migration from version ${migrated.failedAt} failed` }
  }
  const validated = validateData(spec, migrated.data)
  if (!validated.ok) return validated
  return { ...validated, fromVersion: envelope.v, migrated: envelope.v !== spec.version, legacy }
}

/** Decodes stored text. Never throws. */
export function decodeEnvelope<T>(spec: EnvelopeSpec<T>, raw: string): DecodeResult<T> {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { ok: false, reason: 'not_json', detail: 'the stored text is not JSON' }
  }
  return decodeParsed(spec, parsed)
}
