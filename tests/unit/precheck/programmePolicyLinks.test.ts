import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROGRAMME_POLICY_SLUG } from '@/features/precheck/programmePolicyLinks'

const POLICIES = join(__dirname, '..', '..', '..', 'content', 'policies')

describe('pre-check programme → policy article', () => {
  it.each(Object.entries(PROGRAMME_POLICY_SLUG))('%s links to an article that exists (%s)', (program, slug) => {
    const file = join(POLICIES, `${slug}.md`)
    expect(existsSync(file)).toBe(true)
    // The article is about that programme (单人保 is explained in the 低保 article).
    const expected = program === 'dibao_single' ? 'dibao' : program
    expect(readFileSync(file, 'utf8')).toContain(`"programme": "${expected}"`)
  })
})
