import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import type { ApplicationPayload } from '@/services/applicationPayload'
import { createMockBackend, type MockBackendOptions } from '@mock/mockBackend'
import { fakeIdNumber } from '@mock/fakeIdentities'

/** 2026-11-25 10:00 in China (a Wednesday, a working day). */
export const NOW = Date.parse('2026-11-25T02:00:00Z')
export const DEVICE = 'a'.repeat(32)

export function memoryStore() {
  const backend = createMemoryBackend()
  return { backend, store: createKeyValueStore(backend) }
}

export function backendOver(store: ReturnType<typeof memoryStore>['store'], extra: Partial<MockBackendOptions> = {}) {
  let now = NOW
  const mock = createMockBackend({ store, deviceToken: DEVICE, now: () => now, seed: false, ...extra })
  return { ...mock, setNow: (ms: number) => (now = ms) }
}

export const APPLICANT_ID = fakeIdNumber('141124', '1960-04-12', 515, false)

export function validPayload(overrides: Partial<ApplicationPayload> = {}): ApplicationPayload {
  return {
    programmes: ['dibao'],
    applicant: {
      name: '测试某',
      idNumber: APPLICANT_ID,
      phone: '13912345678',
      region: { cityCode: '1411', countyCode: '141124', townCode: '141124100' },
      area: 'rural',
      address: '临县某村',
    },
    agent: null,
    members: [
      {
        id: 'm1',
        relation: 'self',
        name: '测试某',
        idNumber: APPLICANT_ID,
        birthDate: '1960-04-12',
        livesTogether: true,
        student: null,
        disability: null,
        seriousIllness: false,
        excluded: null,
        incomeMonthlyFen: { wage: 20000, business: 0, property: 0, transfer: 0, exempt: 0 },
      },
    ],
    assets: { depositsFen: 0, vehicles: 0, homes: 1, registeredBusiness: false, meetsLocalRules: true },
    rigidSpendingAnnualFen: null,
    emergency: null,
    materials: [{ itemId: 'hukou', status: 'later', fileIds: [] }],
    consents: {
      privacyNoticeVersion: 'v1',
      idPhotos: true,
      healthAndDisability: false,
      incomeAndAssets: true,
      minorsData: false,
      authorisationSignatureFileId: null,
      guardianConfirmedFor: [],
    },
    ...overrides,
  }
}
