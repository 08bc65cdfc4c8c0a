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

export const DRAFT_STORE_VERSION = 1
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

/**
 * Version 1 is the first stored shape. Anything stored without a version or with another version is read
 * field by field through the same validation, so an unknown shape loses only what cannot be read.
 */
export function migrateDraftState(persisted: unknown, _fromVersion: number): StoredDraftState {
  const { drafts, activeDraftId, receipts } = readStoredDraftState(persisted)
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
      name: 'applicationDrafts',
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
