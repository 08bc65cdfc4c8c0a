/**
 * The policy INDEX: what the 政策 tab needs to list and search articles, without the node trees and without
 * the body text. Generated next to policies.json by `npm run content` (src/content/generated/policySummaries.json),
 * so the tab in the main package stays small; the full trees, and the body text for 全文搜索 derived from them
 * (blockText), ship only in the policy subpackage.
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

/** One article in the list (the policy port's PolicySummary, src/services/policyService.ts). */
export interface PolicySummary {
  /** The article slug. */
  id: string
  title: string
  summary: string
  category: PolicyCategory
  programme: ProgrammeId | null
  updated: string
  keywords: string[]
  /** Distinct pinyin initials of the keywords. */
  initials: string[]
  /** Pinyin initials of each keyword, in the order of `keywords` ('' when unknown): "db" → 低保. */
  keywordInitials: string[]
}

export interface PolicyIndex {
  format: 1
  disclaimer: string
  items: PolicySummary[]
}

const nonEmpty = v.pipe(v.string(), v.minLength(1))

export const policySummarySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: nonEmpty,
  summary: nonEmpty,
  category: v.picklist(Object.keys(POLICY_CATEGORIES) as PolicyCategory[]),
  programme: v.nullable(v.picklist(PROGRAMME_IDS)),
  updated: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  keywords: v.array(nonEmpty),
  initials: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  keywordInitials: v.array(v.pipe(v.string(), v.regex(/^[a-z]*$/))),
})

export const policyIndexSchema = v.strictObject({
  format: v.literal(1),
  disclaimer: nonEmpty,
  items: v.array(policySummarySchema),
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
    id: article.slug,
    title: article.title,
    summary: article.summary,
    category: article.category,
    programme: article.programme,
    updated: article.updated,
    keywords: [...article.keywords],
    initials: [...article.initials],
    keywordInitials: article.keywords.map((keyword) => initialsOf(keyword)),
  }
}

export function buildPolicyIndex(library: PolicyLibrary, initialsOf: (keyword: string) => string): PolicyIndex {
  return {
    format: 1,
    disclaimer: library.disclaimer,
    items: library.articles.map((a) => summarizeArticle(a, initialsOf)),
  }
}
