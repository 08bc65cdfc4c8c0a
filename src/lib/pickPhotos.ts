import Taro from '@tarojs/taro'

export interface PickedPhoto {
  tempPath: string
  sizeBytes: number
  mimeType: string | null
}

export type PhotoSource = 'camera' | 'album'

/** Takes or chooses photos (Taro.chooseMedia, compressed). Cancelling returns []. */
export async function pickPhotos(source: PhotoSource, count = 3): Promise<PickedPhoto[]> {
  try {
    const result = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: [source],
      sizeType: ['compressed'],
    })
    return result.tempFiles.map((f) => {
      const original = (f as unknown as { originalFileObj?: { type?: string } }).originalFileObj
      return { tempPath: f.tempFilePath, sizeBytes: f.size, mimeType: original?.type || null }
    })
  } catch {
    return []
  }
}
