/**
 * The policy port: the 政策 tab lists article summaries, the article page fetches one article. Today the mock
 * backend (mock/policyMock.ts) serves the compiled content; a real backend can serve the same JSON later.
 * Whatever arrives is validated against the strict schemas before anything renders it.
 */
import type { PolicyArticle } from '@/content/policyNodes'
import type { PolicyIndex } from '@/content/policySummaries'
import type { ServiceResult } from './serviceErrors'

export interface PolicyArticleResponse {
  article: PolicyArticle
  /** "These are explanations written for this service, not official notices." Shown on every article. */
  disclaimer: string
}

export interface PolicyService {
  /** Summaries of every article (title, summary, category, keywords, plain body text for search). */
  list(): Promise<ServiceResult<PolicyIndex>>
  /** One article by its slug; `not_found` when there is no such article. */
  get(slug: string): Promise<ServiceResult<PolicyArticleResponse>>
}
