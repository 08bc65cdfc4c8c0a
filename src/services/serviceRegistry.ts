/**
 * Picks the backend adapter at build time from process.env.TARO_APP_API and hands the features their
 * service ports. Only 'mock' exists today. Nothing else in the app knows which adapter is in use.
 */
import { createMockBackend } from '@mock/mockBackend'
import { deviceStore } from '@/lib/storage/deviceStore'
import { deviceToken } from '@/lib/deviceToken'
import type { PolicyLibrary } from '@/content/policyNodes'
import type { Services } from './services'

let current: Services | null = null
let policyLoader: (() => PolicyLibrary) | null = null

/**
 * The policy pages register the loader of the generated library (src/content/policyLibrary.ts) so that the
 * large JSON is bundled with them, not with every page. Until then policies.list/get answer 'server'.
 */
export function registerPolicyLibrary(loader: () => PolicyLibrary): void {
  policyLoader = loader
}

function loadPolicyLibrary(): PolicyLibrary {
  if (!policyLoader) throw new Error('policy library not registered')
  return policyLoader()
}

function createServices(): Services {
  switch (process.env.TARO_APP_API) {
    case 'mock':
    default:
      return createMockBackend({
        store: deviceStore,
        deviceToken: deviceToken(deviceStore),
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
