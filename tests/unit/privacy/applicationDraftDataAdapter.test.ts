import { taroBackend } from '@/lib/storage/taroBackend'
import type { createMemoryBackend } from '@/lib/storage/keyValueStore'
import { deviceStore } from '@/lib/storage/deviceStore'
import { createFileStore, type FileBlobBackend } from '@/lib/fileStore/fileStore'
import { useApplicationDraftStore } from '@/stores/applicationDraftStore'
import { createApplicationDraftDataAdapter } from '@/lib/privacy/applicationDraftDataAdapter'
import { purgeExpiredDrafts } from '@/lib/privacy/localDraftData'
import { findPii, FIXTURE_ID, FIXTURE_PHONE } from '../../support/piiFixtures'

jest.mock('@/lib/storage/taroBackend', () => ({
  taroBackend: jest.requireActual('@/lib/storage/keyValueStore').createMemoryBackend(),
}))
const backend = taroBackend as ReturnType<typeof createMemoryBackend>

const OLD = new Date('2026-09-01T08:00:00.000Z')
const NOW = new Date('2026-11-26T08:00:00.000Z')

function setup() {
  backend.data.clear()
  useApplicationDraftStore.setState({ drafts: {}, activeDraftId: null, receipts: [], droppedOnLoad: 0 })
  const blobs = new Map<string, string>()
  const blobBackend: FileBlobBackend = {
    persist: async (id) => {
      blobs.set(id, 'bytes')
      return { ok: true, locator: id }
    },
    remove: async (locator) => {
      blobs.delete(locator)
    },
    displayUrl: async () => null,
  }
  let n = 0
  const files = createFileStore({ index: deviceStore, backend: blobBackend, newId: async () => `file${++n}` })
  const adapter = createApplicationDraftDataAdapter(() => files, deviceStore)
  const s = useApplicationDraftStore.getState()
  s.createDraft('old', OLD)
  s.createDraft('new', NOW)
  for (const id of ['old', 'new'])
    s.updateAnswers(
      id,
      (a) => ({ ...a, applicant: { ...a.applicant, idNumber: FIXTURE_ID, phone: FIXTURE_PHONE } }),
      id === 'old' ? OLD : NOW,
    )
  return { adapter, files, blobs }
}

const save = (files: ReturnType<typeof createFileStore>, draftId: string) =>
  files.save({ tempPath: 'x.jpg', sizeBytes: 1000, mimeType: 'image/jpeg', draftId, itemId: 'id_card' }, NOW)

describe('application draft data adapter', () => {
  it('lists drafts with photo counts and no personal data in the title', async () => {
    const { adapter, files } = setup()
    await save(files, 'old')
    await save(files, 'old')
    const list = adapter.list()
    expect(list.map((d) => [d.id, d.photoCount, d.photoBytes])).toEqual([
      ['old', 2, 2000],
      ['new', 0, 0],
    ])
    expect(list[0].lastEditedAt).toBe(OLD.toISOString())
    expect(findPii(list.map((d) => d.title).join())).toEqual([])
  })

  it('purges an expired draft with its photos at start-up, and keeps the recent one', async () => {
    const { adapter, files, blobs } = setup()
    await save(files, 'old')
    await save(files, 'new')
    expect(await purgeExpiredDrafts(NOW, adapter)).toEqual(['old'])
    expect(Object.keys(useApplicationDraftStore.getState().drafts)).toEqual(['new'])
    expect(files.list('old')).toEqual([])
    expect([...blobs.keys()]).toEqual(['file2'])
  })

  it('removes the files of a draft that no longer exists (a submitted application), at start-up too', async () => {
    const { adapter, files, blobs } = setup()
    await save(files, 'new')
    await save(files, 'submitted')
    await save(files, 'submitted')
    expect(await adapter.removeOrphanFiles()).toBe(1)
    expect(files.list('submitted')).toEqual([])
    expect(files.list('new')).toHaveLength(1)
    expect([...blobs.keys()]).toEqual(['file1'])
    expect(await adapter.removeOrphanFiles()).toBe(0)

    await save(files, 'closed-before-cleanup')
    expect(await purgeExpiredDrafts(NOW, adapter)).toEqual(['old'])
    expect(files.list('closed-before-cleanup')).toEqual([])
    expect(files.list('new')).toHaveLength(1)
  })

  it('removeAll leaves no draft, no file and no ID or phone in storage, but keeps receipts', async () => {
    const { adapter, files, blobs } = setup()
    await save(files, 'old')
    await save(files, 'orphan')
    useApplicationDraftStore.setState({
      receipts: [
        {
          reference: 'SX1',
          submittedAt: NOW.toISOString(),
          programmes: ['dibao'],
          townCode: '1',
          receivingOfficeName: null,
        },
      ],
    })
    await adapter.removeAll()
    expect(useApplicationDraftStore.getState().drafts).toEqual({})
    expect(blobs.size).toBe(0)
    for (const value of backend.data.values()) expect(findPii(String(value))).toEqual([])
    expect(useApplicationDraftStore.getState().receipts).toHaveLength(1)
    await adapter.reset()
    expect(useApplicationDraftStore.getState().receipts).toEqual([])
  })
})
