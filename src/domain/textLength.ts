/**
 * Length of a text as a person counts it: one per character (Unicode code point). JavaScript's `.length`
 * counts UTF-16 units, so a rare character outside the basic plane (many 生僻字 in names and addresses,
 * e.g. 𠮷) would count twice.
 */
export function codePointLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
