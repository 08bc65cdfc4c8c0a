import Taro from '@tarojs/taro'
import { isWeapp } from '@/lib/platform'

/**
 * Lets the applicant pick photos of the missing material. Returns local file ids (paths), never contents;
 * null where picking files is not available (H5) or was cancelled.
 */
export async function pickSupplementFiles(): Promise<string[] | null> {
  if (!isWeapp || typeof Taro.chooseMedia !== 'function') return null
  try {
    const picked = await Taro.chooseMedia({ count: 3, mediaType: ['image'], sourceType: ['album', 'camera'] })
    const ids = picked.tempFiles.map((f) => f.tempFilePath).filter(Boolean)
    return ids.length > 0 ? ids : null
  } catch {
    return null
  }
}

export const canPickFiles = isWeapp
