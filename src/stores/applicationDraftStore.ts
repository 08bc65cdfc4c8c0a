/**
 * Application drafts (several may exist) and the receipts of submitted applications, persisted on the
 * device through the storage adapter. Changes are written debounced and flushed when the app is hidden or
 * the step changes (flushDraftWrites). Stored data is validated draft by draft: a draft that does not match
 * the schema is dropped; the others are kept. Drafts expire 30 days after their last edit.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import * as v from 'valibot'
import { createPersistStorage } from '@/lib/storage/persistStorage'
import { createDebouncedPersistStorage } from '@/lib/storage/debouncedPersistStorage'
import { deviceStore } from '@/lib/storage/deviceStore'
import { emptyAnswers, type DraftAnswers } from '@/domain/applicationDraft/draftAnswers'
import {
  applicationDraftSchema,
  isDraftExpired,
  submittedApplicationSchema,
  type ApplicationDraft,
  type DraftSubmission,
  type SubmittedApplication,
} from '@/domain/applicationDraft/draftSchema'
import type { StepId } from '@/domain/applicationDraft/draftSteps'
import type { EnvelopeSpec, Migration } from '@/lib/storage/envelope'

/** 1: first shape. 2: a submission keeps the payload sent with its key (submission.sentPayload). */
export const DRAFT_STORE_VERSION = 2
export const DRAFT_STORAGE_KEY = 'applicationDrafts'
export const DRAFT_WRITE_DELAY_MS = 400
/** Submitted applications remembered on this device (reference only), newest first. */
export const MAX_RECEIPTS = 20

export interface StoredDraftState {
  drafts: Record<string, ApplicationDraft>
  activeDraftId: string | null
  receipts: SubmittedApplication[]
}

export interface ApplicationDraftState extends StoredDraftState {
  /** Drafts dropped at the last load because they could not be read. */
  droppedOnLoad: number
  createDraft: (id: string, now: Date, answers?: DraftAnswers, prefilledFromPrecheck?: boolean) => void
  openDraft: (id: string) => void
  updateAnswers: (id: string, update: (answers: DraftAnswers) => DraftAnswers, now: Date) => void
  goToStep: (id: string, step: StepId, now: Date) => void
  deleteDraft: (id: string) => void
  purgeExpired: (now: Date) => string[]
  setSubmission: (id: string, submission: Partial<DraftSubmission>) => void
  /** The service acknowledged: remember the receipt, then remove the draft. */
  completeSubmission: (id: string, receipt: SubmittedApplication) => void
}

const emptyState = (): StoredDraftState => ({ drafts: {}, activeDraftId: null, receipts: [] })

export const idleSubmission = (): DraftSubmission => ({
  idempotencyKey: null,
  state: 'idle',
  errorMessage: null,
  existingReference: null,
  sentPayload: null,
})

/** Reads stored state draft by draft. Never throws; returns how many drafts were unreadable. */
export function readStoredDraftState(persisted: unknown): StoredDraftState & { dropped: number } {
  const out = { ...emptyState(), dropped: 0 }
  if (typeof persisted !== 'object' || persisted === null) return out
  const record = persisted as Record<string, unknown>
  const drafts = record.drafts
  if (typeof drafts === 'object' && drafts !== null && !Array.isArray(drafts)) {
    for (const [id, raw] of Object.entries(drafts)) {
      const parsed = v.safeParse(applicationDraftSchema, raw)
      if (parsed.success && parsed.output.id === id) out.drafts[id] = parsed.output
      else out.dropped++
    }
  }
  if (typeof record.activeDraftId === 'string' && out.drafts[record.activeDraftId])
    out.activeDraftId = record.activeDraftId
  if (Array.isArray(record.receipts)) {
    for (const raw of record.receipts) {
      const parsed = v.safeParse(submittedApplicationSchema, raw)
      if (parsed.success) out.receipts.push(parsed.output)
    }
    out.receipts = out.receipts.slice(0, MAX_RECEIPTS)
  }
  return out
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * Version 1 → 2: submissions gain `sentPayload`. A version 1 draft that was pending kept no copy of what was
 * sent, so it gets null (its retry sends the current answers with the same key, as version 1 did).
 * Never throws: anything that is not a draft is left as it is for the validation to drop.
 */
const addSentPayload: Migration = (data) => {
  if (!isRecord(data) || !isRecord(data.drafts)) return data
  const drafts: Record<string, unknown> = {}
  for (const [id, draft] of Object.entries(data.drafts)) {
    drafts[id] =
      isRecord(draft) && isRecord(draft.submission) && !('sentPayload' in draft.submission)
        ? { ...draft, submission: { ...draft.submission, sentPayload: null } }
        : draft
  }
  return { ...data, drafts }
}

export const DRAFT_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: addSentPayload }

export const storedDraftStateSchema = v.object({
  drafts: v.record(v.string(), applicationDraftSchema),
  activeDraftId: v.nullable(v.string()),
  receipts: v.array(submittedApplicationSchema),
})

/** The stored shape, for the storage fixture tests (the store itself reads draft by draft, see below). */
export const draftEnvelopeSpec: EnvelopeSpec<StoredDraftState> = {
  schema: DRAFT_STORAGE_KEY,
  version: DRAFT_STORE_VERSION,
  migrations: DRAFT_MIGRATIONS,
  dataSchema: storedDraftStateSchema,
}

/**
 * Runs the version steps, then reads the result field by field through the validation, so that an unknown
 * or damaged shape loses only what cannot be read (one bad draft does not cost the others).
 */
export function migrateDraftState(persisted: unknown, fromVersion: number): StoredDraftState {
  let data = persisted
  for (let version = Math.max(1, fromVersion || 1); version < DRAFT_STORE_VERSION; version++) {
    const step = DRAFT_MIGRATIONS[version]
    try {
      data = step ? step(data) : data
    } catch {
      // read what can be read below
    }
  }
  const { drafts, activeDraftId, receipts } = readStoredDraftState(data)
  return { drafts, activeDraftId, receipts }
}

export const draftPersistStorage = createDebouncedPersistStorage(
  createPersistStorage<StoredDraftState>(deviceStore),
  DRAFT_WRITE_DELAY_MS,
)

/** Writes pending draft changes now (useDidHide, step changes, before a submission request). */
export function flushDraftWrites(): void {
  draftPersistStorage.flush()
}

export const useApplicationDraftStore = create<ApplicationDraftState>()(
  persist(
    (set, get) => {
      const patchDraft = (id: string, patch: (d: ApplicationDraft) => ApplicationDraft) => {
        const draft = get().drafts[id]
        if (!draft) return
        set({ drafts: { ...get().drafts, [id]: patch(draft) } })
      }
      return {
        ...emptyState(),
        droppedOnLoad: 0,
        createDraft: (id, now, answers = emptyAnswers(), prefilledFromPrecheck = false) => {
          const at = now.toISOString()
          const draft: ApplicationDraft = {
            id,
            createdAt: at,
            updatedAt: at,
            step: 'notice',
            prefilledFromPrecheck,
            answers,
            submission: idleSubmission(),
          }
          set({ drafts: { ...get().drafts, [id]: draft }, activeDraftId: id })
        },
        openDraft: (id) => {
          if (get().drafts[id]) set({ activeDraftId: id })
        },
        updateAnswers: (id, update, now) =>
          patchDraft(id, (d) => ({ ...d, answers: update(d.answers), updatedAt: now.toISOString() })),
        goToStep: (id, step, now) => patchDraft(id, (d) => ({ ...d, step, updatedAt: now.toISOString() })),
        deleteDraft: (id) => {
          const drafts = { ...get().drafts }
          delete drafts[id]
          set({ drafts, activeDraftId: get().activeDraftId === id ? null : get().activeDraftId })
        },
        purgeExpired: (now) => {
          const expired = Object.values(get().drafts)
            .filter((d) => isDraftExpired(d, now))
            .map((d) => d.id)
          if (expired.length) {
            const drafts = { ...get().drafts }
            for (const id of expired) delete drafts[id]
            const active = get().activeDraftId
            set({ drafts, activeDraftId: active && drafts[active] ? active : null })
          }
          return expired
        },
        setSubmission: (id, submission) =>
          patchDraft(id, (d) => ({ ...d, submission: { ...d.submission, ...submission } })),
        completeSubmission: (id, receipt) => {
          const drafts = { ...get().drafts }
          delete drafts[id]
          const receipts = [receipt, ...get().receipts.filter((r) => r.reference !== receipt.reference)].slice(
            0,
            MAX_RECEIPTS,
          )
          set({ drafts, receipts, activeDraftId: get().activeDraftId === id ? null : get().activeDraftId })
        },
      }
    },
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_STORE_VERSION,
      storage: draftPersistStorage,
      partialize: (s) => ({ drafts: s.drafts, activeDraftId: s.activeDraftId, receipts: s.receipts }),
      migrate: (persisted, version) => migrateDraftState(persisted, version),
      merge: (persisted, current) => {
        const { dropped, ...stored } = readStoredDraftState(persisted)
        return { ...current, ...stored, droppedOnLoad: dropped }
      },
    },
  ),
)
