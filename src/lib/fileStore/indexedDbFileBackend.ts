import type { FileBlobBackend } from './fileStore'

const DB_NAME = 'jxj-files'
const STORE = 'blobs'

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode)
        const request = work(tx.objectStore(STORE))
        tx.oncomplete = () => {
          db.close()
          resolve(request.result)
        }
        tx.onerror = () => {
          db.close()
          reject(tx.error)
        }
      }),
  )
}

/** H5: the bytes of a chosen photo (a blob: URL) or a signature (a data: URL) are kept in IndexedDB as a Blob. */
export function createIndexedDbFileBackend(): FileBlobBackend {
  const urls = new Map<string, string>()
  return {
    async persist(id, source) {
      try {
        const blob = await (await fetch(source.tempPath)).blob()
        await run('readwrite', (s) => s.put(blob, id))
        return { ok: true, locator: id }
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) }
      }
    },
    async remove(locator) {
      try {
        await run('readwrite', (s) => s.delete(locator))
      } catch {
        // Nothing to remove.
      }
      const url = urls.get(locator)
      if (url) URL.revokeObjectURL(url)
      urls.delete(locator)
    },
    async displayUrl(locator) {
      const cached = urls.get(locator)
      if (cached) return cached
      try {
        const blob = await run<Blob | undefined>('readonly', (s) => s.get(locator))
        if (!blob) return null
        const url = URL.createObjectURL(blob)
        urls.set(locator, url)
        return url
      } catch {
        return null
      }
    },
  }
}
