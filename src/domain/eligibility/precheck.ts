/** Raw input → validated input → result, in one call (for the CLI and the mock backend's re-check). */
import type { EligibilityResult } from './eligibilityResult'
import { evaluate } from './evaluate'
import type { EligibilityParams } from './params/eligibilityParams'
import { validateEligibilityInput } from './validateEligibilityInput'
import type { ValidationOutcome } from './validationIssue'

export function precheck(raw: unknown, params: EligibilityParams): ValidationOutcome<EligibilityResult> {
  const validated = validateEligibilityInput(raw)
  return validated.ok ? evaluate(validated.value, params) : validated
}
