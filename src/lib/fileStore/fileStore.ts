/**
 * Photos and signatures kept on the device for a draft (security.md R2): the bytes go to a FileBlobBackend
 * (the user-data folder on weapp, IndexedDB on H5), never into key-value storage as base64. Only a small
 * index (ids, sizes, types, which draft and material item) is kept in the key-value store.
 * The logic here is platform-free; the backends are in weappFileBackend.ts and indexedDbFileBackend.ts.
 */
import type { KeyValueStore } from '@/lib/storage/keyValueStore'

export const FILE_INDEX_KEY = 'files:index'
export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const MAX_FILES_PER_ITEM = 6
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

export interface StoredFileMeta {
  id: string
  draftId: string
  /** Material item id ('id_card', …) or 'signature'. */
  itemId: string
  mimeType: string
  sizeBytes: number
  createdAt: string
  /** Where the backend keeps the bytes (a path or an IndexedDB key). */
  locator: string
}

export type FileStoreErrorCode = 'too_large' | 'empty' | 'unsupported_type' | 'too_many' | 'storage_failed'

export type FileSaveResult =
  { ok: true; file: StoredFileMeta } | { ok: false; code: FileStoreErrorCode; message: string }

/** The platform part: copies a temporary file into durable storage and reads it back for display. */
export interface FileBlobBackend {
  persist(
    id: string,
    source: { tempPath: string; mimeType: string },
  ): Promise<{ ok: true; locator: string } | { ok: false; message: string }>
  remove(locator: string): Promise<void>
  displayUrl(locator: string): Promise<string | null>
}

export interface FileSaveInput {
  tempPath: string
  sizeBytes: number
  /** MIME type if known; otherwise read from the file name extension of tempPath. */
  mimeType: string | null
  draftId: string
  itemId: string
}

/** The port the application form uses. */
export interface FileStore {
  save(input: FileSaveInput, now: Date): Promise<FileSaveResult>
  remove(id: string): Promise<void>
  removeForDraft(draftId: string): Promise<void>
  list(draftId: string, itemId?: string): StoredFileMeta[]
  displayUrl(id: string): Promise<string | null>
}

const EXTENSION_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  gif: 'image/gif',
  pdf: 'application/pdf',
}

export function guessMimeType(path: string): string | null {
  const ext = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(path)?.[1]?.toLowerCase()
  return ext ? (EXTENSION_TYPES[ext] ?? null) : null
}

/** Friendly message for a file that cannot be kept, or null when the file is fine. */
export function checkFile(
  mimeType: string | null,
  sizeBytes: number,
): { code: FileStoreErrorCode; message: string } | null {
  if (!Number.isFinite(sizeBytes) || sizeBytes <= 0) return { code: 'empty', message: '这张照片是空的，请重新拍一张' }
  if (sizeBytes > MAX_FILE_BYTES) {
    return { code: 'too_large', message: '照片太大了（超过 10 MB），请重新拍一张，或选一张小一点的' }
  }
  if (mimeType === 'image/heic' || mimeType === 'image/heif') {
    return {
      code: 'unsupported_type',
      message: '这是苹果手机的 HEIC 格式，暂时不能用。请直接用“拍照”，或在相机设置里改成“兼容性最佳”',
    }
  }
  if (mimeType === null || !(ACCEPTED_MIME_TYPES as readonly string[]).includes(mimeType)) {
    return { code: 'unsupported_type', message: '只能上传照片（JPG、PNG 格式），请重新选择' }
  }
  return null
}

function readIndex(store: KeyValueStore): StoredFileMeta[] {
  const read = store.read(FILE_INDEX_KEY)
  if (read.kind !== 'found') return []
  try {
    const parsed: unknown = JSON.parse(read.raw)
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (f): f is StoredFileMeta =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.id === 'string' &&
        typeof f.draftId === 'string' &&
        typeof f.itemId === 'string' &&
        typeof f.locator === 'string' &&
        typeof f.sizeBytes === 'number' &&
        typeof f.mimeType === 'string' &&
        typeof f.createdAt === 'string',
    )
  } catch {
    return []
  }
}

export function createFileStore(deps: {
  index: KeyValueStore
  backend: FileBlobBackend
  newId: () => Promise<string>
}): FileStore {
  const { index, backend } = deps
  const writeIndex = (files: StoredFileMeta[]) => index.write(FILE_INDEX_KEY, JSON.stringify(files))

  return {
    async save(input, now) {
      const mimeType = input.mimeType ?? guessMimeType(input.tempPath)
      const problem = checkFile(mimeType, input.sizeBytes)
      if (problem) return { ok: false, ...problem }
      const existing = readIndex(index).filter((f) => f.draftId === input.draftId && f.itemId === input.itemId)
      if (existing.length >= MAX_FILES_PER_ITEM) {
        return {
          ok: false,
          code: 'too_many',
          message: `这一项最多上传 ${MAX_FILES_PER_ITEM} 张照片，可以先删掉不清楚的`,
        }
      }
      const id = await deps.newId()
      const persisted = await backend.persist(id, { tempPath: input.tempPath, mimeType: mimeType as string })
      if (!persisted.ok)
        return { ok: false, code: 'storage_failed', message: '手机存储空间不够或暂时无法保存，请清理空间后再试' }
      const file: StoredFileMeta = {
        id,
        draftId: input.draftId,
        itemId: input.itemId,
        mimeType: mimeType as string,
        sizeBytes: input.sizeBytes,
        createdAt: now.toISOString(),
        locator: persisted.locator,
      }
      const written = writeIndex([...readIndex(index), file])
      if (!written.ok) {
        await backend.remove(persisted.locator)
        return { ok: false, code: 'storage_failed', message: '手机存储空间不够，照片没有保存，请清理空间后再试' }
      }
      return { ok: true, file }
    },
    async remove(id) {
      const files = readIndex(index)
      const file = files.find((f) => f.id === id)
      if (!file) return
      await backend.remove(file.locator)
      writeIndex(files.filter((f) => f.id !== id))
    },
    async removeForDraft(draftId) {
      const files = readIndex(index)
      for (const f of files.filter((x) => x.draftId === draftId)) await backend.remove(f.locator)
      writeIndex(files.filter((f) => f.draftId !== draftId))
    },
    list: (draftId, itemId) =>
      readIndex(index).filter((f) => f.draftId === draftId && (itemId === undefined || f.itemId === itemId)),
    async displayUrl(id) {
      const file = readIndex(index).find((f) => f.id === id)
      return file ? backend.displayUrl(file.locator) : null
    },
  }
}
