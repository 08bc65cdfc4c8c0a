import {
  RECENT_POLICIES_MAX,
  readStoredRecentPolicies,
  useRecentPoliciesStore,
  withRead,
} from '@/stores/recentPoliciesStore'
import { deviceStore } from '@/lib/storage/deviceStore'

jest.mock('@/lib/storage/taroBackend', () => ({
  taroBackend: jest.requireActual('@/lib/storage/keyValueStore').createMemoryBackend(),
}))

describe('recent policies', () => {
  it('puts the last read first, without duplicates, at most 10', () => {
    let slugs: string[] = []
    for (let i = 0; i < 12; i++) slugs = withRead(slugs, `a${i}`)
    expect(slugs).toHaveLength(RECENT_POLICIES_MAX)
    expect(slugs[0]).toBe('a11')
    slugs = withRead(slugs, 'a5')
    expect(slugs[0]).toBe('a5')
    expect(slugs.filter((s) => s === 'a5')).toHaveLength(1)
  })

  it('ignores ids that are not slugs', () => {
    expect(withRead(['dibao'], '../x')).toEqual(['dibao'])
  })

  it('keeps only valid, distinct slugs from storage', () => {
    expect(readStoredRecentPolicies({ slugs: ['dibao', 'dibao', 42, '<script>', 'tekun'] })).toEqual({
      slugs: ['dibao', 'tekun'],
    })
    expect(readStoredRecentPolicies({ slugs: Array.from({ length: 30 }, (_, i) => `s${i}`) }).slugs).toHaveLength(10)
  })

  it.each([null, undefined, 'x', 3, [], { slugs: 'dibao' }])('reads %p as nothing read', (value) => {
    expect(readStoredRecentPolicies(value)).toEqual({ slugs: [] })
  })

  it('persists ids only, with a version, under the app prefix', () => {
    useRecentPoliciesStore.getState().markRead('dibao')
    const read = deviceStore.read('recentPolicies')
    expect(read.kind).toBe('found')
    if (read.kind === 'found')
      expect(JSON.parse(read.raw)).toMatchObject({ schema: 'recentPolicies', v: 1, data: { slugs: ['dibao'] } })
  })

  it('merges a tampered stored state through the validator', async () => {
    deviceStore.write('recentPolicies', JSON.stringify({ state: { slugs: ['tekun', { evil: true }] }, version: 1 }))
    await useRecentPoliciesStore.persist.rehydrate()
    expect(useRecentPoliciesStore.getState().slugs).toEqual(['tekun'])
  })
})
