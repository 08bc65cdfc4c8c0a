import { isWeapp } from './platform'

function bytesToUuid(bytes: Uint8Array): string {
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * A UUID v4 from a cryptographic random source (security.md §3.3): `crypto.getRandomValues` on H5,
 * `wx.getRandomValues` on weapp. Never Math.random.
 */
export async function randomUuid(): Promise<string> {
  if (isWeapp) {
    const wxApi = (globalThis as unknown as { wx?: { getRandomValues?: (o: object) => void } }).wx
    if (wxApi?.getRandomValues) {
      const buffer = await new Promise<ArrayBuffer>((resolve, reject) =>
        wxApi.getRandomValues?.({
          length: 16,
          success: (r: { randomValues: ArrayBuffer }) => resolve(r.randomValues),
          fail: reject,
        }),
      )
      return bytesToUuid(new Uint8Array(buffer))
    }
  }
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return bytesToUuid(bytes)
}
