/**
 * The mock server's database: one JSON document in the key-value store under `server:db` (its own namespace,
 * apart from the device's drafts and settings). Validated with valibot on every load, migrated by version;
 * anything unreadable is moved to `server:db:quarantine` and the database starts again from the seed.
 */
import * as v from 'valibot'
import type { KeyValueStore } from '@/lib/storage/keyValueStore'
import type { ApplicationPayload } from '@/services/applicationPayload'
import type { SubmitReceipt } from '@/services/applicationService'
import type { CaseStatus, WorkflowCase } from '@/domain/workflow/types'
import { applicationPayloadSchema } from '@/services/applicationPayloadSchema'

export const DB_KEY = 'server:db'
export const DB_QUARANTINE_KEY = 'server:db:quarantine'
export const DB_VERSION = 1

export interface StoredApplication {
  reference: string
  /** The device the application was submitted from; null for applications made elsewhere (代办 at the window). */
  deviceToken: string | null
  idempotencyKey: string | null
  payloadHash: string
  payload: ApplicationPayload
  receivingOffice: { townCode: string; name: string | null }
  /** The server's own eligibility estimate at submission (fen per month), or null. */
  estimatedMonthlyFen: number | null
  /** 补正 items the applicant has provided (labels from the case's supplementItems). */
  supplementProvided: { item: string; how: 'uploaded' | 'at_window'; at: string }[]
  /** Fictional caseworker, shown masked on the 救助明白卡. */
  caseworker: string
  case: WorkflowCase
}

export interface StoredMessage {
  id: string
  reference: string
  deviceToken: string | null
  at: string
  status: CaseStatus
  title: string
  body: string
  read: boolean
}

export interface IdempotencyRecord {
  payloadHash: string
  receipt: SubmitReceipt
}

export interface MockDb {
  version: typeof DB_VERSION
  /** The demo clock: milliseconds added to the real (or injected) clock. */
  clockOffsetMs: number
  /** Last sequence number per day (YYYYMMDD) for reference numbers. */
  sequences: Record<string, number>
  applications: StoredApplication[]
  idempotency: Record<string, IdempotencyRecord>
  messages: StoredMessage[]
  nextMessageId: number
}

const STATUSES = [
  'submitted',
  'needs_supplement',
  'accepted',
  'verification',
  'investigation',
  'review',
  'publicity',
  'emergency_aid_granted',
  'approval_review',
  'approved',
  'refused',
  'withdrawn',
] as const
const PROGRAMMES = [
  'dibao',
  'dibao_edge',
  'rigid_expense',
  'tekun',
  'temporary_emergency',
  'temporary_expense',
] as const
const LEVELS = ['village', 'township', 'county'] as const

const logEntrySchema = v.looseObject({
  seq: v.number(),
  at: v.string(),
  event: v.string(),
  from: v.picklist(STATUSES),
  to: v.picklist(STATUSES),
  level: v.picklist(LEVELS),
  action: v.string(),
  result: v.string(),
})

const caseSchema = v.looseObject({
  id: v.string(),
  programme: v.picklist(PROGRAMMES),
  status: v.picklist(STATUSES),
  submittedAt: v.string(),
  submittedVia: v.picklist(['village', 'township']),
  offices: v.record(v.string(), v.string()),
  approvalDelegatedToTownship: v.boolean(),
  subjectIsMinor: v.boolean(),
  publicityRounds: v.number(),
  log: v.array(logEntrySchema),
})

const receiptSchema = v.object({
  reference: v.string(),
  submittedAt: v.string(),
  receivingOffice: v.object({ townCode: v.string(), name: v.nullable(v.string()) }),
  replayed: v.boolean(),
})

const applicationSchema = v.object({
  reference: v.pipe(v.string(), v.regex(/^SX\d{12}$/)),
  deviceToken: v.nullable(v.string()),
  idempotencyKey: v.nullable(v.string()),
  payloadHash: v.string(),
  payload: applicationPayloadSchema,
  receivingOffice: v.object({ townCode: v.string(), name: v.nullable(v.string()) }),
  estimatedMonthlyFen: v.nullable(v.number()),
  supplementProvided: v.array(
    v.object({ item: v.string(), how: v.picklist(['uploaded', 'at_window']), at: v.string() }),
  ),
  caseworker: v.string(),
  case: caseSchema,
})

const messageSchema = v.object({
  id: v.string(),
  reference: v.string(),
  deviceToken: v.nullable(v.string()),
  at: v.string(),
  status: v.picklist(STATUSES),
  title: v.string(),
  body: v.string(),
  read: v.boolean(),
})

export const mockDbSchema = v.object({
  version: v.literal(DB_VERSION),
  clockOffsetMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sequences: v.record(v.string(), v.number()),
  applications: v.array(applicationSchema),
  idempotency: v.record(v.string(), v.object({ payloadHash: v.string(), receipt: receiptSchema })),
  messages: v.array(messageSchema),
  nextMessageId: v.pipe(v.number(), v.integer(), v.minValue(1)),
})

/**
 * Version 0 (the first demo build): no messages, no demo clock, and the idempotency keys as a list of
 * { key, reference, payloadHash } without the stored receipt.
 */
const v0Schema = v.object({
  version: v.literal(0),
  sequences: v.record(v.string(), v.number()),
  applications: v.array(v.omit(applicationSchema, ['idempotencyKey'])),
  keys: v.array(v.object({ key: v.string(), reference: v.string(), payloadHash: v.string() })),
})

function migrateV0(old: v.InferOutput<typeof v0Schema>): unknown {
  const idempotency: Record<string, IdempotencyRecord> = {}
  const applications = old.applications.map((a) => {
    const key = old.keys.find((k) => k.reference === a.reference)
    return { ...a, idempotencyKey: key?.key ?? null }
  })
  for (const k of old.keys) {
    const app = applications.find((a) => a.reference === k.reference)
    if (!app) continue
    idempotency[k.key] = {
      payloadHash: k.payloadHash,
      receipt: {
        reference: app.reference,
        submittedAt: app.case.submittedAt,
        receivingOffice: app.receivingOffice,
        replayed: false,
      },
    }
  }
  return {
    version: 1,
    clockOffsetMs: 0,
    sequences: old.sequences,
    applications,
    idempotency,
    messages: [],
    nextMessageId: 1,
  }
}

export type DbLoad =
  | { kind: 'loaded'; db: MockDb; migratedFrom?: number }
  | { kind: 'missing' }
  | { kind: 'corrupt'; raw: string }
  | { kind: 'unavailable'; message: string }

/** Reads, validates and migrates. Never throws. */
export function readDb(store: KeyValueStore): DbLoad {
  const read = store.read(DB_KEY)
  if (read.kind === 'missing') return { kind: 'missing' }
  if (read.kind === 'unavailable') return read
  let parsed: unknown
  try {
    parsed = JSON.parse(read.raw)
  } catch {
    return { kind: 'corrupt', raw: read.raw }
  }
  let migratedFrom: number | undefined
  const old = v.safeParse(v0Schema, parsed)
  if (old.success) {
    parsed = migrateV0(old.output)
    migratedFrom = 0
  }
  const current = v.safeParse(mockDbSchema, parsed)
  if (!current.success) return { kind: 'corrupt', raw: read.raw }
  // Every reference must be unique, or the database cannot be trusted.
  const refs = new Set(current.output.applications.map((a) => a.reference))
  if (refs.size !== current.output.applications.length) return { kind: 'corrupt', raw: read.raw }
  return { kind: 'loaded', db: current.output as unknown as MockDb, migratedFrom }
}

export function writeDb(store: KeyValueStore, db: MockDb): boolean {
  return store.write(DB_KEY, JSON.stringify(db)).ok
}

export function quarantine(store: KeyValueStore, raw: string): void {
  store.write(DB_QUARANTINE_KEY, raw)
}

export function emptyDb(): MockDb {
  return {
    version: DB_VERSION,
    clockOffsetMs: 0,
    sequences: {},
    applications: [],
    idempotency: {},
    messages: [],
    nextMessageId: 1,
  }
}

/** Stable JSON (sorted keys) for hashing payloads. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; enough to tell two payloads apart). */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

export function payloadHash(payload: ApplicationPayload): string {
  return hashText(stableJson(payload))
}
