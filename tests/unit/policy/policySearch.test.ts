import { excerptAround, markMatches, searchPolicies, segmentsText } from '@/features/policy/policySearch'
import { fixtureIndex } from '../../support/policyFixtures'

const summaries = fixtureIndex().items
const slugs = (query: string) => searchPolicies(summaries, query).map((hit) => hit.summary.id)

describe('searchPolicies', () => {
  it('finds a title and marks the matched part', () => {
    const [hit] = searchPolicies(summaries, '申请流程')
    expect(hit.summary.id).toBe('procedure')
    expect(hit.title).toEqual([
      { text: '低保等救助的', hit: false },
      { text: '申请流程', hit: true },
    ])
    expect(hit.excerpt).toBeNull()
  })

  it('ranks title matches before keyword matches', () => {
    // "低保" is in two titles (dibao, procedure) and a keyword of the standard page (低保标准 is also its title).
    expect(slugs('低保')).toEqual(['dibao', 'procedure', 'dibao-standard'])
  })

  it('does not search body text: that is 全文搜索, in the policy subpackage', () => {
    expect(summaries.some((s) => 'bodyText' in s)).toBe(false)
    expect(slugs('授权书')).toEqual([])
    expect(slugs('残疾人证')).toEqual([])
  })

  it('finds summary text and shows an excerpt around it', () => {
    const [hit] = searchPolicies(summaries, '按月领钱')
    expect(hit.summary.id).toBe('dibao')
    expect(hit.excerpt?.field).toBe('summary')
    expect(hit.excerpt?.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['按月领钱'])
  })

  it('finds a keyword that is not in the title', () => {
    const [hit] = searchPolicies(summaries, '渐退')
    expect(hit.summary.id).toBe('dibao')
    expect(hit.excerpt).toEqual({
      field: 'keyword',
      segments: [
        { text: '低保', hit: false },
        { text: '渐退', hit: true },
      ],
    })
  })

  it('finds pinyin initials and highlights the whole keyword', () => {
    const hits = searchPolicies(summaries, 'db')
    expect(hits[0].summary.id).toBe('dibao')
    expect(hits[0].excerpt).toEqual({ field: 'keyword', segments: [{ text: '低保', hit: true }] })
    expect(slugs('DB ')).toContain('dibao')
    expect(slugs('rhdc')).toEqual(['procedure'])
    expect(slugs('dbbz')).toEqual(['dibao-standard'])
  })

  it('does not treat one letter as initials', () => {
    expect(slugs('d')).toEqual([])
  })

  it('returns nothing for an empty query or one that matches nothing', () => {
    expect(searchPolicies(summaries, '   ')).toEqual([])
    expect(searchPolicies(summaries, '宇宙飞船')).toEqual([])
  })

  it('keeps markup-looking queries as plain text', () => {
    expect(searchPolicies(summaries, '<script>')).toEqual([])
    expect(markMatches('a<b>c', '<b>')).toEqual([
      { text: 'a', hit: false },
      { text: '<b>', hit: true },
      { text: 'c', hit: false },
    ])
  })
})

describe('excerptAround', () => {
  it('cuts long text around the match with ellipses', () => {
    const text = `${'甲'.repeat(40)}目标${'乙'.repeat(40)}`
    const segments = excerptAround(text, '目标', 5)
    expect(segmentsText(segments)).toBe(`…${'甲'.repeat(5)}目标${'乙'.repeat(5)}…`)
  })

  it('marks every occurrence inside the excerpt', () => {
    expect(markMatches('低保和低保', '低保').filter((s) => s.hit)).toHaveLength(2)
  })
})
