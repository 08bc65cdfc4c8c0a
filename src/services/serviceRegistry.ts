/**
 * The one place that chooses the service adapters (today: the embedded mock backend).
 *
 * Policy content: the small index (policySummaries.json) is loaded here, so the 政策 tab works from the main
 * package. The full article library (policies.json, ~90 KB) must ship in the policy subpackage only, so the
 * subpackage hands it to the mock when it loads (src/packages/policy/attachPolicyLibrary.ts). A real backend
 * would fetch both over the network instead.
 */
import { createMockPolicyService } from '@mock/policyMock'
import type { PolicyService } from './policyService'

export interface Services {
  policies: PolicyService
}

let policyLibraryLoader: (() => unknown) | null = null

/** Called by the policy subpackage: gives the mock backend its article library. */
export function attachPolicyLibrary(load: () => unknown): void {
  policyLibraryLoader = load
}

let services: Services | null = null

export function getServices(): Services {
  if (!services) {
    services = {
      policies: createMockPolicyService(
        {
          // `require` keeps type checking independent of the generated (git-ignored) file.
          loadIndex: () => require('@/content/generated/policySummaries.json'),
          loadLibrary: () => (policyLibraryLoader ? policyLibraryLoader() : null),
        },
        { latencyMs: process.env.NODE_ENV === 'test' ? 0 : 150 },
      ),
    }
  }
  return services
}

/** Tests replace the adapters. */
export function setServicesForTesting(next: Services | null): void {
  services = next
}
