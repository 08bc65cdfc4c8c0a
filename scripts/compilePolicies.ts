/**
 * Build-time policy compiler: content/policies/*.md (JSON front matter + Markdown) → an allow-listed node
 * tree (src/content/policyNodes.ts) → src/content/generated/policies.json.
 *
 * Security model: markdown-it runs with `html: false`, so raw HTML is literal text. The walker below emits
 * ONLY the node types of policyNodes.ts; every other token is dropped or turned into text. Links survive only
 * if src/content/linkPolicy.ts allows them. The final library is validated with the strict valibot schema.
 *
 * Run through scripts/generateContent.mjs (`npm run content`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import type { StateInline, Token } from 'markdown-it'
import * as v from 'valibot'
import { classifyHref, isGovHost } from '../src/content/linkPolicy'
import {
  PROGRAMME_IDS,
  POLICY_CATEGORIES,
  REQUIRED_SECTIONS,
  inlineText,
  type AidCard,
  type BlockNode,
  type CellAlign,
  type HeadingLevel,
  type InlineNode,
  type PolicyArticle,
  type PolicyCategory,
  type PolicyLibrary,
  type PolicySource,
  type TableCellNode,
} from '../src/content/policyNodes'
import { parsePolicyLibrary } from '../src/content/policyLibrarySchema'
import { initialsOf } from './pinyinInitials'
import { unmarkedNumberIn } from './policyNumberRule'

export const DISCLAIMER =
  '本栏目的文章是本服务为方便大家阅读而写的解读，不是政府的正式通知或文件。具体政策以国家和山西省、当地民政部门正式公布的文件为准；有疑问请问户籍所在地的乡镇人民政府（街道办事处）或县（市、区）民政局。'

// ─── Figure markers: {{7 天|s:law649}} and {{1.5 倍|参考值}} ───────────────────────────────────────────

type FigureMeta = {
  text: string
  annotation: string
}

function readFigureMeta(meta: Record<string, unknown> | null): FigureMeta {
  const text = typeof meta?.text === 'string' ? meta.text : ''
  const annotation = typeof meta?.annotation === 'string' ? meta.annotation : ''
  return { text, annotation }
}

/** markdown-it inline rule: `{{display text|annotation}}` → a `figure` token (no nesting, no newline). */
function figureRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos
  if (state.src.charCodeAt(start) !== 0x7b || state.src.charCodeAt(start + 1) !== 0x7b) return false
  const end = state.src.indexOf('}}', start + 2)
  if (end < 0) return false
  const inner = state.src.slice(start + 2, end)
  const bar = inner.lastIndexOf('|')
  if (bar <= 0 || /[\n{}]/.test(inner)) return false
  if (!silent) {
    const token = state.push('figure', '', 0)
    const meta: FigureMeta = { text: inner.slice(0, bar).trim(), annotation: inner.slice(bar + 1).trim() }
    token.meta = meta
  }
  state.pos = end + 2
  return true
}

export function createMarkdown() {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false })
  md.inline.ruler.before('emphasis', 'figure', figureRule)
  return md
}

// ─── Token walker ─────────────────────────────────────────────────────────────────────────────────────

export interface CompileContext {
  /** Source ids the article declares, with their confidence. */
  sources: ReadonlyMap<string, PolicySource['confidence']>
  /** Errors fail the build (unknown source id, malformed marker). */
  errors: string[]
  /** Warnings are reported but do not fail (a refused link, a dropped token). */
  warnings: string[]
}

export function emptyContext(sources: ReadonlyMap<string, PolicySource['confidence']> = new Map()): CompileContext {
  return { sources, errors: [], warnings: [] }
}

interface Cursor {
  i: number
}

function pushText(out: InlineNode[], text: string): void {
  if (!text) return
  const last = out[out.length - 1]
  if (last && last.type === 'text') last.text += text
  else out.push({ type: 'text', text })
}

function pushInlines(out: InlineNode[], nodes: InlineNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') pushText(out, node.text)
    else out.push(node)
  }
}

function figureNode(meta: FigureMeta, ctx: CompileContext): InlineNode | null {
  const words = meta.annotation.split(/\s+/).filter(Boolean)
  let reference = false
  const sourceIds: string[] = []
  for (const word of words) {
    if (word === '参考值') reference = true
    else if (word.startsWith('s:')) sourceIds.push(...word.slice(2).split(',').filter(Boolean))
    else ctx.errors.push(`figure "${meta.text}": unknown annotation "${word}" (use 参考值 and/or s:<sourceId>)`)
  }
  for (const id of sourceIds) {
    if (!ctx.sources.has(id)) ctx.errors.push(`figure "${meta.text}": unknown source id "${id}"`)
  }
  if (!meta.text) ctx.errors.push('figure with empty text')
  if (!reference) {
    if (sourceIds.length === 0) ctx.errors.push(`figure "${meta.text}": needs s:<sourceId> or 参考值`)
    else if (sourceIds.every((id) => ctx.sources.get(id) === 'unverified')) {
      ctx.errors.push(`figure "${meta.text}": only unverified sources; mark it 参考值`)
    }
  }
  // An invalid marker is already a build error; still emit a schema-valid node (plain text) so the
  // compiler's output is well-formed for any input.
  if (!reference && sourceIds.length === 0) return meta.text ? { type: 'text', text: meta.text } : null
  if (!meta.text) return null
  return reference ? { type: 'reference', text: meta.text, sourceIds } : { type: 'cited', text: meta.text, sourceIds }
}

function inlines(
  tokens: Token[],
  cur: Cursor,
  stop: string | null,
  ctx: CompileContext,
  inLink: boolean,
): InlineNode[] {
  const out: InlineNode[] = []
  while (cur.i < tokens.length) {
    const t = tokens[cur.i]
    cur.i++
    if (stop && t.type === stop) return out
    switch (t.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'html_inline': // only reachable if html were enabled; still literal text
        pushText(out, t.content)
        break
      case 'softbreak':
      case 'hardbreak':
        pushText(out, ' ')
        break
      case 'strong_open': {
        const children = inlines(tokens, cur, 'strong_close', ctx, inLink)
        if (children.length) out.push({ type: 'strong', children })
        break
      }
      case 'em_open': {
        const children = inlines(tokens, cur, 'em_close', ctx, inLink)
        if (children.length) out.push({ type: 'emphasis', children })
        break
      }
      case 's_open':
        pushInlines(out, inlines(tokens, cur, 's_close', ctx, inLink))
        break
      case 'link_open': {
        const href = String(t.attrGet('href') ?? '')
        const children = inlines(tokens, cur, 'link_close', ctx, true)
        const decision = classifyHref(href)
        if (!inLink && decision.ok && children.length) {
          out.push({ type: 'link', href: decision.href, external: decision.external, children })
        } else {
          if (!decision.ok) ctx.warnings.push(`link dropped (${decision.reason}): ${href.slice(0, 80)}`)
          pushInlines(out, children)
        }
        break
      }
      case 'image':
        // Images are not part of the allow-list: keep the alt text only.
        ctx.warnings.push('image dropped (alt text kept)')
        pushText(out, t.content)
        break
      case 'figure': {
        const node = figureNode(readFigureMeta(t.meta as Record<string, unknown> | null), ctx)
        if (node?.type === 'text') pushText(out, node.text)
        else if (node) out.push(node)
        break
      }
      default:
        if (t.nesting === 0 && t.content) pushText(out, t.content)
        else if (t.nesting !== 0) ctx.warnings.push(`inline token dropped: ${t.type}`)
    }
  }
  return out
}

function inlineOf(token: Token | undefined, ctx: CompileContext): InlineNode[] {
  if (!token || token.type !== 'inline') return []
  const nodes = inlines(token.children ?? [], { i: 0 }, null, ctx, false)
  return trimInlines(nodes)
}

function trimInlines(nodes: InlineNode[]): InlineNode[] {
  const first = nodes[0]
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '')
  const last = nodes[nodes.length - 1]
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '')
  return nodes.filter((n) => n.type !== 'text' || n.text.length > 0)
}

function cellAlign(token: Token): CellAlign {
  const style = String(token.attrGet('style') ?? '')
  const match = /^text-align:(left|center|right)$/.exec(style)
  return match ? (match[1] as CellAlign) : null
}

interface BlockState {
  headingCount: number
}

function blocks(tokens: Token[], cur: Cursor, stop: string | null, ctx: CompileContext, st: BlockState): BlockNode[] {
  const out: BlockNode[] = []
  while (cur.i < tokens.length) {
    const t = tokens[cur.i]
    if (stop && t.type === stop) {
      cur.i++
      return out
    }
    switch (t.type) {
      case 'heading_open': {
        const raw = Number(t.tag.slice(1))
        const level = Math.min(4, Math.max(2, raw)) as HeadingLevel
        const children = inlineOf(tokens[cur.i + 1], ctx)
        cur.i += 3
        if (!children.length) break
        const title = inlineText(children)
        const required = level === 2 ? REQUIRED_SECTIONS.find((s) => s.title === title) : undefined
        st.headingCount++
        out.push({ type: 'heading', level, id: required ? required.id : `h-${st.headingCount}`, children })
        break
      }
      case 'paragraph_open': {
        const children = inlineOf(tokens[cur.i + 1], ctx)
        cur.i += 3
        if (children.length) out.push({ type: 'paragraph', children })
        break
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open'
        const start = ordered ? Number(t.attrGet('start') ?? 1) : 1
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close'
        cur.i++
        const items: { type: 'item'; children: BlockNode[] }[] = []
        while (cur.i < tokens.length && tokens[cur.i].type !== close) {
          if (tokens[cur.i].type === 'list_item_open') {
            cur.i++
            items.push({ type: 'item', children: blocks(tokens, cur, 'list_item_close', ctx, st) })
          } else cur.i++
        }
        cur.i++
        if (items.length) out.push({ type: 'list', ordered, start: Number.isSafeInteger(start) ? start : 1, items })
        break
      }
      case 'blockquote_open': {
        cur.i++
        const children = blocks(tokens, cur, 'blockquote_close', ctx, st)
        if (children.length) out.push({ type: 'note', children })
        break
      }
      case 'table_open': {
        cur.i++
        const header: TableCellNode[] = []
        const rows: TableCellNode[][] = []
        let row: TableCellNode[] | null = null
        let inHead = false
        while (cur.i < tokens.length && tokens[cur.i].type !== 'table_close') {
          const tt = tokens[cur.i]
          if (tt.type === 'thead_open') inHead = true
          else if (tt.type === 'thead_close') inHead = false
          else if (tt.type === 'tr_open') row = []
          else if (tt.type === 'tr_close') {
            if (row && !inHead) rows.push(row)
            row = null
          } else if (tt.type === 'th_open' || tt.type === 'td_open') {
            const cell: TableCellNode = {
              type: 'cell',
              align: cellAlign(tt),
              children: inlineOf(tokens[cur.i + 1], ctx),
            }
            if (inHead) header.push(cell)
            else row?.push(cell)
            cur.i += 2 // skip inline; the close token is skipped below
          }
          cur.i++
        }
        cur.i++
        out.push({ type: 'table', header, rows })
        break
      }
      case 'fence':
      case 'code_block':
      case 'html_block': {
        // Not in the allow-list: keep the content as literal text.
        cur.i++
        const text = t.content.replace(/\s+$/, '')
        if (text) out.push({ type: 'paragraph', children: [{ type: 'text', text }] })
        break
      }
      case 'hr':
        cur.i++
        break
      default:
        ctx.warnings.push(`block token dropped: ${t.type}`)
        cur.i++
    }
  }
  return out
}

const md = createMarkdown()

/** Markdown → allow-listed block nodes. Never throws on any input string. */
export function compileMarkdown(markdown: string, ctx: CompileContext = emptyContext()): BlockNode[] {
  const tokens = md.parse(markdown, {})
  return blocks(tokens, { i: 0 }, null, ctx, { headingCount: 0 })
}

/** One line of Markdown (front-matter fields such as the 明白卡) → inline nodes. */
export function compileInline(markdown: string, ctx: CompileContext): InlineNode[] {
  const tokens = md.parseInline(markdown, {})
  return inlineOf(tokens[0], ctx)
}

// ─── Front matter ─────────────────────────────────────────────────────────────────────────────────────

const nonEmpty = v.pipe(v.string(), v.minLength(1))

export const frontMatterSchema = v.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  programme: v.nullable(v.picklist(PROGRAMME_IDS)),
  category: v.picklist(Object.keys(POLICY_CATEGORIES) as PolicyCategory[]),
  order: v.pipe(v.number(), v.integer()),
  appliesFrom: v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)),
  appliesFromBasis: nonEmpty,
  updated: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  keywords: v.pipe(v.array(nonEmpty), v.minLength(1)),
  sources: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]+$/)),
        title: nonEmpty,
        url: nonEmpty,
        confidence: v.picklist(['verified', 'secondary', 'unverified']),
        note: v.optional(v.string()),
      }),
    ),
    v.minLength(1),
  ),
  card: v.optional(v.strictObject({ category: nonEmpty, standard: nonEmpty, office: nonEmpty, supervision: nonEmpty })),
})
export type FrontMatter = v.InferOutput<typeof frontMatterSchema>

export function splitFrontMatter(file: string): { json: string; body: string } | null {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(file)
  if (!match) return null
  return { json: match[1], body: file.slice(match[0].length) }
}

function checkSourceUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'unparseable'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `protocol ${parsed.protocol}`
  if (parsed.username || parsed.password) return 'credentials in url'
  return null
}

// ─── Article ──────────────────────────────────────────────────────────────────────────────────────────

export interface ArticleResult {
  article: PolicyArticle | null
  errors: string[]
  warnings: string[]
}

function collectTexts(nodes: readonly (BlockNode | InlineNode)[], out: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(node.text)
        break
      case 'cited':
      case 'reference':
        break
      case 'list':
        for (const item of node.items) collectTexts(item.children, out)
        break
      case 'table':
        for (const cell of [...node.header, ...node.rows.flat()]) collectTexts(cell.children, out)
        break
      default:
        collectTexts(node.children, out)
    }
  }
}

/** Texts the number rule applies to (see scripts/policyNumberRule.ts), with where they come from. */
export function checkedTexts(article: PolicyArticle): { where: string; text: string }[] {
  const list: { where: string; text: string }[] = [
    { where: 'title', text: article.title },
    { where: 'summary', text: article.summary },
  ]
  const push = (where: string, nodes: readonly (BlockNode | InlineNode)[]) => {
    const texts: string[] = []
    collectTexts(nodes, texts)
    for (const text of texts) list.push({ where, text })
  }
  push('body', article.body)
  if (article.card) {
    list.push({ where: 'card.category', text: article.card.category })
    push('card.standard', article.card.standard)
    push('card.office', article.card.office)
    push('card.supervision', article.card.supervision)
  }
  return list
}

export function compileArticle(slug: string, file: string): ArticleResult {
  const errors: string[] = []
  const warnings: string[] = []
  const parts = splitFrontMatter(file)
  if (!parts) return { article: null, errors: [`${slug}: missing --- front matter ---`], warnings }
  let raw: unknown
  try {
    raw = JSON.parse(parts.json)
  } catch (e) {
    return { article: null, errors: [`${slug}: front matter is not JSON: ${(e as Error).message}`], warnings }
  }
  const fm = v.safeParse(frontMatterSchema, raw)
  if (!fm.success) {
    const issues = fm.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
    return { article: null, errors: issues.map((m) => `${slug}: front matter ${m}`), warnings }
  }
  const meta = fm.output

  const sources: PolicySource[] = []
  const ids = new Map<string, PolicySource['confidence']>()
  for (const s of meta.sources) {
    const problem = checkSourceUrl(s.url)
    if (problem) errors.push(`${slug}: source ${s.id} url refused (${problem})`)
    if (ids.has(s.id)) errors.push(`${slug}: duplicate source id ${s.id}`)
    ids.set(s.id, s.confidence)
    const govDomain = problem ? false : isGovHost(new URL(s.url).hostname)
    sources.push({ id: s.id, title: s.title, url: s.url, confidence: s.confidence, note: s.note ?? null, govDomain })
  }

  const ctx = emptyContext(ids)
  const body = compileMarkdown(parts.body, ctx)
  let card: AidCard | null = null
  if (meta.card) {
    card = {
      category: meta.card.category,
      standard: compileInline(meta.card.standard, ctx),
      office: compileInline(meta.card.office, ctx),
      supervision: compileInline(meta.card.supervision, ctx),
    }
  }

  const initials: string[] = []
  for (const keyword of meta.keywords) {
    const { initials: ini, missing } = initialsOf(keyword)
    if (missing.length)
      errors.push(`${slug}: keyword "${keyword}": add ${missing.join('')} to scripts/pinyinInitials.ts`)
    else if (ini && !initials.includes(ini)) initials.push(ini)
  }

  const sections = body.flatMap((node) =>
    node.type === 'heading' && node.level === 2 ? [{ id: node.id, title: inlineText(node.children) }] : [],
  )

  const article: PolicyArticle = {
    slug,
    title: meta.title,
    summary: meta.summary,
    programme: meta.programme,
    category: meta.category,
    order: meta.order,
    appliesFrom: meta.appliesFrom,
    appliesFromBasis: meta.appliesFromBasis,
    updated: meta.updated,
    keywords: meta.keywords,
    initials,
    sources,
    card,
    sections,
    body,
  }

  // Content rules that fail the build.
  if (meta.programme) {
    const titles = sections.map((s) => s.title)
    for (const required of REQUIRED_SECTIONS) {
      if (!titles.includes(required.title)) errors.push(`${slug}: missing section "## ${required.title}"`)
    }
    if (!card) errors.push(`${slug}: programme articles need a 明白卡 (front matter "card")`)
  }
  for (const { where, text } of checkedTexts(article)) {
    const excerpt = unmarkedNumberIn(text)
    if (excerpt) errors.push(`${slug}: number without source or 参考值 in ${where}: "${excerpt}"`)
  }

  errors.push(...ctx.errors.map((e) => `${slug}: ${e}`))
  warnings.push(...ctx.warnings.map((w) => `${slug}: ${w}`))
  return { article: errors.length ? null : article, errors, warnings }
}

export interface LibraryResult {
  library: PolicyLibrary | null
  errors: string[]
  warnings: string[]
}

/** Reads every content/policies/*.md (sorted by name, so the output is deterministic). */
export function buildPolicyLibrary(policiesDir: string): LibraryResult {
  const files = readdirSync(policiesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
  const errors: string[] = []
  const warnings: string[] = []
  const articles: PolicyArticle[] = []
  for (const name of files) {
    const slug = name.slice(0, -3)
    if (!/^[a-z0-9-]+$/.test(slug)) {
      errors.push(`${name}: file names must be lower-case ascii words joined by "-"`)
      continue
    }
    const result = compileArticle(slug, readFileSync(join(policiesDir, name), 'utf8'))
    errors.push(...result.errors)
    warnings.push(...result.warnings)
    if (result.article) articles.push(result.article)
  }
  articles.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
  const library: PolicyLibrary = { format: 1, disclaimer: DISCLAIMER, articles }
  const parsed = parsePolicyLibrary(library)
  if (!parsed.ok) errors.push(...parsed.issues.map((i) => `schema: ${i}`))
  return { library: errors.length ? null : library, errors, warnings }
}
