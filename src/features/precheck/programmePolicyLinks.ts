import type { ProgramId } from '@/domain/eligibility/eligibilityResult'
import { ROUTES, withQuery } from '@/lib/routes'

/** The policy article (content/policies/<slug>.md) that explains each programme of the pre-check. */
export const PROGRAMME_POLICY_SLUG: Readonly<Record<ProgramId, string>> = {
  dibao: 'dibao',
  // 单人保 is part of the 低保 rules and is explained in the 低保 article.
  dibao_single: 'dibao',
  tekun: 'tekun',
  dibao_edge: 'dibao-edge',
  rigid_expense: 'rigid-expense',
  temporary: 'temporary',
  disability_allowance: 'disability-allowance',
}

export function programmePolicyRoute(program: ProgramId): string {
  return withQuery(ROUTES.policyArticle, { id: PROGRAMME_POLICY_SLUG[program] })
}
