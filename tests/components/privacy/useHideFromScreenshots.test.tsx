import { renderHook } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useHideFromScreenshots } from '@/lib/useHideFromScreenshots'

// As on weapp: the platform flag is set and Taro has the API.
jest.mock('@/lib/platform', () => ({ isWeapp: true, isH5: false }))
jest.mock('@tarojs/taro', () => {
  const api = { setVisualEffectOnCapture: jest.fn(() => Promise.resolve()) }
  return { __esModule: true, default: api, ...api }
})
const setVisualEffect = (Taro as unknown as { setVisualEffectOnCapture: jest.Mock }).setVisualEffectOnCapture

beforeEach(() => setVisualEffect.mockClear())

describe('useHideFromScreenshots', () => {
  it('hides the page while active and restores it when turned off or left', () => {
    const { rerender, unmount } = renderHook(({ active }) => useHideFromScreenshots(active), {
      initialProps: { active: false },
    })
    expect(setVisualEffect).not.toHaveBeenCalled()
    rerender({ active: true })
    expect(setVisualEffect).toHaveBeenLastCalledWith({ visualEffect: 'hidden' })
    rerender({ active: false })
    expect(setVisualEffect).toHaveBeenLastCalledWith({ visualEffect: 'none' })
    rerender({ active: true })
    unmount()
    expect(setVisualEffect).toHaveBeenLastCalledWith({ visualEffect: 'none' })
    expect(setVisualEffect).toHaveBeenCalledTimes(4)
  })

  it('survives a base library that rejects or throws', () => {
    setVisualEffect.mockImplementationOnce(() => Promise.reject(new Error('not supported')))
    expect(() => renderHook(() => useHideFromScreenshots(true))).not.toThrow()
    setVisualEffect.mockImplementationOnce(() => {
      throw new Error('no such api')
    })
    expect(() => renderHook(() => useHideFromScreenshots(true))).not.toThrow()
  })
})
