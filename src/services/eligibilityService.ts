/**
 * Port: the server-side eligibility re-check of a submitted household (the same evaluate() module as the
 * pre-check). Results are 初步测算, never a verdict.
 */
import type { ApplicationPayload } from './applicationPayload'
import type { ServiceResult } from './serviceErrors'

export interface EligibilityRecheckProgramme {
  /** `dibao`, `dibao_single`, `tekun`, `dibao_edge`, `rigid_expense`, `temporary`, `disability_allowance`. */
  program: string
  status: 'likely' | 'needs_info' | 'unlikely'
  /** Integer fen when the status is likely and the programme has an estimate; null otherwise. */
  estimatedMonthlyFen: number | null
}

export interface EligibilityRecheck {
  /** False when the eligibility module is not available to the backend: no estimate at all. */
  available: boolean
  paramsVersion: string | null
  programs: EligibilityRecheckProgramme[]
}

export interface EligibilityService {
  recheck(payload: ApplicationPayload): Promise<ServiceResult<EligibilityRecheck>>
}
