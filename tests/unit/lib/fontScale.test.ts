import fc from 'fast-check'
import {
  baseFontPx,
  effectiveFontScale,
  fontScaleClass,
  FONT_SCALE_MAX,
  FONT_SCALE_MIN,
  minTargetPx,
} from '@/lib/fontScale'

describe('fontScale', () => {
  it('uses 18 px text and 60 px targets in 长辈版, 16 px and 44 px otherwise', () => {
    expect(baseFontPx(true)).toBe(18)
    expect(minTargetPx(true)).toBe(60)
    expect(baseFontPx(false)).toBe(16)
    expect(minTargetPx(false)).toBe(44)
  })

  it('multiplies the in-app choice by the WeChat font factor', () => {
    expect(effectiveFontScale(1.3, 1.15)).toBe(1.5)
    expect(effectiveFontScale(1, undefined)).toBe(1)
    expect(effectiveFontScale(1.5, Number.NaN)).toBe(1.5)
  })

  it('always stays within the supported range, whatever it is given', () => {
    fc.assert(
      fc.property(fc.double(), fc.option(fc.double(), { nil: undefined }), (inApp, system) => {
        const scale = effectiveFontScale(inApp, system)
        expect(scale).toBeGreaterThanOrEqual(FONT_SCALE_MIN)
        expect(scale).toBeLessThanOrEqual(FONT_SCALE_MAX)
      }),
    )
  })

  it('maps a scale to the nearest style class', () => {
    expect(fontScaleClass(1)).toBe('scale-100')
    expect(fontScaleClass(1.2)).toBe('scale-115')
    expect(fontScaleClass(1.45)).toBe('scale-150')
    expect(fontScaleClass(2)).toBe('scale-200')
  })
})
