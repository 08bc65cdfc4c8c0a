import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The colour tokens in src/app.css must keep text readable: WCAG AA 4.5:1 for every text/background pair
 * the components use. The pairs are listed here; changing a token in app.css re-checks them.
 */
const css = readFileSync(join(__dirname, '../../../src/app.css'), 'utf8')
const block = css.slice(css.indexOf('.app-page {'), css.indexOf('}', css.indexOf('.app-page {')))
const tokens = Object.fromEntries([...block.matchAll(/--(c-[\w-]+):\s*(#[0-9a-fA-F]{3,6})/g)].map((m) => [m[1], m[2]]))

function channel(hex: string, i: number): number {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (d) => d + d) : hex
  const v = parseInt(full.slice(1 + i * 2, 3 + i * 2), 16) / 255
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
}
function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2)
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const WHITE = '#ffffff'
const PAIRS: [string, string][] = [
  ['c-text', 'c-bg'],
  ['c-text', 'c-surface'],
  ['c-text-muted', 'c-bg'],
  ['c-text-muted', 'c-surface'],
  ['c-primary', 'c-surface'],
  ['c-primary', 'c-bg'],
  ['c-link', 'c-surface'],
  ['c-link', 'c-bg'],
  ['c-text', 'c-info-bg'],
  ['c-text', 'c-success-bg'],
  ['c-text', 'c-warning-bg'],
  ['c-text', 'c-danger-bg'],
  ['c-success', 'c-surface'],
  ['c-warning', 'c-surface'],
  ['c-danger', 'c-surface'],
  ['c-success', 'c-success-bg'],
  ['c-warning', 'c-warning-bg'],
  ['c-danger', 'c-danger-bg'],
  ['c-disabled-text', 'c-disabled-bg'],
]

describe('colour tokens', () => {
  it('are all present in app.css', () => {
    for (const [fg, bg] of PAIRS) {
      expect(tokens[fg]).toMatch(/^#/)
      expect(tokens[bg]).toMatch(/^#/)
    }
  })

  it.each(PAIRS)('%s on %s has at least 4.5:1 contrast', (fg, bg) => {
    expect(contrast(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(4.5)
  })

  it('white text on the primary colour (buttons, header) has at least 4.5:1 contrast', () => {
    expect(contrast(WHITE, tokens['c-primary'])).toBeGreaterThanOrEqual(4.5)
    expect(contrast(WHITE, tokens['c-success'])).toBeGreaterThanOrEqual(4.5)
    expect(contrast(WHITE, tokens['c-disabled-text'])).toBeGreaterThanOrEqual(4.5)
  })

  it('the contrast formula rejects a pale grey on white', () => {
    expect(contrast('#999999', WHITE)).toBeLessThan(4.5)
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 0)
  })
})
