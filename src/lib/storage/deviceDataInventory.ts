/**
 * What this app keeps on the device, in human terms (我的数据): one row per kind of data with its size, the
 * full export text (the person's right to a copy, PIPL Art. 45) and 清除本机数据 over this app's keys only.
 * Taro H5's clearStorage would wipe the whole origin (security.md §3.5), so keys are removed one by one.
 */
import { APP_KEY_PREFIX, type KeyValueStore } from './keyValueStore'
import { readEnvelope } from './envelope'
import { isQuarantineKey, utf8Bytes } from './quarantine'

export interface DeviceDataRow {
  /** Stable id for lists. */
  id: string
  label: string
  /** e.g. "2 份" / "3 张"; empty when a count means nothing. */
  detail: string
  bytes: number
  keys: string[]
}

const LABELS: Record<string, string> = {
  settings: '设置',
  consent: '隐私同意记录',
  applicationDrafts: '申请草稿',
  'files:index': '照片和签名',
  'server:db': '模拟后端数据（演示用，代替服务器）',
  'device:token': '本机编号（随机生成，用来认出“我的申请”）',
}

const bare = (key: string) => (key.startsWith(APP_KEY_PREFIX) ? key.slice(APP_KEY_PREFIX.length) : key)

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return undefined
  }
}

/** The data inside an envelope (or zustand's {state}), or the value itself. */
function payloadOf(raw: string): unknown {
  const parsed = parse(raw)
  const found = parsed === undefined ? null : readEnvelope(parsed)
  return found ? found.envelope.data : parsed
}

function countOf(key: string, raw: string): string {
  const data = payloadOf(raw)
  if (key === 'applicationDrafts' && typeof data === 'object' && data !== null) {
    const drafts = (data as { drafts?: unknown }).drafts
    if (typeof drafts === 'object' && drafts !== null) return `${Object.keys(drafts).length} 份`
  }
  if (key === 'files:index' && Array.isArray(data)) return `${data.length} 个文件（照片本身另存在手机文件里）`
  if (key === 'server:db' && typeof data === 'object' && data !== null) {
    const apps = (data as { applications?: unknown }).applications
    if (Array.isArray(apps)) return `${apps.length} 份申请`
  }
  return ''
}

/** Rows for 我的数据, biggest first; unknown keys are listed under their own name, never hidden. */
export function describeDeviceData(store: KeyValueStore): DeviceDataRow[] {
  const rows: DeviceDataRow[] = []
  let quarantine: DeviceDataRow | null = null
  for (const full of store.appKeys()) {
    const key = bare(full)
    const read = store.read(key)
    const raw = read.kind === 'found' ? read.raw : ''
    const bytes = utf8Bytes(key) + utf8Bytes(raw)
    if (isQuarantineKey(key)) {
      quarantine ??= { id: 'quarantine', label: '无法恢复的内容', detail: '', bytes: 0, keys: [] }
      quarantine.bytes += bytes
      quarantine.keys.push(key)
      quarantine.detail = `${quarantine.keys.length} 份`
      continue
    }
    rows.push({ id: key, label: LABELS[key] ?? `其他（${key}）`, detail: countOf(key, raw), bytes, keys: [key] })
  }
  if (quarantine) rows.push(quarantine)
  return rows.sort((a, b) => b.bytes - a.bytes)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Everything stored under this app's keys as readable text, unmasked: it is the person's own copy.
 * Photos are files, not text, and are named but not included.
 */
export function exportDeviceData(store: KeyValueStore, now: Date): string {
  const parts = [
    `社会救助服务（演示版）本机数据导出 ${now.toISOString()}`,
    '注意：内容包含完整的身份证号和手机号，请妥善保管。',
  ]
  for (const row of describeDeviceData(store)) {
    for (const key of row.keys) {
      const read = store.read(key)
      if (read.kind !== 'found') continue
      const data = payloadOf(read.raw)
      const text = data === undefined ? read.raw : JSON.stringify(data, null, 2)
      parts.push(`【${row.label}】${key}\n${text}`)
    }
  }
  parts.push('照片和签名是图片文件，没有包含在这段文字里。')
  return parts.join('\n\n')
}

/** Removes this app's keys one by one (never the whole origin). `keep` filters keys to leave. */
export function removeAppKeys(store: KeyValueStore, keep: (key: string) => boolean = () => false): string[] {
  const failed: string[] = []
  for (const full of store.appKeys()) {
    const key = bare(full)
    if (keep(key)) continue
    if (!store.remove(key).ok) failed.push(key)
  }
  return failed
}
