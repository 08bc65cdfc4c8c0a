/**
 * Formats an amount of money held as integer fen (分) as yuan (元) with exactly two decimals, e.g. 53333 → "533.33".
 * Integer arithmetic only: the remainder operator and an exact division by 100 (the dividend is a multiple of 100),
 * so no floating-point rounding can creep in for any safe integer.
 */
export function formatFenAsYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`formatFenAsYuan expects a safe integer number of fen, got ${fen}`)
  }
  const negative = fen < 0
  const magnitude = negative ? -fen : fen
  const cents = magnitude % 100
  const yuan = (magnitude - cents) / 100
  return `${negative ? '-' : ''}${yuan}.${cents < 10 ? '0' : ''}${cents}`
}
