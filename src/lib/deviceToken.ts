import type { KeyValueStore } from './storage/keyValueStore'

const KEY = 'device:token'

function randomHex(bytes: number): string {
  const out = new Uint8Array(bytes)
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c?.getRandomValues) c.getRandomValues(out)
  else for (let i = 0; i < bytes; i++) out[i] = Math.floor(Math.random() * 256)
  return Array.from(out, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * A random token that identifies this device's applications ("我的申请"). Never derived from personal data.
 * Made on first use and kept in device storage.
 */
export function deviceToken(store: KeyValueStore): string {
  const read = store.read(KEY)
  if (read.kind === 'found') {
    try {
      const value: unknown = JSON.parse(read.raw)
      if (typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)) return value
    } catch {
      // unreadable: make a new one
    }
  }
  const token = randomHex(16)
  store.write(KEY, JSON.stringify(token))
  return token
}
