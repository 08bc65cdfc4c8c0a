/** Text scale limits and how the system font setting and the in-app choice combine. Plain TS. */

export const FONT_SCALE_MIN = 1
export const FONT_SCALE_MAX = 2

/** Base body text size in px: 16 normally, 18 in 长辈版 (MIIT: main text ≥ 18 dp in elder mode). */
export function baseFontPx(elderMode: boolean): number {
  return elderMode ? 18 : 16
}

/** Minimum tap target in px: 44 normally, 60 in 长辈版. */
export function minTargetPx(elderMode: boolean): number {
  return elderMode ? 60 : 44
}

/**
 * The scale applied to text: the user's in-app choice times the system factor (WeChat's
 * `fontSizeScaleFactor`), never below 1 and never above FONT_SCALE_MAX.
 */
export function effectiveFontScale(inAppScale: number, systemFactor: number | undefined): number {
  const system =
    typeof systemFactor === 'number' && Number.isFinite(systemFactor) && systemFactor > 0 ? systemFactor : 1
  const inApp = Number.isFinite(inAppScale) && inAppScale > 0 ? inAppScale : 1
  const product = inApp * system
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, Math.round(product * 100) / 100))
}

/** The discrete scale steps the style sheet has classes for (`scale-100` … `scale-200`). */
export const FONT_SCALE_STEPS = [1, 1.15, 1.3, 1.5, 1.75, 2] as const

/** The class for the step nearest to a scale. */
export function fontScaleClass(scale: number): string {
  let best: number = FONT_SCALE_STEPS[0]
  for (const step of FONT_SCALE_STEPS) {
    if (Math.abs(step - scale) < Math.abs(best - scale)) best = step
  }
  return `scale-${Math.round(best * 100)}`
}
