/** The port contracts the features rely on, checked against the mock adapter. */
import { deviceToken } from '@/lib/deviceToken'
import { policyLibrary } from '@/content/policyLibrary'
import { backendOver, memoryStore, validPayload } from '../mock/mockFixtures'

describe('eligibility.recheck', () => {
  it('re-validates the payload and evaluates it with the eligibility module', async () => {
    const { services } = backendOver(memoryStore().store)
    const bad = await services.eligibility.recheck({ ...validPayload(), members: [] })
    expect(!bad.ok && bad.error.code).toBe('validation')
    const r = await services.eligibility.recheck(validPayload())
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.available).toBe(true)
    expect(r.value.programs.map((p) => p.program)).toEqual(expect.arrayContaining(['dibao', 'dibao_edge', 'temporary']))
    for (const p of r.value.programs)
      if (p.estimatedMonthlyFen !== null) expect(Number.isInteger(p.estimatedMonthlyFen)).toBe(true)
  })
})

describe('policies', () => {
  it('answers server when no library is registered', async () => {
    const { services } = backendOver(memoryStore().store)
    const r = await services.policies.list()
    expect(!r.ok && r.error.code).toBe('server')
  })

  const generated = (() => {
    try {
      return policyLibrary()
    } catch {
      return null
    }
  })()
  ;(generated ? it : it.skip)('lists summaries and gets an article by id', async () => {
    const { services } = backendOver(memoryStore().store, { policyLibrary: () => generated! })
    const list = await services.policies.list()
    if (!list.ok) throw new Error(list.error.message)
    expect(list.value.items.length).toBeGreaterThan(0)
    const first = list.value.items[0]
    const article = await services.policies.get(first.id)
    expect(article.ok && article.value.title).toBe(first.title)
    const missing = await services.policies.get('no-such-article')
    expect(!missing.ok && missing.error.code).toBe('not_found')
  })
})

describe('device token', () => {
  it('is random, kept in device storage and reused', () => {
    const { store } = memoryStore()
    const a = deviceToken(store)
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(deviceToken(store)).toBe(a)
    expect(deviceToken(memoryStore().store)).not.toBe(a)
  })
})
