/**
 * WeChat's privacy authorization flow (security.md §1.8, P7) without Taro, so it can be tested:
 * the platform calls our listener with `resolve` when a privacy API (choose photos, …) needs consent; we
 * show our own dialog; the "同意" button has open-type="agreePrivacyAuthorization" and we resolve with its
 * id; "不同意" resolves with 'disagree' and is remembered for the session, so later requests in the same
 * session are refused at once without showing the dialog again (网络数据安全管理条例 Art. 22(5)).
 */
export type PrivacyResolveOption =
  { event: 'agree'; buttonId: string } | { event: 'disagree' | 'exposureAuthorization' }
export type PrivacyResolve = (option: PrivacyResolveOption) => void

export interface PrivacyAuthorizationController {
  /** The listener to hand to Taro.onNeedPrivacyAuthorization. */
  onNeed: (resolve: PrivacyResolve) => void
  /** Whether our dialog should be visible. */
  isPending: () => boolean
  subscribe: (listener: () => void) => () => void
  agree: (buttonId: string) => void
  refuse: () => void
  /** The person asked for it themselves (e.g. from the processing rules page): forget this session's refusal. */
  allowAskingAgain: () => void
}

export function createPrivacyAuthorizationController(session: {
  isRefused: () => boolean
  setRefused: (refused: boolean) => void
}): PrivacyAuthorizationController {
  let pending: PrivacyResolve[] = []
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((l) => l())
  const settle = (option: PrivacyResolveOption) => {
    const waiting = pending
    pending = []
    waiting.forEach((resolve) => resolve(option))
    notify()
  }
  return {
    onNeed(resolve) {
      if (session.isRefused()) {
        resolve({ event: 'disagree' })
        return
      }
      const first = pending.length === 0
      pending.push(resolve)
      if (first) {
        resolve({ event: 'exposureAuthorization' })
        notify()
      }
    },
    isPending: () => pending.length > 0,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    agree(buttonId) {
      session.setRefused(false)
      settle({ event: 'agree', buttonId })
    },
    refuse() {
      session.setRefused(true)
      settle({ event: 'disagree' })
    },
    allowAskingAgain() {
      session.setRefused(false)
    },
  }
}
