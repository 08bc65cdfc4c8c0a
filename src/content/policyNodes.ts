/**
 * The policy library's content model: an ALLOW-LISTED node tree compiled from Markdown at build time
 * (scripts/compilePolicies.ts → src/content/generated/policies.json).
 *
 * Rendering contract (see docs/content.md):
 * - Render every node with Taro <View>/<Text> (or map it to RichText *array* nodes that you build yourself).
 *   Never turn a node into an HTML string, never use dangerouslySetInnerHTML.
 * - `text` values are plain text. They may contain "<" or "&": that is literal text, not markup.
 * - `link` is shown as its text plus its `href` as visible text. Internal routes may be navigated to;
 *   external hrefs are https and on the government allow-list, but are still shown, not auto-opened.
 * - `reference` is a number that is NOT verified for Shanxi: show it with a visible "参考值" tag.
 * - `cited` is a number tied to one or more `sources` of the same article (ids in `sourceIds`).
 *
 * The valibot schema (src/content/policyLibrarySchema.ts, bundled only where the library is loaded) is strict
 * (unknown keys and unknown node types fail), so a renderer that switches over `type` sees only these shapes.
 * This module holds the types, the constants and inlineText only: the 政策 tab and the mock backend in the
 * main package import it.
 */

// ─── Programmes and categories ────────────────────────────────────────────────────────────────────────

export const PROGRAMME_IDS = [
  'dibao',
  'tekun',
  'dibao_edge',
  'rigid_expense',
  'serious_illness',
  'temporary',
  'orphan',
  'disability_allowance',
  'price_subsidy',
] as const
export type ProgrammeId = (typeof PROGRAMME_IDS)[number]

export const POLICY_CATEGORIES = {
  basic_living: '基本生活救助',
  low_income: '低收入人口认定',
  temporary: '急难救助',
  special_groups: '儿童和残疾人',
  subsidy: '补贴',
  guide: '办事指南',
} as const
export type PolicyCategory = keyof typeof POLICY_CATEGORIES

/** The seven sections every programme article must have, in this order. Ids are stable anchors. */
export const REQUIRED_SECTIONS = [
  { id: 'who', title: '适合谁' },
  { id: 'conditions', title: '条件' },
  { id: 'benefits', title: '能得到什么' },
  { id: 'how', title: '怎么申请' },
  { id: 'materials', title: '要准备的材料' },
  { id: 'time', title: '办理时限' },
  { id: 'faq', title: '常见问题' },
] as const

// ─── Inline nodes ─────────────────────────────────────────────────────────────────────────────────────

export interface TextNode {
  type: 'text'
  text: string
}
export interface StrongNode {
  type: 'strong'
  children: InlineNode[]
}
export interface EmphasisNode {
  type: 'emphasis'
  children: InlineNode[]
}
/** Shown as text + url. `external` = https link on the government allow-list; otherwise an internal route. */
export interface LinkNode {
  type: 'link'
  href: string
  external: boolean
  children: InlineNode[]
}
/** A number backed by the article's sources (written `{{7 天|s:law649}}` in Markdown). */
export interface CitedNode {
  type: 'cited'
  text: string
  sourceIds: string[]
}
/** A 参考值: a number not verified for Shanxi (written `{{1.5 倍|参考值}}`); sourceIds may be empty. */
export interface ReferenceNode {
  type: 'reference'
  text: string
  sourceIds: string[]
}
export type InlineNode = TextNode | StrongNode | EmphasisNode | LinkNode | CitedNode | ReferenceNode

// ─── Block nodes ──────────────────────────────────────────────────────────────────────────────────────

export type HeadingLevel = 2 | 3 | 4
export interface HeadingNode {
  type: 'heading'
  level: HeadingLevel
  /** Stable anchor: the REQUIRED_SECTIONS id for a required section, otherwise `h-<n>`. */
  id: string
  children: InlineNode[]
}
export interface ParagraphNode {
  type: 'paragraph'
  children: InlineNode[]
}
export interface ListItemNode {
  type: 'item'
  children: BlockNode[]
}
export interface ListNode {
  type: 'list'
  ordered: boolean
  /** First number of an ordered list (1 for unordered lists). */
  start: number
  items: ListItemNode[]
}
export type CellAlign = 'left' | 'center' | 'right' | null
export interface TableCellNode {
  type: 'cell'
  align: CellAlign
  children: InlineNode[]
}
export interface TableNode {
  type: 'table'
  header: TableCellNode[]
  rows: TableCellNode[][]
}
/** From a Markdown blockquote: a highlighted "请注意" box. */
export interface NoteNode {
  type: 'note'
  children: BlockNode[]
}
export type BlockNode = HeadingNode | ParagraphNode | ListNode | TableNode | NoteNode

// ─── Article ──────────────────────────────────────────────────────────────────────────────────────────

export type SourceConfidence = 'verified' | 'secondary' | 'unverified'

export interface PolicySource {
  /** Referenced from `{{…|s:<id>}}` markers. */
  id: string
  title: string
  url: string
  /** ✅ verified (primary text) / 🟡 secondary (local page, news) / ❌ unverified: as in docs/domain.md. */
  confidence: SourceConfidence
  note: string | null
  /** Computed at build time: the url's host is a *.gov.cn host. Non-government pages are shown as plain text. */
  govDomain: boolean
}

/** 救助明白卡: the one-screen summary of a programme. */
export interface AidCard {
  /** 类别 */
  category: string
  /** 标准 */
  standard: InlineNode[]
  /** 经办单位 */
  office: InlineNode[]
  /** 监督电话 */
  supervision: InlineNode[]
}

export interface PolicySection {
  id: string
  title: string
}

export interface PolicyArticle {
  /** File name without .md; used in routes. */
  slug: string
  title: string
  summary: string
  programme: ProgrammeId | null
  category: PolicyCategory
  /** Sort order inside the library. */
  order: number
  /** ISO date, possibly reduced precision (YYYY, YYYY-MM or YYYY-MM-DD): the rules explained apply from then. */
  appliesFrom: string
  /** Which document that date comes from. */
  appliesFromBasis: string
  /** ISO date (YYYY-MM-DD) the explanation was last checked. */
  updated: string
  keywords: string[]
  /** Pinyin initials of the keywords (e.g. "db" for 低保), for search. */
  initials: string[]
  sources: PolicySource[]
  card: AidCard | null
  /** Level-2 headings, for a table of contents. */
  sections: PolicySection[]
  body: BlockNode[]
}

export interface PolicyLibrary {
  /** Bumped when the node format changes. */
  format: 1
  /** Always the same text: these are explanations written for this service, not official notices. */
  disclaimer: string
  articles: PolicyArticle[]
}

/** Concatenated plain text of inline nodes (for search, accessibility labels and tests). */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'cited':
        case 'reference':
          return node.text
        case 'strong':
        case 'emphasis':
        case 'link':
          return inlineText(node.children)
      }
    })
    .join('')
}
