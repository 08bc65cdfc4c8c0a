import { render, screen } from '@testing-library/react'
import { HomeScreen } from '@/features/home/HomeScreen'
import { useSettingsStore } from '@/stores/settingsStore'

/**
 * Whatever is in storage when the app starts (garbage, old shapes, wrong types), the app must start.
 * Each case re-runs the settings store's hydration (what a cold start does) over the given raw storage value.
 */
const CASES: [string, string][] = [
  ['not JSON', '{not json'],
  ['JSON of the wrong type', '42'],
  ['an envelope without state', '{"version":1}'],
  ['a state with wrong field types', '{"state":{"elderMode":"yes","fontScale":"huge"},"version":1}'],
  ['a future version', '{"state":{"elderMode":true,"fontScale":9},"version":99}'],
  ['an empty string', ''],
  ['null', 'null'],
]

describe('start-up with bad stored data', () => {
  it.each(CASES)('renders the home page when settings storage holds %s', async (_name, raw) => {
    useSettingsStore.setState({ elderMode: false, fontScale: 1 })
    window.localStorage.clear()
    // Taro H5 wraps stored values as {"data": …}; write the raw text the way Taro would store a string.
    window.localStorage.setItem('jxj:settings', JSON.stringify({ data: raw }))
    await useSettingsStore.persist.rehydrate()
    render(<HomeScreen />)
    expect(screen.getByRole('heading', { level: 1, name: '社会救助服务' })).toBeInTheDocument()
    const { elderMode, fontScale } = useSettingsStore.getState()
    expect(typeof elderMode).toBe('boolean')
    expect(fontScale).toBeGreaterThanOrEqual(1)
    expect(fontScale).toBeLessThanOrEqual(2)
  })

  it('renders when device storage itself throws', async () => {
    const spy = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError: storage disabled')
    })
    try {
      await useSettingsStore.persist.rehydrate()
      render(<HomeScreen />)
      expect(screen.getByRole('heading', { level: 1, name: '社会救助服务' })).toBeInTheDocument()
    } finally {
      spy.mockRestore()
    }
  })

  it('restores a valid 长辈版 setting at start-up', async () => {
    window.localStorage.clear()
    useSettingsStore.setState({ elderMode: false, fontScale: 1 })
    window.localStorage.setItem(
      'jxj:settings',
      JSON.stringify({ data: '{"state":{"elderMode":true,"fontScale":1.3},"version":1}' }),
    )
    await useSettingsStore.persist.rehydrate()
    expect(useSettingsStore.getState()).toMatchObject({ elderMode: true, fontScale: 1.3 })
  })
})
