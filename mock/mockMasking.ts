/**
 * Masking used in the mock's answers until src/domain/masking.ts lands (validation branch). Total: never
 * throws, never shows more than the rule.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
}

/** First 3 and last 4 characters of an 18-character number; anything else is fully masked. */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id.trim())
  if (chars.length !== 18) return '*'.repeat(Math.max(chars.length, 6))
  return `${chars.slice(0, 3).join('')}${'*'.repeat(11)}${chars.slice(14).join('')}`
}
