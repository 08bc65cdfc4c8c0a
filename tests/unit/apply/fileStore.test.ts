import { createFileStore, MAX_FILE_BYTES, MAX_FILES_PER_ITEM, type FileBlobBackend } from '@/lib/fileStore/fileStore'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'

function fakeBackend(fail = false) {
  const blobs = new Map<string, string>()
  const backend: FileBlobBackend = {
    persist: async (id, source) => {
      if (fail) return { ok: false, message: 'disk full' }
      blobs.set(`loc-${id}`, source.tempPath)
      return { ok: true, locator: `loc-${id}` }
    },
    remove: async (locator) => {
      blobs.delete(locator)
    },
    displayUrl: async (locator) => (blobs.has(locator) ? `shown:${locator}` : null),
  }
  return { backend, blobs }
}

const setup = (fail = false) => {
  const memory = createMemoryBackend()
  const index = createKeyValueStore(memory)
  const { backend, blobs } = fakeBackend(fail)
  let n = 0
  const store = createFileStore({ index, backend, newId: async () => `f${++n}` })
  return { store, blobs, memory }
}

const now = new Date('2026-03-01T00:00:00Z')
const photo = { tempPath: 'wxfile://tmp/a.jpg', sizeBytes: 200_000, mimeType: null, draftId: 'd1', itemId: 'hukou' }

describe('file store', () => {
  it('copies the temporary file to durable storage and indexes only metadata (no base64 in key-value storage)', async () => {
    const { store, blobs, memory } = setup()
    const r = await store.save(photo, now)
    expect(r.ok).toBe(true)
    expect(blobs.get('loc-f1')).toBe('wxfile://tmp/a.jpg')
    expect(store.list('d1', 'hukou').map((f) => f.mimeType)).toEqual(['image/jpeg'])
    const raw = String(memory.data.get('jxj:files:index'))
    expect(raw).not.toMatch(/base64/)
    expect(await store.displayUrl('f1')).toBe('shown:loc-f1')
  })

  it.each([
    [{ sizeBytes: 0 }, 'empty'],
    [{ sizeBytes: MAX_FILE_BYTES + 1 }, 'too_large'],
    [{ tempPath: 'blob:x/IMG_1.HEIC' }, 'unsupported_type'],
    [{ tempPath: 'doc.pdf' }, 'unsupported_type'],
  ])('refuses %p with a friendly %s message', async (patch, code) => {
    const { store, blobs } = setup()
    const r = await store.save({ ...photo, ...patch }, now)
    expect(r).toMatchObject({ ok: false, code })
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    expect(blobs.size).toBe(0)
  })

  it('limits files per item and reports a storage failure', async () => {
    const { store } = setup()
    for (let i = 0; i < MAX_FILES_PER_ITEM; i++) expect((await store.save(photo, now)).ok).toBe(true)
    expect(await store.save(photo, now)).toMatchObject({ ok: false, code: 'too_many' })
    expect(await setup(true).store.save(photo, now)).toMatchObject({ ok: false, code: 'storage_failed' })
  })

  it('removes one file, or every file of a draft', async () => {
    const { store, blobs } = setup()
    await store.save(photo, now)
    await store.save({ ...photo, itemId: 'id_card' }, now)
    await store.save({ ...photo, draftId: 'd2' }, now)
    await store.remove('f1')
    expect(store.list('d1').map((f) => f.id)).toEqual(['f2'])
    await store.removeForDraft('d1')
    expect(store.list('d1')).toEqual([])
    expect([...blobs.keys()]).toEqual(['loc-f3'])
  })
})
