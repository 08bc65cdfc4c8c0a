import Taro from '@tarojs/taro'

let cached: number | undefined | null = null

/**
 * The user's WeChat font size setting as a factor (1 = standard), where the base library offers it.
 * H5 and older base libraries give undefined: the browser's own text size setting then applies.
 */
export function systemFontScaleFactor(): number | undefined {
  if (cached !== null) return cached
  try {
    const info =
      typeof Taro.getAppBaseInfo === 'function'
        ? (Taro.getAppBaseInfo() as { fontSizeScaleFactor?: unknown })
        : undefined
    const factor = info?.fontSizeScaleFactor
    cached = typeof factor === 'number' && Number.isFinite(factor) && factor > 0 ? factor : undefined
  } catch {
    cached = undefined
  }
  return cached
}
