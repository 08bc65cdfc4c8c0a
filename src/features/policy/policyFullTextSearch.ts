/**
 * 全文搜索 (the policy subpackage's search page): everything the tab's instant search finds, plus articles
 * whose body text contains the query, with an excerpt around the match. The body text comes from the full
 * library (PolicyService.fullText), which ships only in the policy subpackage.
 */
import type { PolicyFullTextEntry } from '@/services/policyService'
import { excerptAround, matchSummary, rankedHits, type PolicySearchHit } from './policySearch'

function matchEntry(entry: PolicyFullTextEntry, q: string): PolicySearchHit | null {
  const onSummary = matchSummary(entry, q)
  if (onSummary) return onSummary
  if (!entry.bodyText.toLowerCase().includes(q)) return null
  return {
    summary: entry,
    title: [{ text: entry.title, hit: false }],
    excerpt: { field: 'body', segments: excerptAround(entry.bodyText, q) },
    rank: 4,
  }
}

/** Articles that match `query` in the title, keywords, initials, summary or body, best first. */
export function searchPolicyFullText(entries: readonly PolicyFullTextEntry[], query: string): PolicySearchHit[] {
  return rankedHits(entries, query, matchEntry)
}
