/**
 * The policy INDEX: what the 政策 tab needs to list and search articles, without the node trees.
 * Generated next to policies.json by `npm run content` (src/content/generated/policySummaries.json), so the
 * tab in the main package stays small and the full trees ship only in the policy subpackage.
 */
import * as v from 'valibot'
import {
  POLICY_CATEGORIES,
  PROGRAMME_IDS,
  inlineText,
  type BlockNode,
  type PolicyArticle,
  type PolicyCategory,
  type PolicyLibrary,
  type ProgrammeId,
} from './policyNodes'

export interface PolicyKeyword {
  text: string
  /** Pinyin initials of the keyword ("db" for 低保); empty when unknown. */
  initials: string
}

export interface PolicySummary {
  slug: string
  title: string
  summary: string
  category: PolicyCategory
  programme: ProgrammeId | null
  order: number
  keywords: PolicyKeyword[]
  /** The article body as plain text (one line per block), for full-text search on the tab. */
  bodyText: string
}

export interface PolicyIndex {
  format: 1
  disclaimer: string
  summaries: PolicySummary[]
}

const nonEmpty = v.pipe(v.string(), v.minLength(1))

export const policySummarySchema = v.strictObject({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: nonEmpty,
  summary: nonEmpty,
  category: v.picklist(Object.keys(POLICY_CATEGORIES) as PolicyCategory[]),
  programme: v.nullable(v.picklist(PROGRAMME_IDS)),
  order: v.pipe(v.number(), v.integer()),
  keywords: v.array(v.strictObject({ text: nonEmpty, initials: v.pipe(v.string(), v.regex(/^[a-z]*$/)) })),
  bodyText: v.string(),
})

export const policyIndexSchema = v.strictObject({
  format: v.literal(1),
  disclaimer: nonEmpty,
  summaries: v.array(policySummarySchema),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _indexTypesAgree: Same<v.InferOutput<typeof policyIndexSchema>, PolicyIndex> = true
void _indexTypesAgree

export type IndexLoadResult = { ok: true; value: PolicyIndex } | { ok: false; issues: string[] }

/** Validates untrusted JSON (the generated file or a server response) against the strict schema. */
export function parsePolicyIndex(raw: unknown): IndexLoadResult {
  const result = v.safeParse(policyIndexSchema, raw)
  if (result.success) return { ok: true, value: result.output }
  return {
    ok: false,
    issues: result.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  }
}

/** Plain text of block nodes, one block per line. */
export function blockText(nodes: readonly BlockNode[]): string {
  const lines: string[] = []
  const walk = (node: BlockNode) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        lines.push(inlineText(node.children))
        break
      case 'list':
        node.items.forEach((item) => item.children.forEach(walk))
        break
      case 'table':
        lines.push(node.header.map((c) => inlineText(c.children)).join(' '))
        node.rows.forEach((row) => lines.push(row.map((c) => inlineText(c.children)).join(' ')))
        break
      case 'note':
        node.children.forEach(walk)
        break
    }
  }
  nodes.forEach(walk)
  return lines.filter(Boolean).join('\n')
}

/**
 * The summary of one article. `initialsOf` gives the pinyin initials of a keyword (the build passes the
 * compiler's table; tests may pass their own).
 */
export function summarizeArticle(article: PolicyArticle, initialsOf: (keyword: string) => string): PolicySummary {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    category: article.category,
    programme: article.programme,
    order: article.order,
    keywords: article.keywords.map((text) => ({ text, initials: initialsOf(text) })),
    bodyText: blockText(article.body),
  }
}

export function buildPolicyIndex(library: PolicyLibrary, initialsOf: (keyword: string) => string): PolicyIndex {
  return {
    format: 1,
    disclaimer: library.disclaimer,
    summaries: library.articles.map((a) => summarizeArticle(a, initialsOf)),
  }
}
