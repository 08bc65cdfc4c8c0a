/**
 * Instant search over the small policy index (the 政策 tab, main package): titles, summaries, keywords and the
 * keywords' pinyin initials ("db" finds 低保). Body text is not in the index: 全文搜索 (policyFullTextSearch.ts)
 * runs in the policy subpackage and adds body matches on top of these. Pure: results carry the matched text as
 * segments, which the screens render as plain text spans (never HTML).
 */
import type { PolicySummary } from '@/content/policySummaries'

export interface TextSegment {
  text: string
  /** True for the part that matched the query. */
  hit: boolean
}

export type MatchField = 'title' | 'summary' | 'body' | 'keyword'

export interface PolicySearchHit {
  summary: PolicySummary
  /** The title, with the matched part marked when the title matched. */
  title: TextSegment[]
  /** Where else the query was found, as a short excerpt (null when only the title matched). */
  excerpt: { field: Exclude<MatchField, 'title'>; segments: TextSegment[] } | null
  /** Sort key: title matches first, then keywords, summary, body (全文搜索 only). */
  rank: number
}

/** Trims, lower-cases ASCII and collapses white space. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 40)
}

/** Splits `text` into segments, marking every (case-insensitive) occurrence of `needle`. */
export function markMatches(text: string, needle: string): TextSegment[] {
  if (!needle) return [{ text, hit: false }]
  const haystack = text.toLowerCase()
  const segments: TextSegment[] = []
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) break
    if (at > from) segments.push({ text: text.slice(from, at), hit: false })
    segments.push({ text: text.slice(at, at + needle.length), hit: true })
    from = at + needle.length
  }
  if (from < text.length) segments.push({ text: text.slice(from), hit: false })
  return segments.length ? segments : [{ text, hit: false }]
}

const EXCERPT_RADIUS = 18

/** A short excerpt of `text` around the first occurrence of `needle`, with "…" where it was cut. */
export function excerptAround(text: string, needle: string, radius = EXCERPT_RADIUS): TextSegment[] {
  const flat = text.replace(/\s+/g, ' ')
  const at = flat.toLowerCase().indexOf(needle)
  if (at < 0) return [{ text: flat.slice(0, radius * 2), hit: false }]
  const start = Math.max(0, at - radius)
  const end = Math.min(flat.length, at + needle.length + radius)
  const segments = markMatches(flat.slice(start, end), needle)
  if (start > 0) segments.unshift({ text: '…', hit: false })
  if (end < flat.length) segments.push({ text: '…', hit: false })
  return segments
}

const isInitialsQuery = (q: string) => /^[a-z]{2,}$/.test(q)

/**
 * How one summary matches the normalized query `q` (title, keyword, initials, summary), or null.
 * Ranks 0–3; 全文搜索 puts body matches at rank 4.
 */
export function matchSummary(summary: PolicySummary, q: string): PolicySearchHit | null {
  const title = summary.title.toLowerCase()
  if (title.includes(q)) {
    return { summary, title: markMatches(summary.title, q), excerpt: null, rank: 0 }
  }
  const plainTitle: TextSegment[] = [{ text: summary.title, hit: false }]
  const keyword = summary.keywords.find((k) => k.toLowerCase().includes(q))
  if (keyword) {
    return {
      summary,
      title: plainTitle,
      excerpt: { field: 'keyword', segments: markMatches(keyword, q) },
      rank: 1,
    }
  }
  if (isInitialsQuery(q)) {
    const at = summary.keywordInitials.findIndex((initials) => initials.startsWith(q))
    if (at >= 0 && summary.keywords[at]) {
      // The whole keyword is the match: "db" → 低保.
      return {
        summary,
        title: plainTitle,
        excerpt: { field: 'keyword', segments: [{ text: summary.keywords[at], hit: true }] },
        rank: summary.keywordInitials[at] === q ? 1 : 2,
      }
    }
    if (summary.initials.some((initials) => initials.startsWith(q))) {
      // Initials known only for the article as a whole: show its summary, nothing to mark.
      return {
        summary,
        title: plainTitle,
        excerpt: { field: 'summary', segments: [{ text: summary.summary, hit: false }] },
        rank: 2,
      }
    }
  }
  if (summary.summary.toLowerCase().includes(q)) {
    return {
      summary,
      title: plainTitle,
      excerpt: { field: 'summary', segments: excerptAround(summary.summary, q) },
      rank: 3,
    }
  }
  return null
}

/** The items that `match` the normalized `query`, best first (stable within a rank: the library's own order). */
export function rankedHits<T extends PolicySummary>(
  items: readonly T[],
  query: string,
  match: (item: T, q: string) => PolicySearchHit | null,
): PolicySearchHit[] {
  const q = normalizeQuery(query)
  if (!q) return []
  return items
    .map((item, position) => ({ hit: match(item, q), position }))
    .filter((entry): entry is { hit: PolicySearchHit; position: number } => entry.hit !== null)
    .sort((a, b) => a.hit.rank - b.hit.rank || a.position - b.position)
    .map((entry) => entry.hit)
}

/** Articles whose title, keywords, initials or summary match `query`, best first. */
export function searchPolicies(summaries: readonly PolicySummary[], query: string): PolicySearchHit[] {
  return rankedHits(summaries, query, matchSummary)
}

/** Plain text of segments (for accessible names). */
export function segmentsText(segments: readonly TextSegment[]): string {
  return segments.map((s) => s.text).join('')
}
