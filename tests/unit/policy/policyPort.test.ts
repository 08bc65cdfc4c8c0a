/** The mock backend's policy port as the 政策 pages use it: the small index for the list, the library for one article. */
import { parsePolicyIndex } from '@/content/policySummaries'
import { fixtureIndex, fixtureLibrary, fixtureService, programmeArticle } from '../../support/policyFixtures'

describe('policy port (mock backend)', () => {
  it('lists summaries from the index, without node trees or body text', async () => {
    const library = jest.fn(() => fixtureLibrary())
    const result = await fixtureService(fixtureLibrary(), { library }).list()
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.items.map((s) => s.id)).toEqual(['dibao', 'procedure', 'dibao-standard'])
    expect(Object.keys(result.value.items[0]).sort()).toEqual(
      ['category', 'id', 'initials', 'keywordInitials', 'keywords', 'programme', 'summary', 'title', 'updated'].sort(),
    )
    expect(result.value.items[0].keywordInitials).toEqual(['db', 'zdshbz', 'dbjt'])
    expect(result.value.disclaimer).toContain('不是政府的正式通知')
    // The tab never needs the full library.
    expect(library).not.toHaveBeenCalled()
  })

  it('returns one article, and not_found for others', async () => {
    const service = fixtureService()
    const found = await service.get('dibao')
    expect(found.ok && found.value.title).toBe(programmeArticle.title)
    const missing = await service.get('nope')
    expect(!missing.ok && missing.error.code).toBe('not_found')
  })

  it('gives every article with its body text for 全文搜索, from the library', async () => {
    const result = await fixtureService().fullText()
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.items.map((s) => s.id)).toEqual(['dibao', 'procedure', 'dibao-standard'])
    // Text of tables, lists and notes, one block per line.
    expect(result.value.items[0].bodyText).toContain('残疾人证 有残疾的人')
    expect(result.value.items[0].bodyText).toContain('重病患者')
    expect(result.value.items[0].bodyText).toContain('这是本服务为方便大家阅读写的说明。')
    expect(result.value.items[0].keywordInitials).toEqual(['db', 'zdshbz', 'dbjt'])
    expect(result.value.disclaimer).toContain('不是政府的正式通知')
  })

  it('answers server for 全文搜索 while the library is not available (the main package)', async () => {
    const service = fixtureService(fixtureLibrary(), {
      library: () => {
        throw new Error('policy library not registered')
      },
    })
    const text = await service.fullText()
    expect(!text.ok && text.error.code).toBe('server')
    // The tab's list still works from the index alone.
    expect((await service.list()).ok).toBe(true)
  })

  it('refuses an index that does not pass the strict schema', async () => {
    const tampered = JSON.parse(JSON.stringify(fixtureIndex()))
    tampered.items[0].title = { html: '<script>alert(1)</script>' }
    const list = await fixtureService(fixtureLibrary(), { index: () => tampered }).list()
    expect(!list.ok && list.error.code).toBe('server')
  })

  it('derives the list from the library when no index is given', async () => {
    const service = fixtureService(fixtureLibrary(), { index: null })
    const list = await service.list()
    if (!list.ok) throw new Error(list.error.message)
    expect(list.value.items.map((s) => s.id)).toEqual(['dibao', 'procedure', 'dibao-standard'])
    expect(list.value.items[0].initials).toEqual(['db', 'zdshbz', 'dbjt'])
  })

  it('generates an index that passes its own schema', () => {
    expect(parsePolicyIndex(fixtureIndex()).ok).toBe(true)
    expect(parsePolicyIndex({ ...fixtureIndex(), format: 2 }).ok).toBe(false)
  })
})
