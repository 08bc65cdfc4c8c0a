/**
 * The LocalDraftDataPort over the application draft store and the file store (registered in app.ts), so that
 * 我的数据, consent withdrawal, 清除本机数据 and the start-up purge reach the drafts and their photos.
 */
import dayjs from 'dayjs'
import { useApplicationDraftStore, flushDraftWrites } from '@/stores/applicationDraftStore'
import type { FileStore } from '@/lib/fileStore/fileStore'
import { FILE_INDEX_KEY } from '@/lib/fileStore/fileStore'
import type { KeyValueStore } from '@/lib/storage/keyValueStore'
import type { LocalDraftDataPort } from './localDraftData'

/** Draft ids that have files in the file index, including files whose draft is gone. */
function draftIdsWithFiles(index: KeyValueStore): string[] {
  const read = index.read(FILE_INDEX_KEY)
  if (read.kind !== 'found') return []
  try {
    const parsed: unknown = JSON.parse(read.raw)
    if (!Array.isArray(parsed)) return []
    const ids = parsed
      .map((f: unknown) => (typeof f === 'object' && f !== null ? (f as { draftId?: unknown }).draftId : undefined))
      .filter((id): id is string => typeof id === 'string')
    return [...new Set(ids)]
  } catch {
    return []
  }
}

export function createApplicationDraftDataAdapter(files: () => FileStore, index: KeyValueStore): LocalDraftDataPort {
  const store = useApplicationDraftStore
  const removeDraftAndFiles = async (id: string) => {
    await files().removeForDraft(id)
    store.getState().deleteDraft(id)
  }
  /** Files left behind by a draft that no longer exists. */
  const removeOrphanFiles = async () => {
    const drafts = store.getState().drafts
    const orphans = draftIdsWithFiles(index).filter((id) => !(id in drafts))
    for (const id of orphans) await files().removeForDraft(id)
    return orphans.length
  }
  const removeAll = async () => {
    for (const id of Object.keys(store.getState().drafts)) await removeDraftAndFiles(id)
    await removeOrphanFiles()
    flushDraftWrites()
  }
  return {
    list: () =>
      Object.values(store.getState().drafts).map((d) => {
        const own = files().list(d.id)
        return {
          id: d.id,
          title: `申请草稿（${dayjs(d.createdAt).format('M月D日')}开始填写）`,
          lastEditedAt: d.updatedAt,
          photoCount: own.length,
          photoBytes: own.reduce((sum, f) => sum + f.sizeBytes, 0),
        }
      }),
    async remove(id) {
      await removeDraftAndFiles(id)
      flushDraftWrites()
    },
    removeAll,
    removeOrphanFiles,
    async reset() {
      await removeAll()
      store.setState({ drafts: {}, activeDraftId: null, receipts: [], droppedOnLoad: 0 })
      flushDraftWrites()
    },
  }
}
