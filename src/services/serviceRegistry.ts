/**
 * Picks the backend adapter at build time from process.env.TARO_APP_API and hands the features their
 * service ports. Only 'mock' exists today. Nothing else in the app knows which adapter is in use.
 */
import { createMockBackend } from '../../mock/mockBackend'
import { deviceStore } from '@/lib/storage/deviceStore'
import { deviceToken } from '@/lib/deviceToken'
import type { PolicyLibrary } from '@/content/policyNodes'
import type { Services } from './services'

let current: Services | null = null

function loadPolicyLibrary(): PolicyLibrary {
  // Lazy: the generated content file is read only when the policy pages ask for it.
  return (require('@/content/policyLibrary') as typeof import('@/content/policyLibrary')).policyLibrary()
}

function createServices(): Services {
  switch (process.env.TARO_APP_API) {
    case 'mock':
    default:
      return createMockBackend({
        store: deviceStore,
        deviceToken: deviceToken(),
        faults: { latencyMs: 120 },
        policyLibrary: loadPolicyLibrary,
      }).services
  }
}

export function getServices(): Services {
  if (!current) current = createServices()
  return current
}

/** Tests inject their own ports (or a mock backend over a memory store). Pass null to go back to the default. */
export function setServicesForTesting(services: Services | null): void {
  current = services
}
