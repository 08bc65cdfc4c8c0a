import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { isWeapp } from './platform'

type VisualEffect = 'hidden' | 'none'
type SetVisualEffect = (options: { visualEffect: VisualEffect }) => unknown

function setVisualEffect(visualEffect: VisualEffect): void {
  const api = (Taro as unknown as { setVisualEffectOnCapture?: SetVisualEffect }).setVisualEffectOnCapture
  if (typeof api !== 'function') return
  try {
    const result = api({ visualEffect })
    // Promise style on newer Taro: a rejection (old base library, iOS) is not an error for the user.
    if (result && typeof (result as Promise<unknown>).catch === 'function') (result as Promise<unknown>).catch(() => {})
  } catch {
    // not supported here
  }
}

/**
 * While `active`, the page is blacked out in screenshots and screen recordings where WeChat supports it
 * (Android; recordings only on iOS 16+ with base library ≥ 3.3.0; security.md §1.8, D2). Use it on the
 * screen that reveals full ID numbers: `useHideFromScreenshots(showFullNumbers)`. H5 has no such API: the
 * hook does nothing there.
 */
export function useHideFromScreenshots(active: boolean): void {
  useEffect(() => {
    if (!isWeapp || !active) return undefined
    setVisualEffect('hidden')
    return () => setVisualEffect('none')
  }, [active])
}
