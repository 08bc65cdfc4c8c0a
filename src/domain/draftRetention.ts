/**
 * Draft retention (security.md P6, §1.6; PIPL Art. 19 and 47): a draft that has not been edited for
 * DRAFT_RETENTION_DAYS whole days is deleted together with its photos. Pure: the caller passes today.
 */
import { DRAFT_RETENTION_DAYS } from './privacyNotice'

export interface RetainedDraft {
  id: string
  /** ISO time of the last edit. */
  lastEditedAt: string
}

const DAY_MS = 24 * 60 * 60 * 1000
export const MAX_CLOCK_SKEW_MS = DAY_MS

/** When the draft will be deleted (its last edit + the retention period), or null for an unreadable date. */
export function draftExpiresAt(lastEditedAt: string, retentionDays: number = DRAFT_RETENTION_DAYS): Date | null {
  const edited = Date.parse(lastEditedAt)
  if (!Number.isFinite(edited)) return null
  return new Date(edited + retentionDays * DAY_MS)
}

/**
 * Whether the draft is due for deletion at `now`: its retention period has fully passed. A draft whose date
 * cannot be read is due too (it cannot prove it is recent), and so is one edited more than a day in the
 * future (a tampered or broken clock would otherwise keep it forever; one day allows for clock skew).
 */
export function isDraftDue(draft: RetainedDraft, now: Date, retentionDays: number = DRAFT_RETENTION_DAYS): boolean {
  const expires = draftExpiresAt(draft.lastEditedAt, retentionDays)
  if (expires === null) return true
  if (Date.parse(draft.lastEditedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) return true
  return now.getTime() >= expires.getTime()
}

/** The ids of the drafts to delete now, in input order. */
export function draftsToPurge(
  drafts: readonly RetainedDraft[],
  now: Date,
  retentionDays: number = DRAFT_RETENTION_DAYS,
): string[] {
  return drafts.filter((d) => isDraftDue(d, now, retentionDays)).map((d) => d.id)
}

/** Whole days left before deletion (0 on the last day), for the draft card: "还会保留 12 天". */
export function daysLeft(lastEditedAt: string, now: Date, retentionDays: number = DRAFT_RETENTION_DAYS): number {
  const expires = draftExpiresAt(lastEditedAt, retentionDays)
  if (expires === null) return 0
  return Math.max(0, Math.floor((expires.getTime() - now.getTime()) / DAY_MS))
}
