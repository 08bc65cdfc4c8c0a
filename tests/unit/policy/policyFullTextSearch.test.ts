import { searchPolicyFullText } from '@/features/policy/policyFullTextSearch'
import { segmentsText } from '@/features/policy/policySearch'
import { fixtureService } from '../../support/policyFixtures'
import type { PolicyFullTextEntry } from '@/services/policyService'

let entries: PolicyFullTextEntry[]
const slugs = (query: string) => searchPolicyFullText(entries, query).map((hit) => hit.summary.id)

beforeAll(async () => {
  const result = await fixtureService().fullText()
  if (!result.ok) throw new Error(result.error.message)
  entries = result.value.items
})

describe('searchPolicyFullText', () => {
  it('finds body text and shows an excerpt around it', () => {
    const [hit] = searchPolicyFullText(entries, '授权书')
    expect(hit.summary.id).toBe('procedure')
    expect(hit.excerpt?.field).toBe('body')
    expect(hit.excerpt?.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['授权书'])
    expect(segmentsText(hit.excerpt!.segments)).toContain('签家庭经济状况核对授权书')
  })

  it('finds text inside tables, lists and notes of the body', () => {
    expect(slugs('残疾人证')).toEqual(['dibao'])
    expect(slugs('重病患者')).toEqual(['dibao'])
    expect(slugs('方便大家阅读')).toEqual(['dibao'])
  })

  it('still finds titles, keywords and initials, and ranks them before body matches', () => {
    // 入户调查 is a keyword of the procedure and appears in no other body; 低保 is in titles and bodies.
    expect(slugs('入户调查')).toEqual(['procedure'])
    expect(slugs('rhdc')).toEqual(['procedure'])
    // 户: a keyword of the procedure (入户调查), only body text of the 低保 article (户口簿), which comes first
    // in the library.
    const hits = searchPolicyFullText(entries, '户')
    expect(hits.map((h) => [h.summary.id, h.excerpt?.field])).toEqual([
      ['procedure', 'keyword'],
      ['dibao', 'body'],
    ])
    expect(searchPolicyFullText(entries, '申请流程')[0]).toMatchObject({ rank: 0, excerpt: null })
  })

  it('returns nothing for an empty query or one that matches nothing', () => {
    expect(searchPolicyFullText(entries, '  ')).toEqual([])
    expect(searchPolicyFullText(entries, '宇宙飞船')).toEqual([])
  })
})
