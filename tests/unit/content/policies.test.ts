import { join } from 'node:path'
import { buildPolicyLibrary, checkedTexts } from '../../../scripts/compilePolicies'
import { unmarkedNumberIn } from '../../../scripts/policyNumberRule'
import { classifyHref } from '@/content/linkPolicy'
import { searchArticles } from '@/content/policyLibrary'
import {
  PROGRAMME_IDS,
  REQUIRED_SECTIONS,
  inlineText,
  type BlockNode,
  type CitedNode,
  type InlineNode,
  type LinkNode,
  type PolicyArticle,
  type ReferenceNode,
} from '@/content/policyNodes'
import { parsePolicyLibrary } from '@/content/policyLibrarySchema'

const POLICIES_DIR = join(__dirname, '../../../content/policies')
const result = buildPolicyLibrary(POLICIES_DIR)
const articles: PolicyArticle[] = result.library?.articles ?? []

function nodesOf(article: PolicyArticle): (BlockNode | InlineNode)[] {
  const out: (BlockNode | InlineNode)[] = []
  const visit = (nodes: readonly (BlockNode | InlineNode)[]) => {
    for (const node of nodes) {
      out.push(node)
      if (node.type === 'list') node.items.forEach((item) => visit(item.children))
      else if (node.type === 'table') [...node.header, ...node.rows.flat()].forEach((cell) => visit(cell.children))
      else if ('children' in node) visit(node.children)
    }
  }
  visit(article.body)
  if (article.card) visit([...article.card.standard, ...article.card.office, ...article.card.supervision])
  return out
}

const figures = (a: PolicyArticle) =>
  nodesOf(a).filter((n): n is CitedNode | ReferenceNode => n.type === 'cited' || n.type === 'reference')

describe('policy library content', () => {
  it('compiles without errors', () => {
    expect(result.errors).toEqual([])
    expect(result.library).not.toBeNull()
  })

  it('passes the strict load-time schema', () => {
    expect(parsePolicyLibrary(JSON.parse(JSON.stringify(result.library))).ok).toBe(true)
  })

  it('has one article per programme plus the procedure, standard and hotline guides', () => {
    for (const id of PROGRAMME_IDS) expect(articles.filter((a) => a.programme === id)).toHaveLength(1)
    expect(articles.map((a) => a.slug)).toEqual(expect.arrayContaining(['procedure', 'dibao-standard', 'hotline']))
  })

  it.each(articles.map((a) => [a.slug, a]))('%s: metadata, sources and sections', (_slug, article) => {
    const a = article as PolicyArticle
    expect(a.sources.length).toBeGreaterThanOrEqual(1)
    for (const s of a.sources) expect(s.url).toMatch(/^https?:\/\/[^\s]+$/)
    expect(a.appliesFrom).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    expect(a.appliesFromBasis.length).toBeGreaterThan(0)
    expect(a.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(a.keywords.length).toBeGreaterThan(0)
    expect(a.initials.length).toBeGreaterThan(0)
    if (a.programme) {
      expect(a.sections.map((s) => s.id)).toEqual(expect.arrayContaining(REQUIRED_SECTIONS.map((s) => s.id)))
      const order = REQUIRED_SECTIONS.map((r) => a.sections.findIndex((s) => s.id === r.id))
      expect([...order].sort((x, y) => x - y)).toEqual(order)
      expect(a.card).not.toBeNull()
    }
  })

  it.each(articles.map((a) => [a.slug, a]))('%s: says it is an explanation, not an official notice', (_slug, a) => {
    const first = (a as PolicyArticle).body[0]
    expect(first.type).toBe('note')
    expect(
      inlineText(first.type === 'note' && first.children[0].type === 'paragraph' ? first.children[0].children : []),
    ).toContain('不是正式文件')
    expect((a as PolicyArticle).title).not.toMatch(/通知|公告|官方/)
  })

  it.each(articles.map((a) => [a.slug, a]))('%s: no number without a source or a 参考值 mark', (_slug, a) => {
    const violations = checkedTexts(a as PolicyArticle).flatMap(({ where, text }) => {
      const hit = unmarkedNumberIn(text)
      return hit ? [`${where}: ${hit}`] : []
    })
    expect(violations).toEqual([])
  })

  it.each(articles.map((a) => [a.slug, a]))('%s: every figure points at declared sources', (_slug, a) => {
    const article = a as PolicyArticle
    const confidence = new Map(article.sources.map((s) => [s.id, s.confidence]))
    for (const f of figures(article)) {
      for (const id of f.sourceIds) expect(confidence.has(id)).toBe(true)
      if (f.type === 'cited') expect(f.sourceIds.some((id) => confidence.get(id) !== 'unverified')).toBe(true)
    }
  })

  it('never states an amount in 元 that is not a Shanxi statistic or marked 参考值', () => {
    const amounts = articles.flatMap((a) =>
      figures(a)
        .filter((f) => f.text.includes('元') && f.type === 'cited')
        .map((f) => ({ slug: a.slug, text: f.text, ids: f.sourceIds })),
    )
    for (const amount of amounts) expect(amount.ids.every((id) => id === 'sx2025' || id === 'sxstats')).toBe(true)
  })

  it('every link is on the allow-list', () => {
    for (const a of articles) {
      for (const link of nodesOf(a).filter((n): n is LinkNode => n.type === 'link')) {
        expect(classifyHref(link.href).ok).toBe(true)
      }
    }
  })

  it('the 低保标准 page has the rule and the averages table with the right marks', () => {
    const page = articles.find((a) => a.slug === 'dibao-standard')!
    const figs = figures(page).map((f) => `${f.type}:${f.text}`)
    expect(figs).toEqual(
      expect.arrayContaining([
        'cited:30%–40%',
        'cited:45%–55%',
        'cited:669',
        'cited:555',
        'reference:615',
        'reference:471.5',
      ]),
    )
    const table = page.body.find((n) => n.type === 'table')
    expect(table?.type === 'table' && table.rows.map((r) => inlineText(r[0].children))).toEqual([
      '2021-07-28',
      '2025-11-19',
    ])
  })

  it('the hotline page is honest about the missing Shanxi hotline and cites 12345', () => {
    const page = articles.find((a) => a.slug === 'hotline')!
    const text = checkedTexts(page)
      .map((t) => t.text)
      .join('')
    expect(text).toContain('没有找到')
    expect(figures(page).some((f) => f.type === 'cited' && f.text === '12345')).toBe(true)
  })

  it('search finds articles by pinyin initials and keywords', () => {
    const library = result.library!
    expect(searchArticles(library, 'db').map((a) => a.slug)).toContain('dibao')
    expect(searchArticles(library, 'tk').map((a) => a.slug)).toContain('tekun')
    expect(searchArticles(library, '临时救助').map((a) => a.slug)).toEqual(['temporary'])
  })

  it('is deterministic', () => {
    expect(JSON.stringify(buildPolicyLibrary(POLICIES_DIR).library)).toBe(JSON.stringify(result.library))
  })
})
