import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import { describeDeviceData, exportDeviceData, formatBytes, removeAppKeys } from '@/lib/storage/deviceDataInventory'
import { quarantineRaw } from '@/lib/storage/quarantine'
import { purgeExpiredDrafts, type LocalDraftDataPort } from '@/lib/privacy/localDraftData'
import { FIXTURE_ID, storedDraftsFixture } from '../../support/piiFixtures'

const NOW = new Date('2026-11-26T08:00:00.000Z')

function store() {
  const backend = createMemoryBackend({
    'jxj:settings': JSON.stringify({ state: { elderMode: true, fontScale: 1 }, version: 1 }),
    'jxj:applicationDrafts': storedDraftsFixture('2026-11-20T08:00:00.000Z'),
    'jxj:files:index': JSON.stringify([{ id: 'a' }, { id: 'b' }]),
    'jxj:server:db': JSON.stringify({ version: 1, applications: [{}, {}, {}] }),
    'jxj:mystery': '"x"',
    'someone-else': 'keep',
  })
  return { backend, store: createKeyValueStore(backend) }
}

describe('device data inventory', () => {
  it('names every app key in words with a count, and nothing of other apps', () => {
    const { store: s } = store()
    quarantineRaw(s, 'consent', '{bad', 'not_json', NOW)
    const rows = describeDeviceData(s)
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.detail]))
    expect(byLabel).toMatchObject({
      设置: '',
      申请草稿: '1 份',
      照片和签名: '2 个文件（照片本身另存在手机文件里）',
      '模拟后端数据（演示用，代替服务器）': '3 份申请',
      '其他（mystery）': '',
      无法恢复的内容: '1 份',
    })
    expect(rows.flatMap((r) => r.keys)).not.toContain('someone-else')
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].bytes).toBeGreaterThanOrEqual(rows[i].bytes)
    expect(rows.find((r) => r.label === '设置')?.bytes).toBe(
      'settings'.length + JSON.stringify({ state: { elderMode: true, fontScale: 1 }, version: 1 }).length,
    )
  })

  it('exports the full, unmasked data of this app only', () => {
    const { store: s } = store()
    const text = exportDeviceData(s, NOW)
    expect(text).toContain(FIXTURE_ID)
    expect(text).toContain('【设置】settings')
    expect(text).toContain('"elderMode": true')
    expect(text).not.toContain('keep')
    expect(text).toContain('照片和签名是图片文件')
  })

  it('removes only app keys, and can keep some', () => {
    const { backend, store: s } = store()
    expect(removeAppKeys(s, (k) => k.startsWith('server:'))).toEqual([])
    expect([...backend.data.keys()].sort()).toEqual(['jxj:server:db', 'someone-else'])
    expect(removeAppKeys(s)).toEqual([])
    expect([...backend.data.keys()]).toEqual(['someone-else'])
  })

  it('reports keys it could not remove', () => {
    const { backend, store: s } = store()
    backend.removeItem = () => {
      throw new Error('io')
    }
    expect(removeAppKeys(s)).toHaveLength(5)
  })

  it('formats sizes', () => {
    expect(formatBytes(0)).toBe('0 字节')
    expect(formatBytes(1023)).toBe('1023 字节')
    expect(formatBytes(1024)).toBe('1.0 KB')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB')
  })
})

describe('device data rows in detail', () => {
  const detailOf = (initial: Record<string, unknown>) => {
    const rows = describeDeviceData(createKeyValueStore(createMemoryBackend(initial)))
    return Object.fromEntries(rows.map((r) => [r.id, r.detail]))
  }

  it('counts only for the kinds of data it knows', () => {
    expect(
      detailOf({
        'jxj:notes': JSON.stringify({ drafts: { a: {}, b: {} }, applications: [{}] }),
        'jxj:list': JSON.stringify([1, 2]),
      }),
    ).toEqual({ notes: '', list: '' })
  })

  it('counts drafts, files and applications inside an envelope', () => {
    const wrap = (schema: string, data: unknown) => JSON.stringify({ schema, v: 1, savedAt: '', data })
    expect(
      detailOf({
        'jxj:applicationDrafts': wrap('applicationDrafts', { drafts: { a: {}, b: {} } }),
        'jxj:files:index': wrap('files:index', [{}]),
        'jxj:server:db': wrap('server:db', { applications: [] }),
      }),
    ).toEqual({
      applicationDrafts: '2 份',
      'files:index': '1 个文件（照片本身另存在手机文件里）',
      'server:db': '0 份申请',
    })
  })

  it.each([['null'], ['"text"'], ['{}'], ['{"drafts":null}'], ['{"drafts":"abc"}'], ['{"applications":"abc"}']])(
    'gives no count, and does not fail, for a value of another shape: %s',
    (raw) => {
      expect(
        detailOf({ 'jxj:applicationDrafts': raw, 'jxj:files:index': raw, 'jxj:server:db': raw, 'jxj:x': raw }),
      ).toEqual({ applicationDrafts: '', 'files:index': '', 'server:db': '', x: '' })
    },
  )

  it('lists a key that holds nothing with the size of its name', () => {
    const rows = describeDeviceData(createKeyValueStore(createMemoryBackend({ 'jxj:empty': '' })))
    expect(rows).toEqual([{ id: 'empty', label: '其他（empty）', detail: '', bytes: 5, keys: ['empty'] }])
  })

  it('puts everything in quarantine in one row with the total size', () => {
    const backend = createMemoryBackend({
      'jxj:quarantine:a:1': 'xx',
      'jxj:b:quarantine': '张',
      'jxj:settings': '{}',
    })
    const rows = describeDeviceData(createKeyValueStore(backend))
    expect(rows).toEqual([
      {
        id: 'quarantine',
        label: '无法恢复的内容',
        detail: '2 份',
        bytes: 'quarantine:a:1'.length + 2 + 'b:quarantine'.length + 3,
        keys: ['quarantine:a:1', 'b:quarantine'],
      },
      { id: 'settings', label: '设置', detail: '', bytes: 'settings'.length + 2, keys: ['settings'] },
    ])
  })

  it('exports a heading, a warning and one section per key, blank lines between', () => {
    const backend = createMemoryBackend({
      'jxj:settings': JSON.stringify({ schema: 'settings', v: 1, savedAt: '', data: { a: 1 } }),
      'jxj:notes': 'plain text',
      'jxj:empty': '',
    })
    expect(exportDeviceData(createKeyValueStore(backend), NOW)).toBe(
      [
        '社会救助服务（演示版）本机数据导出 2026-11-26T08:00:00.000Z',
        '注意：内容包含完整的身份证号和手机号，请妥善保管。',
        '【设置】settings\n{\n  "a": 1\n}',
        '【其他（notes）】notes\nplain text',
        '照片和签名是图片文件，没有包含在这段文字里。',
      ].join('\n\n'),
    )
  })
})

describe('purgeExpiredDrafts', () => {
  const port = (failOn?: string): LocalDraftDataPort & { removed: string[]; orphanSweeps: number } => {
    const removed: string[] = []
    return {
      removed,
      orphanSweeps: 0,
      list: () => [
        { id: 'old', title: '', lastEditedAt: '2026-10-01T00:00:00.000Z', photoCount: 2, photoBytes: 1 },
        { id: 'older', title: '', lastEditedAt: '2026-09-01T00:00:00.000Z', photoCount: 0, photoBytes: 0 },
        { id: 'fresh', title: '', lastEditedAt: '2026-11-25T00:00:00.000Z', photoCount: 0, photoBytes: 0 },
      ],
      remove: async (id) => {
        if (id === failOn) throw new Error('busy')
        removed.push(id)
      },
      removeAll: async () => {},
      reset: async () => {},
      async removeOrphanFiles() {
        this.orphanSweeps++
        if (failOn === 'orphans') throw new Error('busy')
        return 0
      },
    }
  }

  it('deletes the expired drafts through the port and keeps the others', async () => {
    const p = port()
    expect(await purgeExpiredDrafts(NOW, p)).toEqual(['old', 'older'])
    expect(p.removed).toEqual(['old', 'older'])
    expect(p.orphanSweeps).toBe(1)
  })

  it('a failed sweep of orphan files does not stop the purge', async () => {
    const p = port('orphans')
    await expect(purgeExpiredDrafts(NOW, p)).resolves.toEqual(['old', 'older'])
    expect(p.orphanSweeps).toBe(1)
  })

  it('goes on after a failed deletion and does nothing without a port', async () => {
    const p = port('old')
    expect(await purgeExpiredDrafts(NOW, p)).toEqual(['older'])
    expect(await purgeExpiredDrafts(NOW, null)).toEqual([])
  })

  it('never throws when listing fails', async () => {
    const p = port()
    p.list = () => {
      throw new Error('x')
    }
    await expect(purgeExpiredDrafts(NOW, p)).resolves.toEqual([])
  })
})
