import Taro from '@tarojs/taro'
import type { FileBlobBackend } from './fileStore'

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }

/**
 * weapp: temporary files from chooseMedia or canvasToTempFilePath are valid only for the current
 * lifecycle, so they are saved into `${USER_DATA_PATH}/jxj-files/` (200 MB area, security.md §3.2).
 */
export function createWeappFileBackend(): FileBlobBackend {
  const fs = Taro.getFileSystemManager()
  const root = `${Taro.env.USER_DATA_PATH}/jxj-files`
  const ensureRoot = () => {
    try {
      fs.accessSync(root)
    } catch {
      try {
        fs.mkdirSync(root, true)
      } catch {
        // saveFile below reports the failure.
      }
    }
  }
  return {
    persist(id, source) {
      ensureRoot()
      const filePath = `${root}/${id}.${EXTENSIONS[source.mimeType] ?? 'jpg'}`
      return new Promise((resolve) => {
        fs.saveFile({
          tempFilePath: source.tempPath,
          filePath,
          success: () => resolve({ ok: true, locator: filePath }),
          fail: (e) => resolve({ ok: false, message: e.errMsg }),
        })
      })
    },
    remove(locator) {
      return new Promise((resolve) => {
        fs.unlink({ filePath: locator, success: () => resolve(), fail: () => resolve() })
      })
    },
    displayUrl: async (locator) => locator,
  }
}
