import { render, screen, fireEvent } from '@testing-library/react'
import { HomeScreen } from '@/features/home/HomeScreen'
import { useSettingsStore } from '@/stores/settingsStore'

describe('HomeScreen', () => {
  beforeEach(() => {
    useSettingsStore.setState({ elderMode: false, fontScale: 1 })
  })

  it('shows the entry points that exist, the demo notice and the hotline', () => {
    render(<HomeScreen />)
    expect(screen.getByRole('heading', { level: 1, name: '社会救助服务' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /进度查询/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /政策解读/ })).toBeInTheDocument()
    expect(screen.getByText('演示版：数据都是模拟的，不是官方平台')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '拨打 12345' })).toBeInTheDocument()
  })

  it('turns on 长辈版 from the home page and hides the entry descriptions', () => {
    render(<HomeScreen />)
    const toggle = screen.getByRole('switch', { name: '长辈版' })
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    expect(screen.getByText('看看申请办到哪一步了')).toBeInTheDocument()
    fireEvent.click(toggle)
    expect(screen.getByRole('switch', { name: '长辈版' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.queryByText('看看申请办到哪一步了')).not.toBeInTheDocument()
    expect(useSettingsStore.getState().elderMode).toBe(true)
  })

  it('activates a link with the keyboard', () => {
    render(<HomeScreen />)
    const toggle = screen.getByRole('switch', { name: '长辈版' })
    expect(toggle).toHaveAttribute('tabindex', '0')
    fireEvent.keyDown(toggle, { key: 'Enter' })
    expect(useSettingsStore.getState().elderMode).toBe(true)
    fireEvent.keyDown(toggle, { key: ' ' })
    expect(useSettingsStore.getState().elderMode).toBe(false)
  })
})
