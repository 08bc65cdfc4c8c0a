import { readStoredSettings } from '@/stores/settingsStore'

jest.mock('@/lib/storage/taroBackend', () => ({
  taroBackend: jest.requireActual('@/lib/storage/keyValueStore').createMemoryBackend(),
}))

describe('readStoredSettings', () => {
  it('keeps a valid stored state', () => {
    expect(readStoredSettings({ elderMode: true, fontScale: 1.5 })).toEqual({ elderMode: true, fontScale: 1.5 })
  })

  it('keeps each valid field and replaces the rest with defaults', () => {
    expect(readStoredSettings({ elderMode: true, fontScale: 'big' })).toEqual({ elderMode: true, fontScale: 1 })
    expect(readStoredSettings({ elderMode: 'yes', fontScale: 1.3 })).toEqual({ elderMode: false, fontScale: 1.3 })
  })

  it('clamps an out-of-range scale', () => {
    expect(readStoredSettings({ elderMode: false, fontScale: 9 })).toEqual({ elderMode: false, fontScale: 2 })
    expect(readStoredSettings({ elderMode: false, fontScale: -1 })).toEqual({ elderMode: false, fontScale: 1 })
  })

  it.each([null, undefined, 42, 'text', []])('falls back to defaults for %p', (value) => {
    expect(readStoredSettings(value)).toEqual({ elderMode: false, fontScale: 1 })
  })
})
