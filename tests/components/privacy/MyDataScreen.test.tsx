import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { MyDataScreen } from '@/features/privacy/MyDataScreen'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import type { LocalDraftDataPort, LocalDraftSummary } from '@/lib/privacy/localDraftData'
import { quarantineRaw } from '@/lib/storage/quarantine'
import { useConsentStore } from '@/stores/consentStore'
import { useSettingsStore } from '@/stores/settingsStore'
import { FIXTURE_ID, FIXTURE_PHONE, findPii, storedDraftsFixture } from '../../support/piiFixtures'

const NOW = new Date('2026-11-26T08:00:00.000Z')

function setup() {
  const backend = createMemoryBackend({
    'jxj:settings': JSON.stringify({ schema: 'settings', v: 1, savedAt: '', data: { elderMode: true, fontScale: 1 } }),
    'jxj:applicationDrafts': storedDraftsFixture('2026-11-20T08:00:00.000Z'),
    'jxj:files:index': JSON.stringify([{ id: 'f1', draftId: 'd1', sizeBytes: 2048 }]),
    'jxj:server:db': JSON.stringify({ version: 1, applications: [{ payload: { idNumber: FIXTURE_ID } }] }),
    'other-app:keep': 'not ours',
  })
  const store = createKeyValueStore(backend)
  quarantineRaw(store, 'applicationDrafts:old', `{"idNumber":"${FIXTURE_ID}"`, 'not_json', NOW)
  let drafts: LocalDraftSummary[] = [
    {
      id: 'd1',
      title: '最低生活保障 申请草稿',
      lastEditedAt: '2026-11-20T08:00:00.000Z',
      photoCount: 1,
      photoBytes: 2048,
    },
  ]
  const port: LocalDraftDataPort = {
    list: () => drafts,
    remove: jest.fn(async (id: string) => {
      drafts = drafts.filter((d) => d.id !== id)
      store.remove('applicationDrafts')
      store.remove('files:index')
    }),
    removeAll: jest.fn(async () => {
      drafts = []
      store.remove('applicationDrafts')
      store.remove('files:index')
    }),
    reset: jest.fn(async () => {
      drafts = []
      store.remove('applicationDrafts')
      store.remove('files:index')
    }),
    removeOrphanFiles: jest.fn(async () => 0),
  }
  const copyText = jest.fn(async (_text: string) => true)
  render(<MyDataScreen store={store} drafts={port} now={() => NOW} copyText={copyText} />)
  return { backend, store, port, copyText }
}

const pageText = () => document.body.textContent ?? ''
const confirmIn = async (name: string) => {
  const dialog = screen.getByRole('dialog')
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name }))
  })
}

beforeEach(() => {
  useConsentStore.setState({
    acceptedVersion: '2026-11-26.1',
    acceptedAt: NOW.toISOString(),
    history: [],
    platformPromptRefused: false,
  })
  useSettingsStore.setState({ elderMode: false, fontScale: 1 })
})

describe('MyDataScreen', () => {
  it('lists what is on the device in words, with sizes, and never shows the data itself', () => {
    setup()
    expect(screen.getByRole('heading', { level: 1, name: '我的数据' })).toBeInTheDocument()
    expect(screen.getByText('设置')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '申请草稿' })).toBeInTheDocument()
    expect(screen.getAllByText('申请草稿')).toHaveLength(2)
    expect(screen.getAllByText(/^\s*1 份$/)).toHaveLength(2) // 草稿 1 份, 无法恢复的内容 1 份
    expect(screen.getByText(/1 份申请/)).toBeInTheDocument()
    expect(screen.getByText('照片和签名')).toBeInTheDocument()
    expect(screen.getByText(/模拟后端数据/)).toBeInTheDocument()
    expect(screen.getAllByText(/字节|KB/).length).toBeGreaterThanOrEqual(4)
    expect(screen.getByText(/再过 24 天不修改会自动删除/)).toBeInTheDocument()
    expect(pageText()).not.toContain('other-app')
    expect(findPii(pageText())).toEqual([])
  })

  it('warns before copying, then copies everything unmasked (the right to a copy)', async () => {
    const { copyText } = setup()
    fireEvent.click(screen.getByRole('button', { name: '复制全部数据' }))
    expect(within(screen.getByRole('dialog')).getByText(/没有打星号/)).toBeInTheDocument()
    expect(copyText).not.toHaveBeenCalled()
    await confirmIn('我知道了，复制')
    expect(copyText).toHaveBeenCalledTimes(1)
    const copied = copyText.mock.calls[0][0]
    expect(copied).toContain(FIXTURE_ID)
    expect(copied).toContain(FIXTURE_PHONE)
    expect(copied).not.toContain('not ours')
    expect(screen.getByText(/已复制/)).toBeInTheDocument()
    expect(findPii(pageText())).toEqual([])
  })

  it('cancelling a dialog changes nothing', () => {
    const { port, backend } = setup()
    fireEvent.click(screen.getByRole('button', { name: '清除本机数据' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '取消' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(port.reset).not.toHaveBeenCalled()
    expect(backend.data.has('jxj:settings')).toBe(true)
  })

  it('deletes one draft with its photos after confirmation', async () => {
    const { port } = setup()
    fireEvent.click(screen.getByRole('button', { name: '删除最低生活保障 申请草稿' }))
    await confirmIn('删除')
    expect(port.remove).toHaveBeenCalledWith('d1')
    expect(screen.getAllByRole('status').some((s) => s.textContent?.startsWith('没有草稿'))).toBe(true)
  })

  it('shows unreadable leftovers and deletes them', async () => {
    const { store } = setup()
    expect(screen.getByText('有 1 份保存的内容无法恢复')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '删除这份无法恢复的内容' }))
    await confirmIn('删除')
    expect(screen.queryByText(/无法恢复的内容$/)).not.toBeInTheDocument()
    expect(store.appKeys().some((k) => k.includes('quarantine'))).toBe(false)
  })

  it('withdraws consent: local drafts and photos go, what stays with the office is explained', async () => {
    const { port, backend } = setup()
    fireEvent.click(screen.getByRole('button', { name: '撤回同意' }))
    expect(within(screen.getByRole('dialog')).getByText(/撤回同意不会撤销它/)).toBeInTheDocument()
    await confirmIn('撤回同意')
    expect(port.removeAll).toHaveBeenCalled()
    expect(useConsentStore.getState().acceptedVersion).toBeNull()
    expect(useConsentStore.getState().history.at(-1)?.action).toBe('withdrawn')
    // Device side (everything but the demo's stand-in server and quarantine) holds no ID or phone any more.
    for (const [key, value] of backend.data) {
      if (key.startsWith('jxj:server:') || key.startsWith('jxj:quarantine:')) continue
      expect(findPii(String(value))).toEqual([])
    }
    expect(screen.queryByRole('button', { name: '撤回同意' })).not.toBeInTheDocument()
  })

  it("clears only this app's keys, including the demo server, and leaves other data alone", async () => {
    const { backend, port } = setup()
    fireEvent.click(screen.getByRole('button', { name: '清除本机数据' }))
    await confirmIn('全部清除')
    expect(port.reset).toHaveBeenCalled()
    expect([...backend.data.keys()]).toEqual(['other-app:keep'])
    expect(useConsentStore.getState().acceptedVersion).toBeNull()
    expect(screen.getByText(/本机数据已清除/)).toBeInTheDocument()
    expect(screen.getAllByRole('status').some((s) => s.textContent?.startsWith('什么也没有保存'))).toBe(true)
  })
})
