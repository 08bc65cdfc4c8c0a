/**
 * Port: the policy library (政策宣传). Minimal on purpose: summaries for the list, one article by id (its slug).
 * The article shape is the content branch's node tree (src/content/policyNodes.ts).
 */
import type { PolicyArticle } from '@/content/policyNodes'
import type { PolicySummary } from '@/content/policySummaries'
import type { ServiceResult } from './serviceErrors'

/**
 * One article in the list: id (slug), title, summary, category, programme, keywords with their pinyin
 * initials. Defined with its schema in src/content/policySummaries.ts, because `npm run content` generates
 * the list as a small file for the main package.
 */
export type { PolicySummary }

export interface PolicyList {
  disclaimer: string
  items: PolicySummary[]
}

/** One article for 全文搜索: its summary and its body as plain text (one line per block). */
export interface PolicyFullTextEntry extends PolicySummary {
  bodyText: string
}

export interface PolicyFullTextList {
  disclaimer: string
  items: PolicyFullTextEntry[]
}

export interface PolicyService {
  /** The small index (no body text): what the 政策 tab lists and searches instantly. */
  list(): Promise<ServiceResult<PolicyList>>
  get(id: string): Promise<ServiceResult<PolicyArticle>>
  /**
   * Every article with its body text, for the full-text search page in the policy subpackage. Needs the full
   * library, so the mock answers 'server' until a policy subpackage page has registered it.
   */
  fullText(): Promise<ServiceResult<PolicyFullTextList>>
}
