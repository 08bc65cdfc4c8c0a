import Taro from '@tarojs/taro'
import { isWeapp } from '@/lib/platform'
import { useConsentStore } from '@/stores/consentStore'
import { createPrivacyAuthorizationController, type PrivacyResolve } from './privacyAuthorizationController'

/** The app's one controller; the session refusal lives in the (not persisted) part of the consent store. */
export const privacyAuthorization = createPrivacyAuthorizationController({
  isRefused: () => useConsentStore.getState().platformPromptRefused,
  setRefused: (refused) => useConsentStore.getState().setPlatformPromptRefused(refused),
})

let installed = false

/**
 * Registers our dialog with WeChat (base library ≥ 2.32.3). Where the API is missing (older base library,
 * H5) nothing is registered and WeChat shows its official pop-up, if any.
 */
export function installPrivacyAuthorizationHandler(): boolean {
  if (!isWeapp || installed) return installed
  const api = (Taro as unknown as { onNeedPrivacyAuthorization?: (l: (resolve: PrivacyResolve) => void) => void })
    .onNeedPrivacyAuthorization
  if (typeof api !== 'function') return false
  try {
    api((resolve) => privacyAuthorization.onNeed(resolve))
    installed = true
  } catch {
    installed = false
  }
  return installed
}
