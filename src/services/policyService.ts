/**
 * Port: the policy library (政策宣传). Minimal on purpose: summaries for the list, one article by id (its slug).
 * The article shape is the content branch's node tree (src/content/policyNodes.ts).
 */
import type { PolicyArticle } from '@/content/policyNodes'
import type { PolicySummary } from '@/content/policySummaries'
import type { ServiceResult } from './serviceErrors'

/**
 * One article in the list: id (slug), title, summary, category, programme, keywords with their pinyin
 * initials and the body as plain text for search. Defined with its schema in src/content/policySummaries.ts,
 * because `npm run content` generates the list as a small file for the main package.
 */
export type { PolicySummary }

export interface PolicyList {
  disclaimer: string
  items: PolicySummary[]
}

export interface PolicyService {
  list(): Promise<ServiceResult<PolicyList>>
  get(id: string): Promise<ServiceResult<PolicyArticle>>
}
