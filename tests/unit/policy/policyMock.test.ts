import { createMockPolicyService } from '@mock/policyMock'
import { parsePolicyIndex } from '@/content/policySummaries'
import { fixtureIndex, fixtureLibrary, fixtureService, programmeArticle } from '../../support/policyFixtures'

describe('mock policy service', () => {
  it('lists summaries without node trees', async () => {
    const result = await fixtureService().list()
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.summaries.map((s) => s.slug)).toEqual(['dibao', 'procedure', 'dibao-standard'])
    expect(Object.keys(result.value.summaries[0]).sort()).toEqual(
      ['bodyText', 'category', 'keywords', 'order', 'programme', 'slug', 'summary', 'title'].sort(),
    )
    expect(result.value.summaries[0].bodyText).toContain('残疾人证')
  })

  it('returns one article with the disclaimer, and not_found for others', async () => {
    const service = fixtureService()
    const found = await service.get('dibao')
    expect(found.ok && found.value.article.title).toBe(programmeArticle.title)
    expect(found.ok && found.value.disclaimer).toContain('不是政府的正式通知')
    const missing = await service.get('nope')
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: '没有找到这篇政策说明。' } })
    expect((await service.get('../../etc')).ok).toBe(false)
  })

  it('refuses data that does not pass the strict schema', async () => {
    const bad = fixtureLibrary()
    const tampered = JSON.parse(JSON.stringify(bad))
    tampered.articles[0].body.push({ type: 'html', value: '<script>alert(1)</script>' })
    const service = createMockPolicyService({ loadIndex: () => ({ format: 2 }), loadLibrary: () => tampered })
    expect((await service.list()).ok).toBe(false)
    const got = await service.get('dibao')
    expect(!got.ok && got.error.code).toBe('server')
  })

  it('reports an error when the library was not attached', async () => {
    const service = createMockPolicyService({ loadIndex: () => fixtureIndex(), loadLibrary: () => null })
    const got = await service.get('dibao')
    expect(!got.ok && got.error.code).toBe('server')
  })

  it('generates an index that passes its own schema', () => {
    expect(parsePolicyIndex(fixtureIndex()).ok).toBe(true)
  })
})
