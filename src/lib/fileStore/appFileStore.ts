import { deviceStore } from '@/lib/storage/deviceStore'
import { isWeapp } from '@/lib/platform'
import { randomUuid } from '@/lib/randomId'
import { createFileStore, type FileStore } from './fileStore'
import { createIndexedDbFileBackend } from './indexedDbFileBackend'
import { createWeappFileBackend } from './weappFileBackend'

let instance: FileStore | null = null

/** The device's file store: user-data folder on weapp, IndexedDB on H5. */
export function appFileStore(): FileStore {
  if (!instance) {
    instance = createFileStore({
      index: deviceStore,
      backend: isWeapp ? createWeappFileBackend() : createIndexedDbFileBackend(),
      newId: randomUuid,
    })
  }
  return instance
}
