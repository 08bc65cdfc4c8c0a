import type { createMemoryBackend } from '@/lib/storage/keyValueStore'
import { taroBackend } from '@/lib/storage/taroBackend'

jest.mock('@/lib/storage/taroBackend', () => ({
  taroBackend: jest.requireActual('@/lib/storage/keyValueStore').createMemoryBackend(),
}))
const mockBackend = taroBackend as ReturnType<typeof createMemoryBackend>

import { PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'
import {
  consentIsCurrent,
  needsReconsent,
  readStoredConsent,
  useConsentStore,
  MAX_CONSENT_HISTORY,
} from '@/stores/consentStore'

const NOW = new Date('2026-11-26T05:00:00.000Z')

beforeEach(() => {
  mockBackend.data.clear()
  useConsentStore.setState({ acceptedVersion: null, acceptedAt: null, history: [], platformPromptRefused: false })
})

describe('consent store', () => {
  it('needs consent until the current version is accepted', () => {
    expect(needsReconsent()).toBe(true)
    useConsentStore.getState().accept(NOW)
    expect(needsReconsent()).toBe(false)
    expect(useConsentStore.getState()).toMatchObject({
      acceptedVersion: PRIVACY_NOTICE_VERSION,
      acceptedAt: NOW.toISOString(),
    })
  })

  it('asks again when the notice version changes', () => {
    useConsentStore.getState().accept(NOW, '2020-01-01.1')
    expect(needsReconsent()).toBe(true)
    expect(needsReconsent('2020-01-01.1')).toBe(false)
    expect(consentIsCurrent({ acceptedVersion: 'a' }, 'b')).toBe(false)
    expect(consentIsCurrent({ acceptedVersion: null }, 'b')).toBe(false)
  })

  it('needs consent again after a withdrawal, and records both events', () => {
    useConsentStore.getState().accept(NOW)
    useConsentStore.getState().withdraw(new Date(NOW.getTime() + 1000))
    expect(needsReconsent()).toBe(true)
    expect(useConsentStore.getState().history.map((e) => e.action)).toEqual(['accepted', 'withdrawn'])
  })

  it('persists which version was accepted when, in an envelope, and not the session refusal', () => {
    useConsentStore.getState().accept(NOW)
    useConsentStore.getState().setPlatformPromptRefused(true)
    const stored = JSON.parse(mockBackend.data.get('jxj:consent') as string)
    expect(stored).toMatchObject({
      schema: 'consent',
      v: 1,
      data: { acceptedVersion: PRIVACY_NOTICE_VERSION, acceptedAt: NOW.toISOString() },
    })
    expect(JSON.stringify(stored)).not.toContain('platformPromptRefused')
  })

  it('bounds the history', () => {
    for (let i = 0; i < MAX_CONSENT_HISTORY + 5; i++) useConsentStore.getState().accept(NOW)
    expect(useConsentStore.getState().history).toHaveLength(MAX_CONSENT_HISTORY)
  })

  it('rehydrates from storage, and treats an invalid record as not accepted', async () => {
    mockBackend.data.set(
      'jxj:consent',
      JSON.stringify({
        schema: 'consent',
        v: 1,
        savedAt: '',
        data: { acceptedVersion: PRIVACY_NOTICE_VERSION, acceptedAt: NOW.toISOString(), history: [] },
      }),
    )
    await useConsentStore.persist.rehydrate()
    expect(needsReconsent()).toBe(false)
    expect(readStoredConsent({ acceptedVersion: 5 })).toEqual({ acceptedVersion: null, acceptedAt: null, history: [] })
    expect(readStoredConsent(null).acceptedVersion).toBeNull()
  })
})
