/**
 * The port through which the privacy features reach the application drafts and their photos without
 * importing the application feature: the draft store registers an adapter once
 * (`registerLocalDraftData({...})`, see src/lib/privacy/README in the final report), and 我的数据, consent
 * withdrawal, 清除本机数据 and the start-up purge use it. Without a registered adapter there are no drafts to
 * show or delete (the calls do nothing).
 */
import { draftsToPurge } from '@/domain/draftRetention'

export interface LocalDraftSummary {
  id: string
  /** Plain words for the list, never personal data: e.g. "最低生活保障 申请草稿". */
  title: string
  /** ISO time of the last edit (retention counts from here). */
  lastEditedAt: string
  photoCount: number
  photoBytes: number
}

export interface LocalDraftDataPort {
  list(): LocalDraftSummary[]
  /** Deletes one draft and its photos and signature (memory and storage). */
  remove(id: string): Promise<void>
  /** Deletes every draft, every photo and signature file, and any file no draft refers to. */
  removeAll(): Promise<void>
  /** removeAll, and forgets the submitted-application receipts too (清除本机数据). */
  reset(): Promise<void>
  /**
   * Deletes photo and signature files whose draft no longer exists (a submitted application whose files were not
   * removed because the app was closed at that moment). Returns how many drafts' files were removed.
   */
  removeOrphanFiles(): Promise<number>
}

let registered: LocalDraftDataPort | null = null

export function registerLocalDraftData(port: LocalDraftDataPort | null): void {
  registered = port
}

export function localDraftData(): LocalDraftDataPort | null {
  return registered
}

/**
 * Start-up purge (security.md P6): deletes drafts not edited for the retention period, with their files, and
 * files no draft refers to any more. Returns the ids of the drafts deleted. Never throws (a failed deletion is
 * retried at the next start).
 */
export async function purgeExpiredDrafts(now: Date, port: LocalDraftDataPort | null = registered): Promise<string[]> {
  if (!port) return []
  let due: string[]
  try {
    due = draftsToPurge(port.list(), now)
  } catch {
    return []
  }
  const purged: string[] = []
  for (const id of due) {
    try {
      await port.remove(id)
      purged.push(id)
    } catch {
      // keep going; it is tried again next time
    }
  }
  try {
    await port.removeOrphanFiles()
  } catch {
    // tried again next time
  }
  return purged
}
