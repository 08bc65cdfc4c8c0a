/**
 * Port: the policy library (政策宣传). Minimal on purpose: summaries for the list, one article by id (its slug).
 * The article shape is the content branch's node tree (src/content/policyNodes.ts).
 */
import type { PolicyArticle, PolicyCategory, ProgrammeId as PolicyProgrammeId } from '@/content/policyNodes'
import type { ServiceResult } from './serviceErrors'

export interface PolicySummary {
  id: string
  title: string
  summary: string
  category: PolicyCategory
  programme: PolicyProgrammeId | null
  updated: string
  keywords: string[]
  initials: string[]
}

export interface PolicyList {
  disclaimer: string
  items: PolicySummary[]
}

export interface PolicyService {
  list(): Promise<ServiceResult<PolicyList>>
  get(id: string): Promise<ServiceResult<PolicyArticle>>
}
