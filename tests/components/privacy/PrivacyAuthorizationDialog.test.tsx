import { act, fireEvent, render, screen } from '@testing-library/react'
import { PrivacyAuthorizationDialog } from '@/components/PrivacyAuthorizationDialog'
import { privacyAuthorization } from '@/lib/privacy/weappPrivacyAuthorization'
import { useConsentStore } from '@/stores/consentStore'

beforeEach(() => useConsentStore.setState({ platformPromptRefused: false }))

describe('PrivacyAuthorizationDialog', () => {
  it('appears only when WeChat asks, and a refusal is answered and remembered for the session', () => {
    render(<PrivacyAuthorizationDialog />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const resolve = jest.fn()
    act(() => privacyAuthorization.onNeed(resolve))
    expect(screen.getByRole('dialog', { name: '使用前请你同意隐私保护指引' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看个人信息处理规则' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '不同意' }))
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(useConsentStore.getState().platformPromptRefused).toBe(true)

    const again = jest.fn()
    act(() => privacyAuthorization.onNeed(again))
    expect(again).toHaveBeenCalledWith({ event: 'disagree' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('answers agree with the id of the agree button', () => {
    render(<PrivacyAuthorizationDialog />)
    const resolve = jest.fn()
    act(() => privacyAuthorization.onNeed(resolve))
    act(() => privacyAuthorization.agree('agree-privacy-authorization'))
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'agree-privacy-authorization' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
