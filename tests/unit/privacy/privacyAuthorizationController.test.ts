import {
  createPrivacyAuthorizationController,
  type PrivacyResolveOption,
} from '@/lib/privacy/privacyAuthorizationController'

function setup() {
  let refused = false
  const controller = createPrivacyAuthorizationController({
    isRefused: () => refused,
    setRefused: (r) => {
      refused = r
    },
  })
  const changes = jest.fn()
  controller.subscribe(changes)
  return { controller, changes, isRefused: () => refused }
}

describe('privacy authorization controller', () => {
  it('shows the dialog, reports the exposure, and resolves with the agree button id', () => {
    const { controller, changes } = setup()
    const calls: PrivacyResolveOption[] = []
    controller.onNeed((o) => calls.push(o))
    expect(controller.isPending()).toBe(true)
    expect(calls).toEqual([{ event: 'exposureAuthorization' }])
    controller.agree('agree-btn')
    expect(calls.at(-1)).toEqual({ event: 'agree', buttonId: 'agree-btn' })
    expect(controller.isPending()).toBe(false)
    expect(changes).toHaveBeenCalledTimes(2)
  })

  it('answers every request that waited while the dialog was open', () => {
    const { controller } = setup()
    const a = jest.fn()
    const b = jest.fn()
    controller.onNeed(a)
    controller.onNeed(b)
    expect(b).not.toHaveBeenCalled()
    controller.refuse()
    expect(a).toHaveBeenLastCalledWith({ event: 'disagree' })
    expect(b).toHaveBeenLastCalledWith({ event: 'disagree' })
  })

  it('does not ask again in the same session after a refusal', () => {
    const { controller, changes, isRefused } = setup()
    controller.onNeed(jest.fn())
    controller.refuse()
    expect(isRefused()).toBe(true)
    changes.mockClear()
    const later = jest.fn()
    controller.onNeed(later)
    expect(later).toHaveBeenCalledWith({ event: 'disagree' })
    expect(controller.isPending()).toBe(false)
    expect(changes).not.toHaveBeenCalled()
  })

  it('asks again only when the person chooses to', () => {
    const { controller, isRefused } = setup()
    controller.onNeed(jest.fn())
    controller.refuse()
    controller.allowAskingAgain()
    expect(isRefused()).toBe(false)
    const next = jest.fn()
    controller.onNeed(next)
    expect(controller.isPending()).toBe(true)
  })

  it('stops notifying after unsubscribe', () => {
    const { controller } = setup()
    const listener = jest.fn()
    const off = controller.subscribe(listener)
    off()
    controller.onNeed(jest.fn())
    expect(listener).not.toHaveBeenCalled()
  })
})
