import { createKeyValueStore } from './keyValueStore'
import { taroBackend } from './taroBackend'

/** This device's storage, shared by every store of the app. */
export const deviceStore = createKeyValueStore(taroBackend)
