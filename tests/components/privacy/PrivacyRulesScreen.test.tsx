import { fireEvent, render, screen } from '@testing-library/react'
import { PrivacyRulesScreen } from '@/features/privacy/PrivacyRulesScreen'
import { DATA_CATEGORIES, PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'
import { needsReconsent, useConsentStore } from '@/stores/consentStore'

const NOW = new Date('2026-11-26T08:00:00.000Z')
const reset = (acceptedVersion: string | null) =>
  useConsentStore.setState({
    acceptedVersion,
    acceptedAt: acceptedVersion ? NOW.toISOString() : null,
    history: [],
    platformPromptRefused: false,
  })

describe('PrivacyRulesScreen', () => {
  it('says who processes what, why, for how long, and what the person can do', () => {
    reset(null)
    render(<PrivacyRulesScreen now={() => NOW} />)
    expect(screen.getByRole('heading', { level: 1, name: '个人信息处理规则' })).toBeInTheDocument()
    expect(screen.getAllByText(/演示/).length).toBeGreaterThan(0)
    expect(screen.getByText(/不是政府部门/)).toBeInTheDocument()
    for (const title of [
      '谁在处理你的信息',
      '为什么要用这些信息',
      '会用到哪些信息',
      '保存多久，到期怎么办',
      '你可以做什么',
    ])
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument()
    expect(screen.getByText(/30 天没有修改/)).toBeInTheDocument()
    for (const right of ['查看和复制', '更正', '删除', '撤回同意'])
      expect(screen.getByText(new RegExp(`^${right}：`))).toBeInTheDocument()
    expect(screen.getAllByText('敏感')).toHaveLength(DATA_CATEGORIES.filter((c) => c.sensitive).length)
    expect(screen.getByText(`版本：${PRIVACY_NOTICE_VERSION}`)).toBeInTheDocument()
  })

  it('records consent to this version when the person agrees', () => {
    reset(null)
    const onAccepted = jest.fn()
    render(<PrivacyRulesScreen now={() => NOW} onAccepted={onAccepted} />)
    fireEvent.click(screen.getByRole('button', { name: '我已阅读并同意' }))
    expect(onAccepted).toHaveBeenCalled()
    expect(needsReconsent()).toBe(false)
    expect(screen.getByText('你已同意本版规则')).toBeInTheDocument()
  })

  it('asks again, saying why, when an older version was accepted', () => {
    reset('2020-01-01.1')
    render(<PrivacyRulesScreen now={() => NOW} />)
    expect(screen.getByText(/规则有了变化/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '我已阅读并同意' })).toBeInTheDocument()
  })
})
