/**
 * Every zustand persist() in src/stores/*.ts passes a `version`, a `migrate` and a `merge` (security.md
 * §3.6: without migrate a version change silently drops stored data; the default merge is shallow and
 * unvalidated). A store that adds persist() without them fails here.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const STORES = join(__dirname, '../../../src/stores')

/** The text of each `persist(` call's argument list, found by bracket matching. */
export function persistCalls(source: string): string[] {
  const calls: string[] = []
  const pattern = /\bpersist\s*(?:<[^>]*>)?\s*\(/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(source))) {
    let depth = 1
    let i = match.index + match[0].length
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '(') depth++
      else if (source[i] === ')') depth--
    }
    calls.push(source.slice(match.index, i))
  }
  return calls
}

export function missingPersistOptions(call: string): string[] {
  return ['version', 'migrate', 'merge'].filter((option) => !new RegExp(`\\b${option}\\s*[:,(]`).test(call))
}

describe('persisted stores', () => {
  const files = readdirSync(STORES).filter((f) => f.endsWith('.ts'))

  it.each(files)('%s: every persist() has version, migrate and merge', (file) => {
    const source = readFileSync(join(STORES, file), 'utf8')
    for (const call of persistCalls(source)) expect(missingPersistOptions(call)).toEqual([])
  })

  it('finds persist() calls at all (the scan is not vacuous)', () => {
    const all = files.flatMap((f) => persistCalls(readFileSync(join(STORES, f), 'utf8')))
    expect(all.length).toBeGreaterThanOrEqual(2)
  })

  it('flags a persist() without migrate or merge', () => {
    const bad = `create()(persist((set) => ({ a: 1 }), { name: 'x', version: 1, storage }))`
    expect(missingPersistOptions(persistCalls(bad)[0])).toEqual(['migrate', 'merge'])
    const good = `persist(fn, { name: 'x', version: 2, migrate: (p) => p, merge: (p, c) => c })`
    expect(missingPersistOptions(persistCalls(good)[0])).toEqual([])
  })
})
